/**
 * Official item numbers as printed in the reports: a number ("2") or a number
 * and a letter ("2.d"). This module is the one place that knows their syntax.
 */

/** An official item number split into its parts. */
export interface ItemNumber {
  /** The item's number, e.g. `"2"`. */
  n: string;
  /** The sub-item's letter, e.g. `"d"`; absent for a numbered item. */
  letter?: string;
}

const NUMBER_PATTERN = /^([1-9]\d*)(?:\.([a-z]))?$/;

/** Parses `"2"` or `"2.d"`; returns undefined for anything else. */
export function parseItemNumber(value: string): ItemNumber | undefined {
  const match = NUMBER_PATTERN.exec(value);
  if (!match?.[1]) return undefined;
  return match[2] === undefined ? { n: match[1] } : { n: match[1], letter: match[2] };
}

/** Writes an item number back in its printed form, `"2"` or `"2.d"`. */
export function formatItemNumber(number: ItemNumber): string {
  return number.letter === undefined ? number.n : `${number.n}.${number.letter}`;
}

/** The letter that follows `letter` ("a" → "b"). */
export function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}
