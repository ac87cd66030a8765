/**
 * What search finds. One record per item (its number and its own text, at its
 * permanent URL), one per report (title, date, venue, participants and
 * preamble, but not the items again) and one per subject (country,
 * organization, initiative: its names, acronyms and description, at its page),
 * so a query never returns the same text twice and a record is found only by
 * what it says. Filters come from the same archive data the
 * pages show. Why and how: docs/search.md.
 */
import { type Lang, LANGS } from '../schemas/index.ts';
import { ASKED_KINDS } from './actions.ts';
import { type Archive, mustGet, perArchive, type Report, type ReportItem } from './archive.ts';
import { initiativesOf } from './connections.ts';
import { formatDays, yearOf } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { actorName, countryName, organizationName, reportTitle, venueText } from './present.ts';
import { entityPath, itemPath, pagePath, reportPath } from './urls.ts';

/** The search filters, in the order the search form shows them. */
export const SEARCH_FILTERS = ['year', 'country', 'initiative', 'organization', 'asked', 'offered'] as const;

/** A search filter name. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What a record stands for: an item, a report, or a subject (a country, organization or initiative page). */
export type SearchRecordKind = 'item' | 'report' | 'subject';

/**
 * A record for Pagefind's index. Pagefind (1.5 and later) also matches words of the meta values, so the search page
 * keeps only hits whose own text matched (`src/lib/search-query.ts`): the meta is for showing a hit, never finding it.
 */
export interface SearchRecord {
  /** The permanent URL path the hit links to. */
  url: string;
  /**
   * The record's first words, weighted as a page title is (Pagefind's `h1`, 7): an item's number, a report's or a
   * subject's title. A query for "2.d", "2017" or "MICIC" ranks the record it names above those that mention it.
   */
  lead: string;
  /** The rest of the text searched and quoted in excerpts (after `lead`). */
  content: string;
  /** The language index it belongs to. */
  language: Lang;
  /** What a result shows besides the excerpt. */
  meta: { title: string; date: string; venue: string; kind: SearchRecordKind; number?: string };
  /**
   * Filter values, in the record's language. Only subjects have `subject` (always `['yes']`), so the search page can
   * ask for them apart: a filter Pagefind loads for every search, kept as small as the number of subjects. Reports
   * and items have `meeting`, their report's id (`2017-11-27`, `2017-11-27-2`), for newest first
   * (src/scripts/search-newest.ts): not in the form, and loaded by Pagefind only when a search names it. A sort key
   * would do it in one search, but Pagefind keeps every record's place in each sort order in the file every first
   * search loads (42 KB gzip of it at 1,000 reports; docs/search.md).
   */
  filters: Record<SearchFilter, string[]> & { subject?: ['yes']; meeting?: [string] };
}

/** Every search record: reports and their items, then subjects, all languages (computed once per archive). */
export const searchRecords: (archive: Archive) => SearchRecord[] = perArchive((archive) => [
  ...archive.reports.flatMap((report) => [
    reportRecord(archive, report),
    ...report.items.map((item) => itemRecord(archive, report, item)),
  ]),
  ...subjectRecords(archive),
]);

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
    lead: title,
    content: [venue, participants.join(', '), report.preambleText].join('\n\n'),
    language: lang,
    meta: { title, date: formatDays(report.data.date, report.data.endDate, lang), venue, kind: 'report' },
    filters: { ...noFilters(report), country: countries.map((id) => countryName(archive, id, lang)) },
  };
}

function itemRecord(archive: Archive, report: Report, item: ReportItem): SearchRecord {
  const lang = report.lang;
  const t = useTranslations(lang);
  const { mentions } = item;
  return {
    url: pagePath(lang, itemPath(report.id, item.number)),
    // Its number, as the report prints it, so "2.d" finds the items 2.d; the meeting's date and venue are the report's
    // words and stay there (a country query ranks the items that name the country).
    lead: item.shown,
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
      ...actorFilters(archive, item, lang),
    },
  };
}

function noFilters(report: Report): SearchRecord['filters'] {
  return {
    year: [yearOf(report.data.date)],
    country: [],
    initiative: [],
    organization: [],
    asked: [],
    offered: [],
    meeting: [report.id],
  };
}

/**
 * Who the item's actions ask something of (`asked`: is requested, is instructed) and who offers or commits (`offered`:
 * every other kind), named as the Open actions page names them (issue 22, part 6: "asked of", "offered by").
 */
function actorFilters(
  archive: Archive,
  item: ReportItem,
  lang: Lang,
): Pick<SearchRecord['filters'], 'asked' | 'offered'> {
  const actors = (asked: boolean) => [
    ...new Set(
      item.actions
        .filter((action) => ASKED_KINDS.includes(action.kind) === asked)
        .flatMap((action) => action.actors.map((id) => actorName(archive, id, lang))),
    ),
  ];
  return { asked: actors(true), offered: actors(false) };
}

/**
 * How an organization is named in a filter: as its page names it, full name with the acronym in brackets.
 *
 * @example organizationLabel(archive, 'iom', 'es') // 'Organización Internacional para las Migraciones (OIM)'
 * @throws Error when the id is not an organization of the archive.
 */
export function organizationLabel(archive: Archive, id: string, lang: Lang): string {
  return organizationName(archive, id, lang);
}

/**
 * One record per country, organization and initiative page in each language, found by its names alone: its name and
 * acronym, and the other names the reports give it (aliases). A query that names a subject finds it; one that only
 * occurs in its description does not (the items say more). Glossary entries are the acronyms of these organizations
 * and initiatives: their records find them.
 */
function subjectRecords(archive: Archive): SearchRecord[] {
  const kinds = [
    ['countries', archive.countries],
    ['organizations', archive.organizations],
    ['initiatives', archive.initiatives],
  ] as const;
  return LANGS.flatMap((lang) =>
    kinds.flatMap(([kind, entities]) =>
      [...entities.values()].map((entity): SearchRecord => {
        const title = subjectTitle('acronym' in entity ? entity : { name: entity.name }, lang);
        const aliases = entity.aliases[lang].filter((alias) => !title.toLowerCase().includes(alias.toLowerCase()));
        return {
          url: pagePath(lang, entityPath(kind, entity.id)),
          lead: title,
          content: [...new Set(aliases)].join('\n\n'),
          language: lang,
          meta: { title, date: '', venue: '', kind: 'subject' },
          filters: {
            year: [],
            country: [],
            initiative: [],
            organization: [],
            asked: [],
            offered: [],
            subject: ['yes'],
          },
        };
      }),
    ),
  );
}

/** A subject's name as its page gives it, with its acronym in brackets when the name does not hold it already. */
function subjectTitle(
  entity: { name: Record<Lang, string>; acronym?: Record<Lang, string> | undefined },
  lang: Lang,
): string {
  const acronym = entity.acronym?.[lang];
  return acronym && !entity.name[lang].includes(acronym) ? `${entity.name[lang]} (${acronym})` : entity.name[lang];
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
