/**
 * Official item numbers as written in the report files: a number ("2") or a
 * number and a letter ("2.d"); the second item printed "4" in an original that
 * uses 4 twice is "4-2" (its sub-items "4-2.a"), as a second meeting on the
 * same date gets "-2". This module is the one place that knows their syntax
 * and how each is shown to readers ("4", "[3]").
 */

/** An official item number split into its parts. */
export interface ItemNumber {
  /** The item's number as written, e.g. `"2"`, or `"4-2"` for the second item printed 4. */
  n: string;
  /** The sub-item's letter, e.g. `"d"`; absent for a numbered item. */
  letter?: string;
}

/** Who numbered the items: the original, or the archive where the original leaves them unnumbered. */
export type NumberedBy = 'original' | 'archive';

const NUMBER_PATTERN = /^([1-9]\d*(?:-(?:[2-9]|[1-9]\d+))?)(?:\.([a-z]))?$/;

/** Parses `"2"`, `"2.d"`, `"4-2"` or `"4-2.a"`; returns undefined for anything else. */
export function parseItemNumber(value: string): ItemNumber | undefined {
  const match = NUMBER_PATTERN.exec(value);
  if (!match?.[1]) return undefined;
  return match[2] === undefined ? { n: match[1] } : { n: match[1], letter: match[2] };
}

/** Writes an item number back in its written form, `"2"`, `"2.d"` or `"4-2.a"`. */
export function formatItemNumber(number: ItemNumber): string {
  return number.letter === undefined ? number.n : `${number.n}.${number.letter}`;
}

/**
 * The number printed in the original and which time it is printed: `"4-2"` → `{ printed: 4, occurrence: 2 }`, `"4"` →
 * occurrence 1.
 */
export function occurrenceOf(n: string): { printed: number; occurrence: number } {
  const [printed, occurrence] = n.split('-');
  return { printed: Number(printed), occurrence: occurrence === undefined ? 1 : Number(occurrence) };
}

/**
 * An item number as readers see it: as printed (`"4-2.a"` → `"4.a"`), or in
 * brackets when the archive gave it (`"3"` → `"[3]"`). Example:
 * `shownNumber('3', 'archive') === '[3]'`.
 */
export function shownNumber(number: string, by: NumberedBy = 'original'): string {
  const parsed = parseItemNumber(number);
  if (parsed === undefined) return number;
  const printed = formatItemNumber({ ...parsed, n: String(occurrenceOf(parsed.n).printed) });
  return by === 'archive' ? `[${printed}]` : printed;
}

/**
 * What stands before an item's text in the full text: `"4."`, `"d."`, or `"[3]"` / `"[d]"` for the archive's numbers.
 */
export function itemMarker(number: string, by: NumberedBy = 'original'): string {
  const parsed = parseItemNumber(number);
  if (parsed === undefined) return number;
  const own = parsed.letter ?? String(occurrenceOf(parsed.n).printed);
  return by === 'archive' ? `[${own}]` : `${own}.`;
}

/**
 * Whether an item number comes after a printed number in the original's
 * sequence, at the same level: `"7"` after `"6"`, `"2.d"` after `"2.c"`
 * (a declared gap lies before the first such item).
 */
export function comesAfter(number: string, gap: string): boolean {
  const item = parseItemNumber(number);
  const skipped = parseItemNumber(gap);
  if (item === undefined || skipped === undefined) return false;
  if (skipped.letter === undefined)
    return item.letter === undefined && occurrenceOf(item.n).printed > Number(skipped.n);
  return item.n === skipped.n && item.letter !== undefined && item.letter > skipped.letter;
}

/** The letter that follows `letter` ("a" → "b"). */
export function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}
