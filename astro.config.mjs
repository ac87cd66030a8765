// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import { siteOrigin } from './src/lib/site.ts';
import { languageAlternates } from './src/lib/sitemap-links.ts';

/**
 * Reads a JSON file another process is about to write (the build script, see
 * customPages below), waiting up to ten minutes for it to appear.
 * @param {string} file
 * @returns {string[]}
 */
function waitForJson(file) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !existsSync(file); waited += 50) {
    if (waited > 600_000) throw new Error(`${file}: the build script never listed the pages written outside Astro`);
    Atomics.wait(pause, 0, 0, 50);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

// The origin every absolute URL is written with (src/lib/site.ts). `npm run build` reads and checks it
// first and hands it down in ARCHIVE_ORIGIN (empty for a preview), so Astro gets the same one.
const { origin } = siteOrigin(process.env);

/** The sitemap's page filter and its language alternates (hreflang), found without the integration's quadratic `i18n` scan. */
function sitemapOptions() {
  const alternates = languageAlternates(origin, (page) => new URL(page).pathname !== '/' && !new URL(page).pathname.startsWith('/id/'));
  return { filter: alternates.keep, serialize: alternates.serialize };
}

export default defineConfig({
  site: origin,
  // A separate cache per build of another content copy (tests), so builds never share a content store.
  ...(process.env.ARCHIVE_CACHE_DIR ? { cacheDir: process.env.ARCHIVE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Scripts and styles stay external files, never inlined: a strict
  // Content-Security-Policy can then forbid inline code altogether.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Whitespace between block elements is kept so search excerpts and copied
  // text never glue words together (see stack-notes: compressHTML 'jsx').
  compressHTML: true,
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // Lists every page of both languages with its alternates (hreflang). The
    // language entry `/` and the /id/ identifiers are left out: they are no
    // page of either language, only ways into one.
    sitemap({
      // Item pages are written outside Astro (src/lib/static-pages.ts). scripts/build.ts lists them in a
      // file while Astro builds; the integration reads this option only once the pages are built.
      get customPages() {
        return process.env.ARCHIVE_SITEMAP_PAGES ? waitForJson(process.env.ARCHIVE_SITEMAP_PAGES) : [];
      },
      ...sitemapOptions(),
    }),
  ],
});
