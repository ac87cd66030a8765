// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import archive, { scratchDir } from './src/integrations/archive.ts';
import { siteOrigin } from './src/lib/site.ts';
import { languageAlternates } from './src/lib/sitemap-links.ts';

/**
 * The site's Astro configuration. `astro build`, `astro dev` and `astro check` use it as this file's default
 * export (content/ into dist/); `npm run build` (scripts/build.ts) calls Astro's `build()` with it and the
 * options of its command line (another content folder, another output folder, for tests and the bench).
 * The origin is read here, once per build (src/lib/site.ts: archive.config.yaml, or ARCHIVE_ORIGIN).
 * @param {import('./src/integrations/archive.ts').ArchiveOptions} [options]
 * @returns {import('astro').AstroUserConfig}
 */
export function siteConfig(options = {}) {
  const { origin } = siteOrigin(process.env);
  // The sitemap's page filter and its language alternates (hreflang), found without the integration's quadratic `i18n` scan.
  // The language entry `/` and the /id/ identifiers are left out: they are no page of either language, only ways into one.
  const alternates = languageAlternates(origin, (page) => new URL(page).pathname !== '/' && !new URL(page).pathname.startsWith('/id/'));
  const otherCopy = options.content !== undefined || (options.out !== undefined && options.out !== 'dist');
  return {
    site: origin,
    // A build of another content copy or into another folder (tests, the bench) has a cache of its own.
    ...(otherCopy ? { cacheDir: `${scratchDir(options.out ?? 'dist')}-cache` } : {}),
    trailingSlash: 'always',
    // Scripts and styles stay external files, never inlined: a strict
    // Content-Security-Policy can then forbid inline code altogether.
    // Pages are written many at a time: most are small, and the disk is slow to create files one by one.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
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
      // Lists every page of both languages with its alternates (hreflang).
      sitemap({ filter: alternates.keep, serialize: alternates.serialize }),
      // After the sitemap: it moves the finished site, sitemap included, into place.
      archive(options),
    ],
  };
}

export default defineConfig(siteConfig());
