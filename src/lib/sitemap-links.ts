/**
 * The sitemap's language alternates (hreflang): each page lists itself and its
 * twin in the other language. The sitemap integration's own `i18n` option
 * finds them by scanning every URL for every page, which is quadratic: at
 * 5,000 reports (200,000 URLs) it kept Astro busy for minutes after the last
 * page was written. Here the twins are looked up in the set of listed pages.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { LANGS } from '../schemas/common.ts';

/**
 * Collects the sitemap's pages (`keep`, as its `filter`) and adds each one's
 * alternates (`serialize`), as the integration's `i18n` option would. The
 * integration filters every page before it serializes any; the parity test
 * checks the alternates of every entry of the built sitemap.
 */
export function languageAlternates(site: string, include: (url: string) => boolean) {
  const pages = new Set<string>();
  const base = new URL(site).pathname.replace(/\/?$/, '/');
  const inLanguage = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${LANGS.join('|')})(/.*)?$`);
  const twins = (url: string): string[] | undefined => {
    const match = inLanguage.exec(new URL(url).pathname);
    return match ? LANGS.map((lang) => new URL(`${base}${lang}${match[2] ?? ''}`, url).href) : undefined;
  };
  return {
    /** The integration's `filter`: whether a page is listed; listed pages are remembered. */
    keep(url: string): boolean {
      if (!include(url)) return false;
      pages.add(url);
      return true;
    },
    /** The integration's `serialize`: the page with its alternates, when it has a twin. */
    serialize(item: SitemapItem): SitemapItem {
      const links = (twins(item.url) ?? [])
        .map((url, index) => ({ url, lang: LANGS[index] as string }))
        .filter((link) => pages.has(link.url));
      return links.length > 1 ? { ...item, links } : item;
    },
  };
}
