/**
 * No page shows what a template writes for an absent value ("undefined",
 * "null", "NaN", "[object Object]") and no element that must say something is
 * empty: over every built page, in both languages, and over a page broken on
 * purpose to show the checks can fail. Report text is verbatim and exempt by
 * its element (`VERBATIM_TEXT`).
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalise, requireBuild, select, SITE_DIR, variantSite } from './helpers.ts';
import { raw } from '../src/lib/html.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { type BuiltPage, builtPages } from '../src/lib/site-check.ts';
import { emptyElements, placeholderText } from '../src/lib/visible-text.ts';
import { toText } from 'hast-util-to-text';

let pages: BuiltPage[] = [];
const broken: BuiltPage = {
  url: '/broken/',
  tree: fromHtml(readFileSync('tests/fixtures/quality/visible-faults.html', 'utf8')),
};

requireBuild();
beforeAll(() => {
  pages = builtPages(SITE_DIR);
});

describe('no placeholder words on any page', () => {
  it('no built page shows "undefined", "null", "NaN" or "[object Object]" outside verbatim report text', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(pages.flatMap(placeholderText)).toEqual([]);
  });

  it('catches each word in text, visible attributes, the description and <noscript>, but not in verbatim text, JSON-LD or longer words', () => {
    expect(placeholderText(broken)).toEqual([
      '/broken/: "null" in <meta name="description">: Report of null',
      '/broken/: "undefined" in <p>: undefined',
      '/broken/: "NaN" in <h1>: Meeting of NaN November 2017',
      '/broken/: "[object Object]" in <p>: Held in [object Object].',
      '/broken/: "{count}" in <p>: {count} reports',
      '/broken/: "null" in <img> alt: null',
      '/broken/: "undefined" in <p>: Search needs undefined.',
    ]);
  });

  it('exempts an item page whose verbatim text, and so its description, says "null"', () => {
    const verbatim = 'To note that the reply was null and void, and to ask the Technical Secretariat to write again.';
    const itemPage = fromHtml(
      `<head><meta name="description" content="To note that the reply was null and…"></head><main><div class="item-text"><span>3.</span><div><p>${verbatim}</p></div></div></main>`,
    );
    expect(placeholderText({ url: '/en/reports/2030-01-01/items/3/', tree: itemPage })).toEqual([]);
  });
});

describe('no empty element that must have text', () => {
  it('no built page has an empty heading, link, button, list item, term, label, option or paragraph', () => {
    expect(pages.flatMap(emptyElements)).toEqual([]);
  });

  it('catches the empty ones of the page broken on purpose, not those named by an image or aria-label, nor a live region', () => {
    expect(emptyElements(broken)).toEqual([
      '/broken/: empty <h2 id="empty-heading">',
      '/broken/: empty <li>',
      '/broken/: empty <dd>',
    ]);
  });
});

describe('templates cannot print an absent value', () => {
  it('raw() refuses an absent slot instead of writing "undefined"', () => {
    expect(() => raw(undefined as unknown as string)).toThrow(/raw\(\) needs markup as a string, not undefined/);
  });

  it('a UI string given an absent value for a placeholder fails instead of showing it', () => {
    const t = useTranslations('en');
    expect(() => t('reports.year', { year: undefined as unknown as string })).toThrow(
      'UI string "reports.year" (en) needs a value for {year}, got undefined',
    );
    expect(() => t('reports.year', { year: Number.NaN })).toThrow('got NaN');
    expect(t('reports.year', { year: 2017 })).toContain('2017');
    // A placeholder not given at all stays for a script to fill (the search page's result count).
    expect(t('search.results.other')).toContain('{count}');
  });
});

describe('a virtual meeting, which has no venue', () => {
  // The real reports all have a venue; the suite's shared variant build (tests/variant.ts) is of a content copy that
  // turns the 2016 meeting into a virtual one, in both languages.
  let virtualPages: BuiltPage[] = [];
  const { site } = variantSite();
  beforeAll(() => {
    virtualPages = builtPages(site);
  });

  it('no page shows a placeholder word or an empty element', () => {
    expect(virtualPages.flatMap((page) => [...placeholderText(page), ...emptyElements(page)])).toEqual([]);
  });

  it('says "Virtual meeting" where other reports give their venue, with no dangling separator', () => {
    const shown = (url: string, selector: string) => {
      const element = select(selector, virtualPages.find((page) => page.url === url)?.tree ?? fromHtml(''));
      return element ? normalise(toText(element)) : undefined;
    };
    for (const [lang, place] of [
      ['en', 'Virtual meeting'],
      ['es', 'Reunión virtual'],
    ] as const) {
      expect(shown(`/${lang}/reports/2016-11-15/`, 'main .lead')).toBe(place);
      expect(shown(`/${lang}/reports/2016-11-15/items/1/`, '.kicker')).toMatch(new RegExp(` · ${place}$`));
      const description = select(
        'meta[name="description"]',
        virtualPages.find((page) => page.url === `/${lang}/reports/2016-11-15/`)!.tree,
      );
      expect(String(description?.properties['content'])).toMatch(new RegExp(`, ${place}$`));
    }
  });
});
