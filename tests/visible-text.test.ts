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
import { requireBuild, SITE_DIR } from './helpers.ts';
import { raw } from '../src/lib/html.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { type BuiltPage, builtPages } from '../src/lib/site-check.ts';
import { emptyElements, placeholderText } from '../src/lib/visible-text.ts';

let pages: BuiltPage[] = [];
const broken: BuiltPage = { url: '/broken/', tree: fromHtml(readFileSync('tests/fixtures/quality/visible-faults.html', 'utf8')) };

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
      '/broken/: "null" in <img> alt: null',
      '/broken/: "undefined" in <p>: Search needs undefined.',
    ]);
  });
});

describe('no empty element that must have text', () => {
  it('no built page has an empty heading, link, button, list item, term, label, option or paragraph', () => {
    expect(pages.flatMap(emptyElements)).toEqual([]);
  });

  it('catches the empty ones of the page broken on purpose, not those named by an image or aria-label, nor a live region', () => {
    expect(emptyElements(broken)).toEqual(['/broken/: empty <h2 id="empty-heading">', '/broken/: empty <li>', '/broken/: empty <dd>']);
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
