/**
 * What search finds. One record per item (its text, at its permanent URL)
 * and one per report (title, date, venue, participants and preamble, but not
 * the items again), so a query never returns the same text twice and every
 * hit lands on an item's own page. Filters and sort keys come from the same
 * archive data the pages show.
 */
import type { Lang } from '../schemas/index.ts';
import { type Archive, mustGet, perArchive, type Report, type ReportItem } from './archive.ts';
import { initiativesOf } from './connections.ts';
import { formatDays, yearOf } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { countryName, reportTitle, venueText } from './present.ts';
import { itemPath, pagePath, reportPath } from './urls.ts';

/** The search filters, in the order the search form shows them. */
export const SEARCH_FILTERS = ['year', 'country', 'initiative', 'organization'] as const;

/** A search filter name. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A record for Pagefind's index (`addCustomRecord`). */
export interface SearchRecord {
  /** The permanent URL path the hit links to. */
  url: string;
  /** The text searched and quoted in excerpts. */
  content: string;
  /** The language index it belongs to. */
  language: Lang;
  /** What a result shows besides the excerpt. */
  meta: { title: string; date: string; venue: string; kind: 'item' | 'report'; number?: string };
  /** Filter values, in the record's language. */
  filters: Record<SearchFilter, string[]>;
  /** Sort keys: `date` sorts by meeting date, then by item order. */
  sort: { date: string };
}

/** Every search record of the archive, reports and items, all languages (computed once per archive). */
export const searchRecords: (archive: Archive) => SearchRecord[] = perArchive((archive) =>
  archive.reports.flatMap((report) => [
    reportRecord(archive, report),
    ...report.items.map((item, index) => itemRecord(archive, report, item, index)),
  ]),
);

function reportRecord(archive: Archive, report: Report): SearchRecord {
  const lang = report.lang;
  const title = reportTitle(report);
  const venue = venueText(archive, report) ?? '';
  const participants = report.data.participants.map((participant) => countryName(archive, participant, lang));
  const countries = [
    ...new Set([
      ...(report.data.venue ? [report.data.venue.country.id] : []),
      ...report.data.participants.map((p) => p.id),
    ]),
  ];
  return {
    url: pagePath(lang, reportPath(report.id)),
    content: [title, venue, participants.join(', '), report.preambleText].join('\n\n'),
    language: lang,
    meta: { title, date: formatDays(report.data.date, report.data.endDate, lang), venue, kind: 'report' },
    filters: { ...noFilters(report), country: countries.map((id) => countryName(archive, id, lang)) },
    sort: { date: `${report.data.date}/000` },
  };
}

function itemRecord(archive: Archive, report: Report, item: ReportItem, index: number): SearchRecord {
  const lang = report.lang;
  const t = useTranslations(lang);
  const { mentions } = item;
  return {
    url: pagePath(lang, itemPath(report.id, item.number)),
    content: item.text,
    language: lang,
    meta: {
      title: `${t('item.title', { number: item.shown })} · ${reportTitle(report)}`,
      date: formatDays(report.data.date, report.data.endDate, lang),
      venue: venueText(archive, report) ?? '',
      kind: 'item',
      number: item.shown,
    },
    filters: {
      ...noFilters(report),
      country: mentions.countries.map((id) => countryName(archive, id, lang)),
      organization: mentions.organizations.map((id) => organizationLabel(archive, id, lang)),
      // An item about a MICIC workshop is found under MICIC too.
      initiative: initiativesOf(archive, item).map((id) => mustGet(archive.initiatives, id).name[lang]),
    },
    // Zero-padded document position keeps a report's items in order among equal dates.
    sort: { date: `${report.data.date}/${String(index + 1).padStart(3, '0')}` },
  };
}

function noFilters(report: Report): Record<SearchFilter, string[]> {
  return { year: [yearOf(report.data.date)], country: [], initiative: [], organization: [] };
}

/** How an organization is named in a filter: its acronym where it has one (IOM, OIM), else its name. */
export function organizationLabel(archive: Archive, id: string, lang: Lang): string {
  const organization = mustGet(archive.organizations, id);
  return organization.acronym?.[lang] ?? organization.name[lang];
}

/** The values each filter can take in a language, sorted for the search form. */
export function filterOptions(records: SearchRecord[], lang: Lang): Record<SearchFilter, string[]> {
  const options = Object.fromEntries(SEARCH_FILTERS.map((filter) => [filter, new Set<string>()])) as Record<
    SearchFilter,
    Set<string>
  >;
  for (const record of records) {
    if (record.language !== lang) continue;
    for (const filter of SEARCH_FILTERS) for (const value of record.filters[filter]) options[filter].add(value);
  }
  const collator = new Intl.Collator(lang);
  return Object.fromEntries(
    SEARCH_FILTERS.map((filter) => [
      filter,
      [...options[filter]].sort(filter === 'year' ? (a, b) => b.localeCompare(a) : collator.compare),
    ]),
  ) as Record<SearchFilter, string[]>;
}
