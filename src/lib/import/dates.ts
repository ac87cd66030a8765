/**
 * Meeting dates as the RCM's documents write them, in English and Spanish,
 * 1990s to today: "November 27th, 2017", "27 November 2017", "May 30-31,
 * 2002", "27, 28 y 29 de octubre de 1999", "30 November and 1 December 2017",
 * "del 18 al 19 de mayo de 2010", "27 DE NOVIEMBRE DE 2017", "1º de junio de
 * 2005"; and numeric dates, which are reported as ambiguous when both the
 * day/month and the month/day reading are real dates.
 */

/** A date read without doubt: the first day, the last day of a meeting of several days, and the words as written. */
export interface WrittenDate {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day of a meeting of several days, YYYY-MM-DD. */
  endDate?: string;
  /** The date exactly as written in the text. */
  written: string;
}

/** A numeric date that reads as two different days ("12/06/2018": 2018-06-12 or 2018-12-06). */
export interface AmbiguousDate {
  /** The day/month reading, then the month/day reading, YYYY-MM-DD. */
  readings: [string, string];
  /** The date exactly as written in the text. */
  written: string;
}

const MONTH_NUMBERS = new Map<string, number>([
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((name, index) => [name, index + 1] as const),
  ...[
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ].map((name, index) => [name, index + 1] as const),
  // Central American Spanish (Costa Rica, Nicaragua) writes "setiembre".
  ['setiembre', 9],
]);

// Longest first, so that "mayo" is not read as "may".
const MONTH = `(?:${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** A day, with the ordinal marks documents put after it: 27th, 1º, 1°, 1ro, 1er. */
const DAY = '\\d{1,2}(?:st|nd|rd|th|º|°|ª|ro|er|o)?';
/** Between days or between two day-and-month groups: "-", "–", ",", ", and", "and", "y", "al", "to". */
const SEP = '(?:\\s*[-–—]\\s*|\\s*,\\s*(?:(?:and|y|e)\\s+)?|\\s+(?:and|y|e|al|a|to|through|until)\\s+)';
const DAYS = `${DAY}(?:${SEP}${DAY})*`;
const DAY_FIRST = `${DAYS}\\s+(?:(?:de|of)\\s+)?${MONTH}`;
const MONTH_FIRST = `${MONTH}\\.?\\s+${DAYS}`;

/** The textual shapes: day first ("27, 28 y 29 de octubre de 1999") and month first ("May 30-31, 2002"). */
const TEXT_PATTERNS = [
  new RegExp(`(?<![\\p{L}\\p{N}])${DAY_FIRST}(?:${SEP}${DAY_FIRST})?(?:\\s+de|\\s*,)?\\s+\\d{4}(?!\\p{N})`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_FIRST}(?:${SEP}${MONTH_FIRST})?\\s*,?\\s+\\d{4}(?!\\p{N})`, 'giu'),
];
/** "12/06/2018", "12.06.2018", "12-06-2018". */
const NUMERIC = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}/])/gu;
/** "2018-06-12". */
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu;

/**
 * The first date written in a text, or undefined. Returns `{ date, endDate?,
 * written }` for a date that reads one way, `{ readings, written }` for a
 * numeric date that reads as two days. Never throws.
 *
 * @example findDate('held on 27, 28 y 29 de octubre de 1999 in')
 *   // { date: '1999-10-27', endDate: '1999-10-29', written: '27, 28 y 29 de octubre de 1999' }
 * @example findDate('12/06/2018') // { readings: ['2018-06-12', '2018-12-06'], written: '12/06/2018' }
 */
export function findDate(text: string): WrittenDate | AmbiguousDate | undefined {
  const candidates = [
    ...TEXT_PATTERNS.map((pattern) => firstOf(text, pattern, readText)),
    firstOf(text, NUMERIC, readNumeric),
    firstOf(text, ISO, readIso),
  ];
  const first = candidates.filter((candidate) => candidate !== undefined).sort((a, b) => a.index - b.index)[0];
  return first?.found;
}

/**
 * Whether a found date is a numeric one with two readings: `isAmbiguous(findDate('12/06/2018')!)` is true. Never
 * throws.
 */
export function isAmbiguous(found: WrittenDate | AmbiguousDate): found is AmbiguousDate {
  return 'readings' in found;
}

/**
 * Describes a found date for the summary: `1999-10-27 to 1999-10-29`, or `2018-06-12 or 2018-12-06` for an ambiguous
 * one. Never throws.
 */
export function describeDate(found: WrittenDate | AmbiguousDate): string {
  if (isAmbiguous(found)) return `${found.readings[0]} or ${found.readings[1]}`;
  return found.endDate ? `${found.date} to ${found.endDate}` : found.date;
}

type Reader = (match: RegExpMatchArray) => WrittenDate | AmbiguousDate | undefined;

/** The first match of a pattern that reads as a real date, with where it starts. */
function firstOf(
  text: string,
  pattern: RegExp,
  read: Reader,
): { index: number; found: WrittenDate | AmbiguousDate } | undefined {
  for (const match of text.matchAll(pattern)) {
    const found = read(match);
    if (found) return { index: match.index, found };
  }
  return undefined;
}

/**
 * Reads a textual match as groups of days, each with its month: in "30
 * November and 1 December 2017" the days come before their month, in "May
 * 30-31, 2002" after it. The meeting runs from the first day of the first
 * group to the last day of the last.
 */
const readText: Reader = (match) => {
  const written = match[0];
  const tokens = written.toLowerCase().match(new RegExp(`\\d{4}$|\\d{1,2}|${MONTH}`, 'gu')) ?? [];
  const year = Number(tokens.pop());
  const monthFirst = MONTH_NUMBERS.has(tokens[0] ?? '');
  const groups: { month: number; days: number[] }[] = [];
  let days: number[] = [];
  for (const token of tokens) {
    const month = MONTH_NUMBERS.get(token);
    if (month === undefined) {
      if (monthFirst) groups.at(-1)?.days.push(Number(token));
      else days.push(Number(token));
    } else {
      groups.push({ month, days: monthFirst ? [] : days });
      days = [];
    }
  }
  const [first, last] = [groups[0], groups.at(-1)];
  if (!first || !last) return undefined;
  const date = isoDay(year, first.month, first.days[0]);
  const endDate = isoDay(year, last.month, last.days.at(-1));
  if (!date || !endDate || endDate < date) return undefined;
  return endDate === date ? { date, written } : { date, endDate, written };
};

const readNumeric: Reader = (match) => {
  const [written, first, , second, year] = match;
  const dayMonth = isoDay(Number(year), Number(second), Number(first));
  const monthDay = isoDay(Number(year), Number(first), Number(second));
  if (dayMonth && monthDay && dayMonth !== monthDay) return { readings: [dayMonth, monthDay], written };
  const date = dayMonth ?? monthDay;
  return date ? { date, written } : undefined;
};

const readIso: Reader = (match) => {
  const date = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return date ? { date, written: match[0] } : undefined;
};

/** YYYY-MM-DD for a day that exists (not 31 June), else undefined. */
function isoDay(year: number, month: number, day: number | undefined): string | undefined {
  if (day === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
