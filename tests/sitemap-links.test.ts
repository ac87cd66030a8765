/**
 * The sitemap's language alternates are found through a set of the listed
 * pages; they must be what the plain definition gives: a page's alternates are
 * every listed page with the same path in a language, when there are two.
 */
import { describe, expect, it } from 'vitest';
import { languageAlternates } from '../src/lib/sitemap-links.ts';

/** The plain definition (what the sitemap integration's `i18n` option computes, scanning every URL). */
function plainAlternates(site: string, urls: string[], url: string): { url: string; lang: string }[] | undefined {
  const base = new URL(site).pathname.replace(/\/?$/, '/');
  const split = (candidate: string) => {
    const match = new RegExp(`^${base}(en|es)(/.*)?$`).exec(new URL(candidate).pathname);
    return match ? { lang: match[1] as string, path: match[2] ?? '' } : undefined;
  };
  const own = split(url);
  if (!own) return undefined;
  const links = [...urls]
    .sort()
    .filter((candidate) => split(candidate)?.path === own.path)
    .map((candidate) => ({ url: candidate, lang: split(candidate)?.lang as string }));
  return links.length > 1 ? links : undefined;
}

describe('sitemap language alternates', () => {
  for (const site of ['https://archive.example.org', 'https://example.org/archive/']) {
    it(`equal the plain definition for every page (site ${site})`, () => {
      const origin = site.replace(/\/$/, '');
      const urls = [
        `${origin}/`,
        `${origin}/en/`,
        `${origin}/es/`,
        `${origin}/en/reports/2017-11-27/`,
        `${origin}/es/reports/2017-11-27/`,
        `${origin}/en/reports/2017-11-27/items/2/d/`,
        `${origin}/es/reports/2017-11-27/items/2/d/`,
        // A page without its twin, and one that is no language's.
        `${origin}/en/reports/2016-11-15/`,
        `${origin}/id/2017-11-27/2/d/`,
        `${origin}/data/items.json`,
      ];
      const alternates = languageAlternates(site, (url) => !url.includes('/data/'));
      const listed = urls.filter((url) => alternates.keep(url));
      expect(listed).toEqual(urls.filter((url) => !url.includes('/data/')));
      for (const url of listed)
        expect(alternates.serialize({ url }).links, url).toEqual(plainAlternates(site, listed, url));
      expect(alternates.serialize({ url: `${origin}/en/reports/2017-11-27/` }).links).toHaveLength(2);
    });
  }
});
