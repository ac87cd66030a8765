/**
 * What an item is: the official numbers extracted from each report, and the
 * errors a duplicate, skipped or out-of-order number produces.
 */
import { describe, expect, it } from 'vitest';
import { findReport } from '../src/lib/archive.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { contentArchive } from './helpers.ts';

const EXPECTED: Record<string, string[]> = {
  '2016-11-15': ['1', '2', '3', '4', '5', '6', '7', '8'],
  '2017-11-27': [
    '1',
    '2',
    '2.a',
    '2.b',
    '2.c',
    '2.d',
    '3',
    '3.a',
    '3.b',
    '3.c',
    '4',
    '4.a',
    '4.b',
    '5',
    '6',
    '7',
    '7.a',
    '7.b',
    '7.c',
    '8',
    '9',
  ],
};

describe('item extraction from the reports', () => {
  for (const [id, numbers] of Object.entries(EXPECTED)) {
    it(`${id} yields exactly ${numbers.length} items in official order`, () => {
      const report = findReport(contentArchive(), 'en', id);
      expect(report?.items.map((item) => item.number)).toEqual(numbers);
    });
  }

  it('links sub-items to their parent and parents to their sub-items', () => {
    const report = findReport(contentArchive(), 'en', '2017-11-27');
    const item2 = report?.items.find((item) => item.number === '2');
    const item2d = report?.items.find((item) => item.number === '2.d');
    expect(item2?.children).toEqual(['2.a', '2.b', '2.c', '2.d']);
    expect(item2d).toMatchObject({ n: '2', letter: 'd', parent: '2' });
  });

  it('keeps unnumbered paragraphs and bullets with the item above them', () => {
    const report = findReport(contentArchive(), 'en', '2016-11-15');
    const item8 = report?.items.find((item) => item.number === '8');
    expect(item8?.text).toBe(
      'Proposals of new activities:\n\n· Workshops offered by the Platform on Disaster Displacement.\n· Workshop on Consular Crisis Management and MICIC Guidelines.',
    );
    expect(item8?.html).toContain('<li>Workshop on Consular Crisis Management and MICIC Guidelines.</li>');
    const item2 = report?.items.find((item) => item.number === '2');
    expect(item2?.text.split('\n\n')).toHaveLength(2);
  });
});

describe('numbering errors name the file, line and item', () => {
  const parse = (body: string) => parseReportBody(body, { file: 'content/reports/en/x.mdx', firstLine: 10 }).problems.map(formatProblem);
  const item = (n: string) => `<Item n="${n}">\nText of ${n}.\n</Item>\n`;

  it('accepts a well-numbered body', () => {
    expect(parse(item('1') + item('1.a') + item('1.b') + item('2'))).toEqual([]);
  });

  it('rejects a duplicate number', () => {
    expect(parse(item('1') + item('2') + item('2'))).toEqual([
      'content/reports/en/x.mdx:16: item 2: duplicate number: item 2 is already at line 13',
    ]);
  });

  it('rejects a skipped number', () => {
    expect(parse(item('1') + item('3'))).toEqual([
      'content/reports/en/x.mdx:13: item 3: skipped number: expected item 2 next (if the original has no item 2, declare it in the frontmatter: numbering: { skipped: ["2"] })',
    ]);
  });

  it('rejects an out-of-order number', () => {
    expect(parse(item('1') + item('2') + item('3') + item('2.a'))).toEqual([
      'content/reports/en/x.mdx:19: item 2.a: out of order: a sub-item must come right after item 2 and its earlier sub-items',
    ]);
  });

  it('rejects a skipped letter', () => {
    expect(parse(item('1') + item('1.a') + item('1.c'))).toEqual([
      'content/reports/en/x.mdx:16: item 1.c: skipped letter: expected item 1.b next (if the original has no item 1.b, declare it in the frontmatter: numbering: { skipped: ["1.b"] })',
    ]);
  });

  it('rejects a malformed number, a missing number, text outside items and other elements', () => {
    const problems = parse(`${item('1')}<Item n="2-b">\nx\n</Item>\n\n<Item>\ny\n</Item>\n\nStray paragraph.\n\n<Note>z</Note>\n`);
    expect(problems).toEqual([
      'content/reports/en/x.mdx:13: item 2-b: an <Item> needs its official number written as n="3" or n="3.b"',
      'content/reports/en/x.mdx:17: an <Item> needs its official number written as n="3" or n="3.b"',
      'content/reports/en/x.mdx:21: item 1: text outside an <Item> after the first item; unnumbered paragraphs belong inside the <Item> above them',
      'content/reports/en/x.mdx:23: unknown element <Note>; only <Item n="…"> is allowed',
    ]);
  });

  it('rejects a body with no items', () => {
    expect(parse('Just a paragraph.\n')).toEqual([
      'content/reports/en/x.mdx:10: the report has no items; mark each numbered item as <Item n="1">…</Item>',
    ]);
  });
});
