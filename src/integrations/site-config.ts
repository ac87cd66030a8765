/**
 * The site's Astro configuration, in one function of the build's options, so `astro.config.mjs` and
 * `scripts/build.ts` (Astro's programmatic `build()`) configure the same site.
 */
import mdx from '@astrojs/mdx';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import { resolve } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { siteOrigin } from '../lib/site.ts';
import { languageAlternates } from '../lib/sitemap-links.ts';
import archive, { type ArchiveOptions, scratchDir } from './archive.ts';

/**
 * The site's Astro configuration. `astro build`, `astro dev` and `astro check` use it through
 * astro.config.mjs (content/ into dist/); `npm run build` (scripts/build.ts) calls Astro's `build()` with it
 * and the options of its command line (another content folder, another output folder: tests, the bench).
 * The origin is read here, once per build (src/lib/site.ts: archive.config.yaml, or ARCHIVE_ORIGIN).
 * Example: `build({ ...siteConfig({ out: '/tmp/site' }), configFile: false })`.
 * Throws a UserError naming the setting when the origin is not a valid production origin.
 */
export function siteConfig(options: ArchiveOptions = {}): AstroUserConfig {
  const { origin } = siteOrigin(process.env);
  // The sitemap's page filter and its language alternates (hreflang), found without the integration's quadratic `i18n`
  // scan.
  // The language chooser `/` is left out: it is no page of either language, only a way into one.
  const alternates = languageAlternates(origin, (page) => new URL(page).pathname !== '/');
  const sitemapOptions: SitemapOptions = { filter: alternates.keep, serialize: alternates.serialize };
  const otherCopy =
    resolve(options.content ?? 'content') !== resolve('content') || resolve(options.out ?? 'dist') !== resolve('dist');
  return {
    site: origin,
    // A build of another content copy or into another folder (tests, the bench) has a cache of its own.
    ...(otherCopy ? { cacheDir: `${scratchDir(options.out ?? 'dist')}-cache` } : {}),
    trailingSlash: 'always',
    // Scripts and styles stay external files, never inlined: a strict
    // Content-Security-Policy can then forbid inline code altogether.
    // Pages are written many at a time: most are small, and the disk is slow to create files one by one.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
    vite: {
      build: {
        assetsInlineLimit: 0,
        // How the search page asks Pagefind (src/lib/search-query.ts) is a file of its own, imported by the page's
        // script: each script stays within its 2 KB budget, and the search dialog can share it.
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'search-query', test: /src[\\/]lib[\\/]search-query\.ts$/ }] } },
        },
      },
    },
    // Astro collapses the white space of its templates to one space (never to nothing), so copied text and search
    // excerpts never glue two words together.
    compressHTML: true,
    // No `i18n` routing: the pages carry their language in the path themselves (`/en/…`, `/es/…`), and Astro's i18n
    // middleware would answer `astro dev` with 404 for the addresses of no language (`/id/…`, `/sources/…`).
    integrations: [
      mdx(),
      // Lists every page of both languages with its alternates (hreflang).
      sitemap(sitemapOptions),
      // After the sitemap: it moves the finished site, sitemap included, into place. It hands the sitemap the item
      // pages, which its page workers write outside Astro's list of pages (the sitemap reads its options when it runs).
      archive({ ...options, itemUrls: (urls) => (sitemapOptions.customPages = urls) }),
    ],
  };
}
