/**
 * A search query read as a reference to a meeting or one of its items (issue 20, part 4): what an official pastes
 * from a letter. The search page (src/scripts/search-reference.ts) goes straight to the page it names, or says the
 * meeting or item does not exist and lists what does.
 *
 * Accepted, in English and Spanish, with or without "item"/"punto" and "report"/"informe":
 *
 * - an archive address, from any origin, with or without its language and final slash: a report or item path
 *   (`parseReportPath`), an item number as printed (`items/2.d/`, `PRINTED_NUMBER`) or an identifier (`/id/…`,
 *   `IDENTIFIER_FORMS`), all of src/lib/hosting.ts and src/lib/urls.ts — so the citation sentence of
 *   src/lib/citation.ts, pasted whole, is read by its URL;
 * - a meeting's day as a report id (`2017-11-27`, `REPORT_ID`), day first in figures (`27/11/2017`, as written in the
 *   region) or with the month's name, whole or cut, in either language, as Intl writes them (`27 November 2017`,
 *   `27 Nov 2017`, `27 de noviembre de 2017`, `November 27, 2017`), and an item number (`parseItemNumber`).
 *
 * A day is a reference when the rest of the query is only an item number and linking words ("of the", "del"), or
 * when the query says "item"/"punto" or "report"/"informe" (a citation sentence pasted without its URL); otherwise
 * the query is searched as words ("consular protection 2017-11-27"). A year alone or an item number alone is no
 * reference. Pure: runs in the browser and in the tests.
 */
import type { Lang } from '../schemas/common.ts';
import type { Archive } from './archive.ts';
import { identifierTarget, printedNumberTarget, REPORT_ID } from './hosting.ts';
import { parseItemNumber } from './item-number.ts';
import { INTL_LOCALE } from './locales.ts';
import { fold } from './search-query.ts';
import { itemPath, type LocalPath, parseReportPath, reportPath } from './urls.ts';

/** What a query refers to: a report id (a meeting's day) and, for an item, its number as written (`"2.d"`). */
export interface Reference {
  /** The report id, e.g. `"2017-11-27"` (or `"2017-11-27-2"` read from an address). */
  report: string;
  /** The item number as written in the report files, e.g. `"2.d"`, `"4-2.a"`. */
  item?: string;
}

/**
 * Meetings and their item numbers as written, in document order: what the search page needs to resolve a reference,
 * a year at a time (`/search/meetings/2017.json`, `meetingsDataPath`). Report ids and numbers are the same in both
 * languages (the parity check).
 * @example { '2017-11-27': ['1', '2', '2.a', '2.b'] }
 */
export type Meetings = Record<string, string[]>;

/**
 * Where a reference leads: the page (inside a language), or what is missing with what there is instead — the
 * meeting's items when it has no such item, the meetings of that year when there is no such meeting.
 */
export type Resolution =
  | { reference: Reference; to: LocalPath }
  | { reference: Reference; missing: 'item'; items: string[] }
  | { reference: Reference; missing: 'report'; reports: string[] };

/**
 * Reads a query as a reference to a meeting or an item, or undefined when it is none.
 * @example readReference('punto 2.d del informe del 27 de noviembre de 2017') // { report: '2017-11-27', item: '2.d' }
 * @example readReference('https://archive.example.int/es/reports/2017-11-27/items/2/d') // same
 * @example readReference('/id/2016-11-15/') // { report: '2016-11-15' }
 * @example readReference('2017') // undefined; so are '2.d', 'item 2.d' and 'consular protection'
 */
export function readReference(query: string): Reference | undefined {
  return addressIn(query) ?? citedIn(query);
}

/** An archive address anywhere in the query: the first path holding `/reports/` or `/id/`. */
function addressIn(query: string): Reference | undefined {
  const found = /(?:\/(?:en|es))?\/(?:reports|id)\/[^\s?#]*/.exec(query)?.[0].replace(/[.,;:)\]>»"']+$/, '');
  if (!found) return undefined;
  const path = found.replace(/\/?$/, '/');
  // Identifiers and printed numbers are read by the host's own patterns, then the path by the URL contract's.
  const local = identifierTarget(path, 'en') ?? printedNumberTarget(path.replace(/^\/(?:(?:en|es)\/)?/, '/en/'));
  const parsed = parseReportPath((local ?? path).replace(/^\/(?:(?:en|es)\/)?/, ''));
  // A path names a report by its id: a day of the calendar, and `-2`… for a second meeting that day.
  const day = parsed && REPORT_ID_WHOLE.test(parsed.reportId) && isoDay('ymd', parsed.reportId.split('-'));
  return day ? reference(parsed) : undefined;
}

const REPORT_ID_WHOLE = new RegExp(`^${REPORT_ID}$`);

function reference(parsed: { reportId: string; number?: string | undefined }): Reference {
  return parsed.number === undefined ? { report: parsed.reportId } : { report: parsed.reportId, item: parsed.number };
}

/** Words that say what the reference is ("item 2.d", "report of…"), folded. */
const ITEM_WORDS = ['item', 'punto'];
const REPORT_WORDS = ['report', 'informe', 'meeting', 'reunion'];
/** Words that link the parts of a reference and say nothing else. */
const LINKING_WORDS = ['of', 'the', 'at', 'on', 'de', 'del', 'la', 'el', 'en', ...ITEM_WORDS, ...REPORT_WORDS];

/** A day and an item number in words ("item 2.d of the report of 27 November 2017"). */
function citedIn(query: string): Reference | undefined {
  const day = dayIn(query);
  if (!day) return undefined;
  const words = day.rest.split(/[\s,;:()]+/).map((word) => word.replace(/^\[(.*)\]$|\.$/, '$1'));
  const said = (list: string[]) => words.findIndex((word) => list.includes(fold(word)));
  const itemWord = said(ITEM_WORDS);
  const named = itemWord < 0 ? undefined : words[itemWord + 1];
  if (named !== undefined && parseItemNumber(named)) return { report: day.iso, item: named };
  const numbers = words.filter((word) => parseItemNumber(word));
  const others = words.filter((word) => word && !parseItemNumber(word) && !LINKING_WORDS.includes(fold(word)));
  if (others.length === 0 && numbers.length <= 1) return reference({ reportId: day.iso, number: numbers[0] });
  return said(REPORT_WORDS) >= 0 || itemWord >= 0 ? { report: day.iso } : undefined;
}

/**
 * Locales whose month names the pages do not use but readers write: "setiembre", the spelling of September in Peru,
 * Uruguay and often Costa Rica (the RAE accepts both), as CLDR writes it for `es-PE`.
 */
export const REGIONAL_MONTH_LOCALES = ['es-PE'] as const;

/** A month's name, as Intl writes it in each language (and `REGIONAL_MONTH_LOCALES`), folded: `['noviembre', 11]`. */
const MONTHS: [string, number][] = [...Object.values(INTL_LOCALE), ...REGIONAL_MONTH_LOCALES].flatMap((locale) => {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month): [string, number] => [
    fold(format.format(Date.UTC(2000, month))),
    month + 1,
  ]);
});

/** The month a word names, whole or cut after three letters or more ("Nov.", "sept", "noviembre"). */
function monthOf(word: string): number | undefined {
  const folded = fold(word);
  return folded.length < 3 ? undefined : MONTHS.find(([name]) => name.startsWith(folded))?.[1];
}

/**
 * Day forms, each with the order of its groups: a report id; day first in figures, the year in four figures or two
 * (`27/11/17`, `fullYear`); day, month name, year (with the Spanish "de"); month name, day, year.
 */
const DAY_FORMS: [RegExp, string][] = [
  [new RegExp(`(?<![\\d-])(${REPORT_ID})(?![\\d-])`, 'g'), 'id'],
  [/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d./-])/g, 'dmy'],
  [/(?<![\d.])(\d{1,2})º?\s*(?:de\s+)?(\p{L}+)\.?,?\s+(?:del?\s+)?(\d{4})(?!\d)/giu, 'dMy'],
  [/(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/giu, 'Mdy'],
];

/** The first day the query names, as a report id, and the query without it. */
function dayIn(query: string): { iso: string; rest: string } | undefined {
  for (const [pattern, order] of DAY_FORMS) {
    for (const match of query.matchAll(pattern)) {
      // A report id is a day of the calendar, and `-2`… for a second meeting that day.
      const iso =
        order === 'id' ? isoDay('ymd', match[1]?.split('-') ?? []) && match[1] : isoDay(order, match.slice(1));
      if (iso) return { iso, rest: `${query.slice(0, match.index)} ${query.slice(match.index + match[0].length)}` };
    }
  }
  return undefined;
}

/** `YYYY-MM-DD` from the groups of a day form, or undefined when they name no day of the calendar (31/02/2017). */
function isoDay(order: string, groups: (string | undefined)[]): string | undefined {
  const part = (letter: string) => Number(groups[order.indexOf(letter)]);
  const month = order.includes('M') ? monthOf(String(groups[order.indexOf('M')])) : part('m');
  if (!month) return undefined;
  const year = fullYear(String(groups[order.indexOf('y')]));
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(part('d')).padStart(2, '0')}`;
  // Date.UTC carries an impossible day into the next month, so the round trip fails.
  return new Date(Date.UTC(year, month - 1, part('d'))).toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * A year as written: four figures as they are; two as POSIX `strptime` reads `%y` (69–99 are 1969–1999, 00–68 are
 * 2000–2068), so `27/11/17` is 27 November 2017.
 * @example fullYear('17') // 2017
 * @example fullYear('2017') // 2017
 */
export function fullYear(written: string): number {
  const year = Number(written);
  return written.length > 2 ? year : year + (year < 69 ? 2000 : 1900);
}

/**
 * Where a reference leads in the archive's meetings: the report or item page (inside a language), or what is
 * missing, with the meeting's items or the meetings of that year.
 * @example resolveReference({ report: '2017-11-27', item: '2.e' }, meetings)
 *   // { reference, missing: 'item', items: ['1', '2', '2.a', …] }
 */
export function resolveReference(reference: Reference, meetings: Meetings): Resolution {
  const items = meetings[reference.report];
  if (!items) {
    const year = reference.report.slice(0, 4);
    return { reference, missing: 'report', reports: Object.keys(meetings).filter((id) => id.startsWith(year)) };
  }
  if (reference.item === undefined) return { reference, to: reportPath(reference.report) };
  if (!items.includes(reference.item)) return { reference, missing: 'item', items };
  return { reference, to: itemPath(reference.report, reference.item) };
}

/**
 * The archive's meetings and their item numbers (`Meetings`), from the reports of one language, of one year or all.
 * @example meetingsOf(archive)['2016-11-15'] // ['1', '2', '3', …]
 * @example Object.keys(meetingsOf(archive, 'en', '2017')) // ['2017-11-27']
 */
export function meetingsOf(archive: Archive, lang: Lang = 'en', year = ''): Meetings {
  const reports = archive.reports.filter((report) => report.lang === lang && report.id.startsWith(year));
  return Object.fromEntries(reports.map((report) => [report.id, report.items.map((item) => item.number)]));
}
