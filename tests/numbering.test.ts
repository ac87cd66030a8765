/**
 * Numbering as printed: declared gaps (`skipped`) and repeats (`repeated`)
 * are accepted by the check and verified against the body, an undeclared one
 * says how to declare it, and archive numbers are shown as "[3]". Every
 * problem keeps the `file:line: where: message` shape.
 */
import { describe, expect, it } from 'vitest';
import type { Numbering } from '../src/schemas/index.ts';
import { comesAfter, itemMarker, parseItemNumber, shownNumber } from '../src/lib/item-number.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { identifierPath, itemAnchor, itemPath, parseReportPath } from '../src/lib/urls.ts';

const FILE = 'content/reports/en/x.mdx';

/** One `<Item>` per number, each with a line of text, starting at line 10 of the file. */
function body(...numbers: string[]): string {
  return numbers.map((n) => `<Item n="${n}">\nText of ${n}.\n</Item>\n`).join('\n');
}

/** Frontmatter lines of the declarations, as the check would find them: `numbering.skipped[i]` at line 5 + i. */
const fieldLine = (path: readonly PropertyKey[]): number | undefined =>
  path[0] === 'numbering' && typeof path[2] === 'number' ? (path[1] === 'skipped' ? 5 : 8) + path[2] : undefined;

function parse(text: string, numbering?: Numbering) {
  return parseReportBody(text, { file: FILE, firstLine: 10, numbering, fieldLine });
}

function problems(text: string, numbering?: Numbering): string[] {
  return parse(text, numbering).problems.map(formatProblem);
}

describe('declared gaps (numbering.skipped)', () => {
  it('accept item 7 after item 5 when 6 is declared skipped', () => {
    expect(problems(body('1', '2', '3', '4', '5', '7'), { skipped: ['6'] })).toEqual([]);
  });

  it('without the declaration, say which number is missing and how to declare it', () => {
    expect(problems(body('1', '2', '3', '4', '5', '7'))).toEqual([
      `${FILE}:30:1: item 7: skipped number: expected item 6 next (if the original has no item 6, declare it in the frontmatter: numbering: { skipped: ["6"] })`,
    ]);
  });

  it('accept a skipped letter ("2.c")', () => {
    expect(problems(body('1', '2', '2.a', '2.b', '2.d', '3'), { skipped: ['2.c'] })).toEqual([]);
    expect(problems(body('1', '2', '2.a', '2.b', '2.d', '3'))).toEqual([
      expect.stringContaining('item 2.d: skipped letter: expected item 2.c next'),
    ]);
  });

  it('accept only the declared gap: a second gap is still a problem', () => {
    expect(problems(body('1', '3', '5'), { skipped: ['2'] })).toEqual([
      expect.stringContaining('item 5: skipped number: expected item 4 next'),
    ]);
  });

  it('reject a declared gap whose number is there, at the declaration line', () => {
    expect(problems(body('1', '2', '3'), { skipped: ['2'] })).toEqual([
      `${FILE}:5: numbering.skipped[0]: "2" is declared skipped, but item 2 is at line 14; remove it from the list`,
    ]);
  });

  it('reject a declared gap that no later item follows', () => {
    expect(problems(body('1', '2', '3'), { skipped: ['4'] })).toEqual([
      `${FILE}:5: numbering.skipped[0]: "4" is declared skipped, but no later item follows it, so nothing is skipped there; remove it from the list`,
    ]);
    expect(problems(body('1', '2', '2.a', '3'), { skipped: ['2.b'] })).toEqual([
      expect.stringMatching(
        /^content\/reports\/en\/x\.mdx:5: numbering\.skipped\[0\]: "2\.b" is declared skipped, but no later item/,
      ),
    ]);
  });
});

describe('declared repeats (numbering.repeated)', () => {
  const printedTwice = body('1', '2', '3', '4', '4.a', '4-2', '4-2.a', '4-2.b', '5');

  it('accept a second item 4 written n="4-2", with its own sub-items', () => {
    const parsed = parse(printedTwice, { repeated: ['4'] });
    expect(parsed.problems).toEqual([]);
    const second = parsed.items.find((item) => item.number === '4-2');
    expect(second).toMatchObject({ shown: '4', marker: '4.', occurrence: 2, children: ['4-2.a', '4-2.b'] });
    expect(parsed.items.find((item) => item.number === '4-2.a')).toMatchObject({
      shown: '4.a',
      marker: 'a.',
      parent: '4-2',
      occurrence: 2,
    });
    expect(parsed.items.find((item) => item.number === '4.a')?.occurrence).toBeUndefined();
  });

  it('without the declaration, say how to declare it', () => {
    expect(problems(printedTwice)).toEqual([
      `${FILE}:30:1: item 4-2: n="4-2" is the number 4 printed a second time; if the original really prints 4 twice, declare it in the frontmatter: numbering: { repeated: ["4"] }`,
    ]);
  });

  it('reject a second item that does not follow the first', () => {
    expect(problems(body('1', '2', '2-2', '3', '3-2'), { repeated: ['2', '3'] })).toEqual([]);
    expect(problems(body('1', '2', '3', '2-2'), { repeated: ['2'] })).toEqual([
      `${FILE}:22:1: item 2-2: out of order: item 2-2 must come right after item 2 and its sub-items`,
    ]);
  });

  it('reject a declared repeat with no second item, at the declaration line', () => {
    expect(problems(body('1', '2', '3'), { repeated: ['2'] })).toEqual([
      `${FILE}:8: numbering.repeated[0]: "2" is declared repeated, but there is no second item 2; write it as <Item n="2-2">, or remove "2" from the list`,
    ]);
  });
});

describe('numbers given by the archive (numbering.by: archive)', () => {
  it('are shown in brackets, and the original numbers are not', () => {
    const archive = parse(body('1', '2', '3'), { by: 'archive' }).items;
    expect(archive.map((item) => [item.shown, item.marker, item.byArchive])).toEqual([
      ['[1]', '[1]', true],
      ['[2]', '[2]', true],
      ['[3]', '[3]', true],
    ]);
    const original = parse(body('1', '1.a')).items;
    expect(original.map((item) => [item.shown, item.marker, item.byArchive])).toEqual([
      ['1', '1.', undefined],
      ['1.a', 'a.', undefined],
    ]);
  });
});

describe('item numbers', () => {
  it('read and show a repeated number as printed', () => {
    expect(parseItemNumber('4-2.a')).toEqual({ n: '4-2', letter: 'a' });
    expect(parseItemNumber('4-1')).toBeUndefined();
    expect(shownNumber('4-2.a')).toBe('4.a');
    expect(shownNumber('3', 'archive')).toBe('[3]');
    expect(itemMarker('3.b', 'archive')).toBe('[b]');
  });

  it('place a gap before the item that follows it', () => {
    expect(comesAfter('7', '6')).toBe(true);
    expect(comesAfter('5', '6')).toBe(false);
    expect(comesAfter('2.d', '2.c')).toBe(true);
    expect(comesAfter('3', '2.c')).toBe(false);
  });

  it('give a second item printed 4 the URL pattern of a second meeting on a date', () => {
    expect(itemPath('2015-05-20', '4-2')).toBe('reports/2015-05-20/items/4-2/');
    expect(itemPath('2015-05-20', '4-2.a')).toBe('reports/2015-05-20/items/4-2/a/');
    expect(identifierPath('2015-05-20', '4-2')).toBe('/id/2015-05-20/4-2/');
    expect(itemAnchor('4-2.a')).toBe('item-4-2-a');
    expect(parseReportPath('reports/2015-05-20/items/4-2/a/')).toEqual({ reportId: '2015-05-20', number: '4-2.a' });
  });
});
