// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * The origin the archive is published at. Permanent URLs and citations are
 * written with it, so it is set once here (or with SITE_URL for a staging
 * build) and never changes once published.
 */
const site = process.env.SITE_URL ?? 'https://consular-archive.example.org';

export default defineConfig({
  site,
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
    // language entry `/` is left out: it is no page of either language.
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
      filter: (page) => new URL(page).pathname !== '/',
    }),
  ],
});
