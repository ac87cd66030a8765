/**
 * Dates as readers see them, always through Intl: "27 November 2017",
 * "27 de noviembre de 2017". Report dates are calendar days, so they are read
 * and written in UTC to never shift by a time zone.
 */
import type { Lang } from '../schemas/common.ts';
import { INTL_LOCALE } from './locales.ts';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

function formatter(lang: Lang): Intl.DateTimeFormat {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(lang, format);
  }
  return format;
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

// Every page of a report formats the same few dates again (titles, citations, lists): each is formatted once.
const formatted = new Map<string, string>();

/** Formats a `YYYY-MM-DD` day in a language: "27 November 2017". */
export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}/${iso}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatter(lang).format(toDate(iso))));
  return text;
}

/** Formats a meeting's days, one day or a range: "24–25 November 2014". */
export function formatDays(start: string, end: string | undefined, lang: Lang): string {
  if (end === undefined) return formatDate(start, lang);
  // ICU's British English puts thin spaces around the dash ("24 – 25 June"); the RCM writes "24–25 June", as Spanish
  // does.
  return formatter(lang)
    .formatRange(toDate(start), toDate(end))
    .replace(/\u2009–\u2009/g, '–');
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}
