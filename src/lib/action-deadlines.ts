/**
 * Deadlines as the reports state them ("before the end of 2017", "durante el primer semestre de 2017") and as ISO 8601
 * date intervals (`2017-01-01/2017-06-30`, ISO 8601-1:2019 §5.5.4.1, start and end both included). The phrase rules
 * are the archive's own, one small table per language, each pattern naming the item it was first written for. Month
 * names come from `Intl.DateTimeFormat` (the platform's CLDR data), so "junio" and "June" are never typed by hand.
 */
import type { Lang } from '../schemas/index.ts';

/** A deadline: the item's words, verbatim, and the days they allow. */
export interface Deadline {
  /** The words of the item that state it, verbatim: `before the end of 2017`. */
  stated: string;
  /** The days allowed, as an ISO 8601 interval of calendar days: `2017-11-27/2017-12-31`. */
  interval: string;
}

/** A deadline found in a text, and where. */
export interface FoundDeadline extends Deadline {
  /** Offset of the stated words in the text searched. */
  index: number;
}

/** What a pattern's groups hold: a year, and perhaps a month (1–12) or an ordinal (1 = first semester…). */
interface Parts {
  year: number;
  month?: number;
  ordinal?: number;
}

/** One phrase rule: a pattern, and the interval its parts give (`meeting` is the report's date). */
interface DeadlineRule {
  pattern: RegExp;
  interval: (parts: Parts, meeting: string) => [string, string];
}

const pad = (value: number): string => String(value).padStart(2, '0');
const day = (year: number, month: number, date: number): string => `${year}-${pad(month)}-${pad(date)}`;
/** The last day of a month; `Date.UTC` with day 0 is the day before the next month's first. */
const lastDay = (year: number, month: number): string =>
  day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
const monthSpan = ({ year, month = 1 }: Parts): [string, string] => [day(year, month, 1), lastDay(year, month)];
const yearSpan = ({ year }: Parts): [string, string] => [day(year, 1, 1), day(year, 12, 31)];
/** A part of a year: semester (6 months) or quarter (3), by its ordinal. */
const partOfYear =
  (months: number) =>
  ({ year, ordinal = 1 }: Parts): [string, string] => [
    day(year, (ordinal - 1) * months + 1, 1),
    lastDay(year, ordinal * months),
  ];
/** From the meeting up to the end of what `span` gives. */
const until =
  (span: (parts: Parts) => [string, string]) =>
  (parts: Parts, meeting: string): [string, string] => [meeting, span(parts)[1]];
/** From the meeting up to the day before the month named. */
const beforeMonth = ({ year, month = 1 }: Parts, meeting: string): [string, string] => [
  meeting,
  month === 1 ? day(year - 1, 12, 31) : lastDay(year, month - 1),
];

/** Month names of a language, lower case, January first, from Intl (made once per language: Intl is slow to start). */
const MONTHS = new Map<Lang, string[]>();
function monthNames(lang: Lang): string[] {
  const known = MONTHS.get(lang);
  if (known) return known;
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const names = Array.from({ length: 12 }, (_, index) =>
    format.format(new Date(Date.UTC(2000, index, 1))).toLocaleLowerCase(lang),
  );
  MONTHS.set(lang, names);
  return names;
}

/**
 * Other spellings of a month that CLDR does not give: "setiembre", which the Real Academia Española accepts beside
 * "septiembre" (Diccionario panhispánico de dudas) and Central American and Andean documents use. A new-user review
 * found "en setiembre de 2019" read as no deadline, so the Spanish page fell back to the English text.
 */
const MONTH_VARIANTS: Record<Lang, Record<string, number>> = { en: {}, es: { setiembre: 9 } };

/** The month (1–12) a name of `lang` stands for, CLDR's or a variant; 0 for none. */
function monthNumber(name: string, lang: Lang): number {
  const lower = name.toLocaleLowerCase(lang);
  return monthNames(lang).indexOf(lower) + 1 || (MONTH_VARIANTS[lang][lower] ?? 0);
}

const ORDINALS: Record<Lang, Record<string, number>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4 },
  es: { primer: 1, segundo: 2, tercer: 3, cuarto: 4 },
};

/** Builds a rule's regex: `{M}` a month name, `{Y}` a year, `{O}` an ordinal; case-insensitive, at word edges. */
function rule(lang: Lang, source: string, interval: DeadlineRule['interval']): DeadlineRule {
  const months = [...monthNames(lang), ...Object.keys(MONTH_VARIANTS[lang])].join('|');
  const ordinals = Object.keys(ORDINALS[lang]).join('|');
  const expanded = source
    .replaceAll('{M}', `(?<month>${months})`)
    .replaceAll('{Y}', '(?<year>\\d{4})')
    .replaceAll('{O}', `(?<ordinal>${ordinals})`)
    .replaceAll(' ', '\\s+');
  // Global: every match of a rule is tried in turn (one about the past is passed over, see `findDeadline`).
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${expanded}(?![\\p{L}\\p{N}])`, 'giu'), interval };
}

/** The phrase rules, most specific first: the first that matches a text gives its deadline. */
function rulesOf(lang: Lang): DeadlineRule[] {
  const r = (source: string, interval: DeadlineRule['interval']) => rule(lang, source, interval);
  if (lang === 'en') {
    return [
      // 2017-11-27 report, item 7.a: "before the meeting of the RCGM scheduled for June 2018".
      r(`before the [^.;]{0,60}? (?:scheduled|planned|set) for {M} {Y}`, until(monthSpan)),
      // 2017-11-27 report, item 7.b: "during the RCGM meeting in June 2018".
      r(`(?:during|at) the [^.;]{0,40}?meeting (?:in|of) {M} {Y}`, monthSpan),
      // Beyond the seeds: "before the end of the first semester of 2018".
      r(`(?:before|by) the end of the {O} semester (?:of|in) {Y}`, until(partOfYear(6))),
      // 2017-11-27 report, item 8: "before the end of 2017".
      r(`(?:before|by) the end of {Y}`, until(yearSpan)),
      // 2016-11-15 report, items 4 ("in 2017"), 5 and 6; 2017-11-27 report, items 7 and 8.
      r(`(?:during|in) the {O} semester (?:of|in) {Y}`, partOfYear(6)),
      // Beyond the seeds: "in the third quarter of 2019".
      r(`(?:during|in) the {O} quarter (?:of|in) {Y}`, partOfYear(3)),
      // Beyond the seeds: "by June 2018", "by the end of June 2018".
      r(`by (?:the end of )?{M} {Y}`, until(monthSpan)),
      // Beyond the seeds: "before June 2018" (the days before June).
      r(`before {M} {Y}`, beforeMonth),
      // Beyond the seeds: "in June 2018".
      r(`(?:during|in) {M} {Y}`, monthSpan),
      // Beyond the seeds: "during 2019".
      r(`(?:during|in) {Y}`, yearSpan),
    ];
  }
  return [
    // Informe 2017-11-27, punto 7.a: "antes de la reunión del GRCM programada para junio de 2018".
    r(`antes de la [^.;]{0,60}? (?:programada|prevista) para {M} de {Y}`, until(monthSpan)),
    // Informe 2017-11-27, punto 7.b: "durante la reunión del GRCM en junio de 2018".
    r(`(?:durante|en) la reunión [^.;]{0,40}?(?:en|de) {M} de {Y}`, monthSpan),
    // Fuera de los informes semilla: "antes de que finalice el primer semestre de 2018".
    r(`antes (?:de que finalice|del final de|del fin de) el {O} semestre de {Y}`, until(partOfYear(6))),
    r(`antes del (?:final|fin) del {O} semestre de {Y}`, until(partOfYear(6))),
    // Informe 2017-11-27, punto 8: "antes de que finalice 2017".
    r(`antes (?:de que finalice|del final de|del fin de|de finales de) (?:el año )?{Y}`, until(yearSpan)),
    // Informe 2016-11-15, puntos 4, 5 y 6; informe 2017-11-27, puntos 7 y 8.
    r(`(?:durante|en) el {O} semestre (?:de|del) {Y}`, partOfYear(6)),
    // Fuera de los informes semilla: "en el tercer trimestre de 2019".
    r(`(?:durante|en) el {O} trimestre (?:de|del) {Y}`, partOfYear(3)),
    // Fuera de los informes semilla: "a más tardar en junio de 2018", "a finales de junio de 2018".
    r(`(?:a más tardar en|para finales de|a finales de) {M} de {Y}`, until(monthSpan)),
    // Fuera de los informes semilla: "antes de junio de 2018".
    r(`antes de {M} de {Y}`, beforeMonth),
    r(`(?:durante|en) {M} de {Y}`, monthSpan),
    r(`(?:durante|en) (?:el año )?{Y}`, yearSpan),
  ];
}

const RULES: Record<Lang, DeadlineRule[]> = { en: rulesOf('en'), es: rulesOf('es') };

/**
 * The deadline a text states, by the first rule (most specific first) that matches; undefined when none does.
 * `meeting` (`YYYY-MM-DD`) starts the intervals of "before …" deadlines. A phrase whose interval ends before the
 * meeting speaks of the past ("the guidelines adopted in 2015", "the workshop held in June 2017") and is no deadline:
 * the next match is tried (a new-user review found such phrases made actions overdue the day they were agreed). A
 * phrase that begins before the meeting ("the diagnosis presented in November 2017", at a meeting of 27 November
 * 2017) is taken only when no phrase begins after it ("… and in September 2018" is the deadline).
 * Example: `findDeadline('Member Countries will submit their inputs before the end of 2017.', 'en', '2017-11-27')` →
 * `{ stated: 'before the end of 2017', interval: '2017-11-27/2017-12-31', index: 41 }`.
 * Never throws.
 */
export function findDeadline(text: string, lang: Lang, meeting: string): FoundDeadline | undefined {
  // One pass: the first phrase beginning at or after the meeting, else the first one still open at it.
  let straddling: FoundDeadline | undefined;
  for (const { pattern, interval } of RULES[lang]) {
    for (const match of text.matchAll(pattern)) {
      const found = deadlineOf(match, lang, meeting, interval);
      if (found === undefined) continue;
      if (found.interval.slice(0, meeting.length) >= meeting) return found;
      straddling ??= found;
    }
  }
  return straddling;
}

/** The deadline one match states, or undefined when its interval ends before the meeting (a phrase about the past). */
function deadlineOf(
  match: RegExpExecArray,
  lang: Lang,
  meeting: string,
  interval: DeadlineRule['interval'],
): FoundDeadline | undefined {
  const groups = match.groups ?? {};
  const parts: Parts = { year: Number(groups['year']) };
  if (groups['month'] !== undefined) parts.month = monthNumber(groups['month'], lang);
  if (groups['ordinal'] !== undefined) parts.ordinal = ORDINALS[lang][groups['ordinal'].toLocaleLowerCase(lang)] ?? 1;
  const [start, end] = interval(parts, meeting);
  if (end < meeting) return undefined;
  return { stated: match[0], interval: `${start}/${end}`, index: match.index };
}

/** The last day of an ISO 8601 interval of days (`2017-11-27/2017-12-31` → `2017-12-31`). */
export function intervalEnd(interval: string): string {
  return interval.slice(interval.indexOf('/') + 1);
}
