/**
 * One date style per language on every page of dist/: English pages write
 * "27 November 2017", Spanish pages "27 de noviembre de 2017". No page writes
 * a date in US order ("November 27, 2017"), in numbers ("11/27/2017",
 * "2017-11-27"), or in the other language's style. ISO dates in machine
 * attributes (`datetime`, links) are not text and are fine; a passage marked
 * with another `lang` follows its own language; URLs and paths shown as text
 * are addresses, not dates. The reports' own words are records kept verbatim
 * (the 2017 original's heading says "November 27th, 2017"): the test reads
 * what the archive writes around them, not inside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { requireBuild, SITE_DIR } from './helpers.ts';

const EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const NUMERIC = [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, /\b\d{4}-\d{2}-\d{2}\b/, /\b\d{1,2}\.\d{1,2}\.\d{4}\b/];

/** Dates written in a style other than the language's, e.g. "November 27, 2017" on an English page. */
const OTHER_STYLES: Record<string, RegExp[]> = {
  en: [
    new RegExp(`\\b(${EN}) \\d{1,2}(st|nd|rd|th)?,? \\d{4}`),
    new RegExp(`\\b\\d{1,2}( de)? (${ES})( de)? \\d{4}`, 'i'),
    ...NUMERIC,
  ],
  es: [
    new RegExp(`\\b(${EN}) \\d{1,2},? \\d{4}`),
    new RegExp(`\\b\\d{1,2} (${EN}) \\d{4}`),
    new RegExp(`\\b(${ES}) \\d{1,2},? \\d{4}`, 'i'),
    new RegExp(`\\b\\d{1,2} (${ES}) \\d{4}`, 'i'),
    ...NUMERIC,
  ],
};

/** The text a reader sees in the page's own language: no scripts, no passages marked with another language. */
function visibleText(node: Root | RootContent, lang: string, out: string[]): string[] {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return out;
  if (node.type === 'element' && skipped(node, lang)) return out;
  for (const child of node.children) visibleText(child, lang, out);
  out.push(' ');
  return out;
}

/** Containers of verbatim report text, on report, item and entity pages. */
const VERBATIM = [
  'report-text__heading',
  'report-text__preamble',
  'item__text',
  'item-text',
  'context__text',
  'item-list__text',
];

function skipped(element: Element, lang: string): boolean {
  if (['script', 'style', 'template', 'head'].includes(element.tagName)) return true;
  const classes = element.properties['className'];
  if (Array.isArray(classes) && classes.some((name) => VERBATIM.includes(String(name)))) return true;
  const own = element.properties['lang'];
  return typeof own === 'string' && own !== '' && own.split('-')[0] !== lang;
}

describe('one date style per language', () => {
  requireBuild();

  it('every HTML page of dist/ writes its dates in its language’s style only', () => {
    const pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const offences: string[] = [];
    for (const name of pages) {
      const tree = fromHtml(readFileSync(join(SITE_DIR, name), 'utf8'));
      const html = tree.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'html',
      );
      const lang = String(html?.properties['lang'] ?? '').split('-')[0]!;
      if (!(lang in OTHER_STYLES)) continue;
      // Addresses shown as text (the citation's URL, /en/reports/2017-11-27/) hold ISO dates that are not dates to read.
      const text = visibleText(tree, lang, [])
        .join('')
        .replace(/\S*\/\S*/g, ' ');
      for (const pattern of OTHER_STYLES[lang]!) {
        const match = pattern.exec(text);
        if (match) offences.push(`${name} (${lang}): "${match[0]}"`);
      }
    }
    expect(offences).toEqual([]);
  });
});
