/**
 * Official item numbers (src/lib/item-number.ts): their written syntax, how readers see them ("4.a", "[3]"), the
 * marker before an item's text, and their order around a declared gap.
 */
import { describe, expect, it } from 'vitest';
import {
  comesAfter,
  formatItemNumber,
  itemMarker,
  nextLetter,
  occurrenceOf,
  parseItemNumber,
  shownNumber,
} from '../src/lib/item-number.ts';

describe('the written syntax', () => {
  it('reads a number, a number and a letter, and a repeated number', () => {
    expect(parseItemNumber('2')).toEqual({ n: '2' });
    expect(parseItemNumber('12')).toEqual({ n: '12' });
    expect(parseItemNumber('2.d')).toEqual({ n: '2', letter: 'd' });
    expect(parseItemNumber('4-2')).toEqual({ n: '4-2' });
    expect(parseItemNumber('4-2.a')).toEqual({ n: '4-2', letter: 'a' });
    expect(parseItemNumber('4-10')).toEqual({ n: '4-10' });
  });

  it('refuses anything else: zero, leading zeros, capitals, two letters, a first occurrence written -1', () => {
    for (const bad of ['', '0', '02', '2.D', '2.dd', '2d', '2.', '.a', '4-1', '4-0', '4-', '-2', ' 2', '2 ', '2.a.b'])
      expect(parseItemNumber(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('writes a parsed number back as it was written', () => {
    for (const written of ['2', '2.d', '4-2', '4-2.a', '31.z'])
      expect(formatItemNumber(parseItemNumber(written)!)).toBe(written);
  });

  it('tells the printed number from its occurrence', () => {
    expect(occurrenceOf('4')).toEqual({ printed: 4, occurrence: 1 });
    expect(occurrenceOf('4-2')).toEqual({ printed: 4, occurrence: 2 });
    expect(occurrenceOf('12-3')).toEqual({ printed: 12, occurrence: 3 });
  });
});

describe('what readers see', () => {
  it('shows the number as printed, the repeat without its suffix, and the archive’s numbers in brackets', () => {
    expect(shownNumber('2.d')).toBe('2.d');
    expect(shownNumber('4-2')).toBe('4');
    expect(shownNumber('4-2.a')).toBe('4.a');
    expect(shownNumber('3', 'archive')).toBe('[3]');
    expect(shownNumber('3.b', 'archive')).toBe('[3.b]');
    // Not a number: shown as it is, never altered.
    expect(shownNumber('IV')).toBe('IV');
  });

  it('puts the item’s own part before its text: "4." and "d." as printed, "[3]" and "[d]" when the archive numbered', () => {
    expect(itemMarker('4')).toBe('4.');
    expect(itemMarker('4-2')).toBe('4.');
    expect(itemMarker('2.d')).toBe('d.');
    expect(itemMarker('3', 'archive')).toBe('[3]');
    expect(itemMarker('3.d', 'archive')).toBe('[d]');
    expect(itemMarker('IV')).toBe('IV');
  });
});

describe('order around a declared gap', () => {
  it('places numbered items after a skipped number, and lettered items after a skipped letter of the same item', () => {
    expect(comesAfter('7', '6')).toBe(true);
    expect(comesAfter('6-2', '6')).toBe(false);
    expect(comesAfter('7-2', '6')).toBe(true);
    expect(comesAfter('5', '6')).toBe(false);
    expect(comesAfter('7.a', '6')).toBe(false);
    expect(comesAfter('2.d', '2.c')).toBe(true);
    expect(comesAfter('2.b', '2.c')).toBe(false);
    expect(comesAfter('3.d', '2.c')).toBe(false);
    expect(comesAfter('3', '2.c')).toBe(false);
    expect(comesAfter('x', '6')).toBe(false);
    expect(comesAfter('7', 'x')).toBe(false);
  });

  it('steps to the next letter', () => {
    expect(nextLetter('a')).toBe('b');
    expect(nextLetter('y')).toBe('z');
  });
});
