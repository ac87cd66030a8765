/**
 * The markers printed before a paragraph of a report: item numbers (`1.`,
 * `1)`, `1.-`), sub-item letters (`a)`, `a.`, `(a)`, also after a bullet as
 * in "- a." of the 2017-11-27 report), lower-case roman numerals (`i.`,
 * `ii)`), capital roman numerals and letters (`II.`, `B)`: kept in the text,
 * never item numbers) and bullets (`·`, `•`, `-`, `–`). One module reads them for every
 * format: typed in a text, drawn by a PDF, or computed from Word's numbering.
 */

/** What a marker says: a number, a letter, a roman numeral or a bullet, and the marker as printed. */
export type Marker =
  | { kind: 'number'; value: number; printed: string }
  | { kind: 'letter'; value: string; printed: string }
  | { kind: 'roman'; value: number; printed: string }
  | { kind: 'upper'; printed: string }
  | { kind: 'bullet'; printed: string };

/** Bullet glyphs as the reports print them. */
const BULLETS = '·•▪◦●○■□➢►‣⁃*\\-–—';

const NUMBER = /^(\d{1,3})(?:\.-|\.\)|[.)]|-(?=\s))/u;
const LETTER = /^(?:\(([a-z])\)|([a-z])[.)])/u;
const ROMAN = /^(?:\((i{1,3}|iv|vi{0,3}|ix|x)\)|(i{1,3}|iv|vi{0,3}|ix|x)[.)])/u;
/**
 * Capital roman numerals and capital letters ("II.", "B)"): section or item markers the archive's numbers cannot carry.
 */
const UPPER = /^(?:[IVXLC]{1,6}|[A-Z])[.)](?=\s)/u;
const BULLET = new RegExp(`^[${BULLETS}](?=\\s|$)`, 'u');
const BULLET_THEN_LETTER = new RegExp(`^[${BULLETS}]\\s*(?=\\(?[a-z][.)]\\s)`, 'u');

/** A marker at the start of a paragraph, and the text after it. */
export interface MarkedText {
  /** The marker, when the text starts with one followed by white space (or is only a bullet). */
  marker?: Marker;
  /** Characters of the text taken by the marker and the white space after it. */
  length: number;
}

/**
 * Reads the marker at the start of `text` ("2. To thank…" → number 2,
 * printed "2."; " - a. IOM commits…" → letter a, printed "- a."). A marker
 * must be followed by white space, or stand alone (a bullet on a line of its
 * own). Returns `{ length: 0 }` when the text starts with no marker.
 * Example: `readMarker('(b) To request IOM')` → `{ marker: { kind: 'letter', value: 'b', printed: '(b)' }, length: 4
 * }`.
 */
export function readMarker(text: string): MarkedText {
  const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  const bulletBeforeLetter = BULLET_THEN_LETTER.exec(rest);
  const offset = bulletBeforeLetter ? bulletBeforeLetter[0].length : 0;
  const body = rest.slice(offset);
  const prefix = rest.slice(0, offset);
  const found = markerAt(body);
  if (found === undefined) return { length: 0 };
  const after = body.slice(found.length);
  const space = /^\s+/u.exec(after)?.[0].length ?? 0;
  if (space === 0 && after.length > 0) return { length: 0 };
  return {
    marker: { ...found.marker, printed: `${prefix}${found.marker.printed}` } as Marker,
    length: lead + offset + found.length + space,
  };
}

function markerAt(text: string): { marker: Marker; length: number } | undefined {
  const number = NUMBER.exec(text);
  if (number?.[1])
    return { marker: { kind: 'number', value: Number(number[1]), printed: number[0] }, length: number[0].length };
  const roman = ROMAN.exec(text);
  const letter = LETTER.exec(text);
  // "i." is both the ninth letter and the first roman numeral: the caller decides by context (see `asLetter`).
  if (roman && (roman[1] ?? roman[2]) !== 'i' && (roman[1] ?? roman[2]) !== 'v' && (roman[1] ?? roman[2]) !== 'x') {
    return {
      marker: { kind: 'roman', value: romanValue(roman[1] ?? roman[2] ?? ''), printed: roman[0] },
      length: roman[0].length,
    };
  }
  if (letter) {
    const value = letter[1] ?? letter[2] ?? '';
    return { marker: { kind: 'letter', value, printed: letter[0] }, length: letter[0].length };
  }
  const upper = UPPER.exec(text);
  if (upper) return { marker: { kind: 'upper', printed: upper[0] }, length: upper[0].length };
  const bullet = BULLET.exec(text);
  if (bullet) return { marker: { kind: 'bullet', printed: bullet[0] }, length: bullet[0].length };
  return undefined;
}

/** The value of a lower-case roman numeral up to 10 ("iv" → 4). */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = values[numeral[index] ?? ''] ?? 0;
    const next = values[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/**
 * A counter as lower-case roman numerals, as Word's `lowerRoman` and HTML's
 * `<ol type="i">` print it (1–3999; other values as decimal digits).
 * Example: `toRoman(14)` → `"xiv"`.
 */
export function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  let rest = value;
  let result = '';
  for (const [size, digits] of ROMAN_DIGITS) {
    for (; rest >= size; rest -= size) result += digits;
  }
  return result;
}

/**
 * Reads a marker computed by a list (Word's numbering, an HTML `<ol>`):
 * the same kinds as typed ones. Example: `parseMarker('b)')` → letter b.
 * Returns undefined for a string that is not a marker.
 */
export function parseMarker(printed: string): Marker | undefined {
  const trimmed = printed.trim();
  const found = markerAt(trimmed);
  if (found && found.length === trimmed.length) return { ...found.marker, printed: trimmed } as Marker;
  if (trimmed.length === 1 && !/[\p{L}\p{N}]/u.test(trimmed)) return { kind: 'bullet', printed: trimmed };
  // Multilevel labels such as "2.1." or "2.a)": the last part says what the level is.
  const last = /(?:^|\.)([a-z]|\d{1,3})[.)]?$/u.exec(trimmed.replace(/[.)]$/u, ''));
  if (last?.[1]) {
    const part = last[1];
    return /^\d+$/u.test(part)
      ? { kind: 'number', value: Number(part), printed: trimmed }
      : { kind: 'letter', value: part, printed: trimmed };
  }
  return undefined;
}
