/**
 * What an item is: the official numbers extracted from each report, and the
 * errors a duplicate, skipped or out-of-order number produces.
 */
import { describe, expect, it } from 'vitest';
import { findReport } from '../src/lib/archive.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { reportExpectations } from './expectations.ts';
import { contentArchive } from './helpers.ts';

describe('item extraction from the reports', () => {
  it('every report file yields items, and every report with pinned facts is in the archive', () => {
    for (const report of contentArchive().reports)
      expect(report.items.length, `${report.lang}/${report.id}`).toBeGreaterThan(0);
    for (const { id } of reportExpectations()) expect(findReport(contentArchive(), 'en', id), id).toBeDefined();
  });

  for (const expected of reportExpectations()) {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang}/${expected.id} yields exactly ${expected.items.length} items in official order`, () => {
        const report = findReport(contentArchive(), lang, expected.id);
        expect(report?.items.map((item) => item.number)).toEqual(expected.items);
      });
    }

    it(`${expected.id}: links sub-items to their parent and parents to their sub-items`, () => {
      const report = findReport(contentArchive(), 'en', expected.id);
      for (const item of report?.items ?? []) {
        expect(item.children, item.number).toEqual(expected.children[item.number] ?? []);
        for (const child of item.children) {
          const [numberedItem, letter] = child.split('.');
          expect(report?.items.find((candidate) => candidate.number === child)).toMatchObject({
            numberedItem,
            letter,
            parent: item.number,
          });
        }
      }
    });

    it(`${expected.id}: keeps unnumbered paragraphs and bullets with the item above them`, () => {
      const report = findReport(contentArchive(), 'en', expected.id);
      const item = (number: string) => report?.items.find((candidate) => candidate.number === number);
      for (const [number, text] of Object.entries(expected.texts)) expect(item(number)?.text, number).toBe(text);
      for (const [number, fragments] of Object.entries(expected.html)) {
        for (const fragment of fragments) expect(item(number)?.html, number).toContain(fragment);
      }
      for (const lang of ['en', 'es'] as const) {
        const twin = findReport(contentArchive(), lang, expected.id);
        for (const [number, count] of Object.entries(expected.paragraphs)) {
          expect(
            twin?.items.find((candidate) => candidate.number === number)?.text.split('\n\n'),
            `${lang} ${number}`,
          ).toHaveLength(count);
        }
      }
    });
  }
});

describe('numbering errors name the file, line and item', () => {
  const parse = (body: string) =>
    parseReportBody(body, { file: 'content/reports/en/x.mdx', firstLine: 10 }).problems.map(formatProblem);
  const item = (n: string) => `<Item n="${n}">\nText of ${n}.\n</Item>\n`;

  it('accepts a well-numbered body', () => {
    expect(parse(item('1') + item('1.a') + item('1.b') + item('2'))).toEqual([]);
  });

  it('rejects a duplicate number', () => {
    expect(parse(item('1') + item('2') + item('2'))).toEqual([
      'content/reports/en/x.mdx:16:1: item 2: duplicate number: item 2 is already at line 13',
    ]);
  });

  it('rejects a skipped number', () => {
    expect(parse(item('1') + item('3'))).toEqual([
      'content/reports/en/x.mdx:13:1: item 3: skipped number: expected item 2 next (if the original has no item 2, declare it in the frontmatter: numbering: { skipped: ["2"] })',
    ]);
  });

  it('rejects an out-of-order number', () => {
    expect(parse(item('1') + item('2') + item('3') + item('2.a'))).toEqual([
      'content/reports/en/x.mdx:19:1: item 2.a: out of order: a sub-item must come right after item 2 and its earlier sub-items',
    ]);
  });

  it('rejects a skipped letter', () => {
    expect(parse(item('1') + item('1.a') + item('1.c'))).toEqual([
      'content/reports/en/x.mdx:16:1: item 1.c: skipped letter: expected item 1.b next (if the original has no item 1.b, declare it in the frontmatter: numbering: { skipped: ["1.b"] })',
    ]);
  });

  it('rejects a malformed number, a missing number, text outside items and other elements', () => {
    const problems = parse(
      `${item('1')}<Item n="2-b">\nx\n</Item>\n\n<Item>\ny\n</Item>\n\nStray paragraph.\n\n<Note>z</Note>\n`,
    );
    expect(problems).toEqual([
      'content/reports/en/x.mdx:13:1: item 2-b: an <Item> needs its official number written as n="3" or n="3.b"',
      'content/reports/en/x.mdx:17:1: an <Item> needs its official number written as n="3" or n="3.b"',
      'content/reports/en/x.mdx:21:1: item 1: text outside an <Item> after the first item; unnumbered paragraphs belong inside the <Item> above them',
      'content/reports/en/x.mdx:23:1: unknown element <Note>; only <Item n="…"> is allowed',
    ]);
  });

  it('rejects a body with no items', () => {
    expect(parse('Just a paragraph.\n')).toEqual([
      'content/reports/en/x.mdx:10: the report has no items; mark each numbered item as <Item n="1">…</Item>',
    ]);
  });
});
