/**
 * The URL contract (design.md), in one place. Path keywords are English in
 * every language; only the prefix differs, so a page's twin is the same path
 * under the other prefix. These addresses are permanent: never change the
 * shape of one that has been published.
 */
import type { Lang } from '../schemas/index.ts';
import { parseItemNumber } from './item-number.ts';
import type { Role } from './roles.ts';

/** Path of a page inside a language: the part after `/{lang}/`, with a trailing slash, or '' for the home page. */
export type LocalPath = string;

/** `/{lang}/{path}`: a page in a language. */
export function pagePath(lang: Lang, path: LocalPath = ''): string {
  return `/${lang}/${path}`;
}

/** Path (inside a language) of the reports index. */
export function reportsIndexPath(): LocalPath {
  return 'reports/';
}

/** Path (inside a language) of a report page. */
export function reportPath(reportId: string): LocalPath {
  return `reports/${reportId}/`;
}

/**
 * Path (inside a language) of an item page: `reports/{id}/items/{n}/` or `…/{n}/{letter}/`; `{n}` is `4-2` for the
 * second item printed 4.
 */
export function itemPath(reportId: string, number: string): LocalPath {
  return `${reportPath(reportId)}${itemPathInReport(number)}`;
}

/**
 * An item page's address relative to its report page (`items/2/d/`): the report page's contents link with it, which
 * keeps that page within its byte budget (`PAGE_BUDGETS`). Throws, as `itemPath` does, on a malformed number.
 * @example itemPathInReport('2.d') // 'items/2/d/'
 */
export function itemPathInReport(number: string): string {
  return `items/${itemSegments(number)}/`;
}

/** Anchor of an item inside its report page: `item-2` or `item-2-d`. */
export function itemAnchor(number: string): string {
  return `item-${itemSegments(number).replace('/', '-')}`;
}

/** Path of an archived source document. Not language-specific: the original is one file. */
export function sourcePath(file: string): string {
  return `/sources/${file}`;
}

/** An absolute URL on the archive's site, for permanent links and citations. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

function itemSegments(number: string): string {
  const parsed = parseItemNumber(number);
  if (parsed === undefined) throw new Error(`not an item number: "${number}"`);
  return parsed.letter === undefined ? parsed.n : `${parsed.n}/${parsed.letter}`;
}

/** Path (inside a language) of the countries index. */
export function countriesIndexPath(): LocalPath {
  return 'countries/';
}

/** Path (inside a language) of a country page. */
export function countryPath(countryId: string): LocalPath {
  return `countries/${countryId}/`;
}

/** Path (inside a language) of the search page. */
export function searchPath(): LocalPath {
  return 'search/';
}

/** Path (inside a language) of the initiatives index. */
export function initiativesIndexPath(): LocalPath {
  return 'initiatives/';
}

/** Path (inside a language) of an initiative page. */
export function initiativePath(initiativeId: string): LocalPath {
  return `initiatives/${initiativeId}/`;
}

/** Path (inside a language) of the organizations index. */
export function organizationsIndexPath(): LocalPath {
  return 'organizations/';
}

/** Path (inside a language) of an organization page. */
export function organizationPath(organizationId: string): LocalPath {
  return `organizations/${organizationId}/`;
}

/** Path (inside a language) of the glossary of acronyms. */
export function glossaryPath(): LocalPath {
  return 'glossary/';
}

/** Path (inside a language) of any entity's page, by the collection it is in. */
export function entityPath(kind: 'countries' | 'organizations' | 'initiatives', id: string): LocalPath {
  return kind === 'countries' ? countryPath(id) : kind === 'organizations' ? organizationPath(id) : initiativePath(id);
}

/**
 * Path (inside a language) of an entity's role view, the items that give it one role (issue 21: a filter by role that
 * works without JavaScript). The role keeps its English name in both languages, as every path keyword does.
 *
 * @example entityRolePath('countries', 'mx', 'offered') // 'countries/mx/offered/'
 */
export function entityRolePath(kind: 'countries' | 'organizations', id: string, role: Role): LocalPath {
  return `${entityPath(kind, id)}${role}/`;
}

/** The language-neutral identifier of a report or item: `/id/2017-11-27/`, `/id/2017-11-27/2/d/`. */
export function identifierPath(reportId: string, number?: string): string {
  return number === undefined ? `/id/${reportId}/` : `/id/${reportId}/${itemSegments(number)}/`;
}

/**
 * Path of the list of a year's meetings and their item numbers, which the search page reads a cited reference against
 * (src/lib/citation-query.ts): one file a year for both languages, fetched only for a reference to a day of that year.
 * @example meetingsDataPath('2017') // '/search/meetings/2017.json'
 */
export function meetingsDataPath(year: string): string {
  return `/search/meetings/${year}.json`;
}

/** Path (inside a language) of the open actions page (issue 22): `actions/`. */
export function actionsPath(): LocalPath {
  return 'actions/';
}

/**
 * Path (inside a language) of the page of the actions a meeting agreed (issue 22, part 4): `reports/{id}/actions/`.
 * Not a permanent address (the list is derived from the text and its status changes); the report and its items are
 * (docs/actions.md, "Actions on report and entity pages").
 * @example reportActionsPath('2017-11-27') // 'reports/2017-11-27/actions/'
 */
export function reportActionsPath(reportId: string): LocalPath {
  return `${reportPath(reportId)}${REPORT_ACTIONS_IN_REPORT}`;
}

/**
 * The actions page's address relative to its report page: the report page links with it, in as few bytes as can be
 * (its byte budget, `PAGE_BUDGETS`). `reportActionsPath` is this under `reportPath`.
 * @example new URL(REPORT_ACTIONS_IN_REPORT, 'https://x/en/reports/2017-11-27/').pathname
 * // '/en/reports/2017-11-27/actions/'
 */
export const REPORT_ACTIONS_IN_REPORT = 'actions/';

/**
 * Path of a language's iCalendar file of action deadlines (RFC 5545): one per language, so a subscriber's calendar
 * shows each event in the language they read (docs/actions.md, "Open data and calendars").
 * @example actionsCalendarPath('es') // '/data/actions.es.ics'
 */
export function actionsCalendarPath(lang: Lang): string {
  return `/data/actions.${lang}.ics`;
}

/** Path of the Atom feed of a language's reports. */
export function feedPath(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

/**
 * Reads a report or item path inside a language (`reports/2017-11-27/items/2/d/`) back into its report id and item
 * number.
 */
export function parseReportPath(path: LocalPath): { reportId: string; number?: string } | undefined {
  const match = /^reports\/([^/]+)\/(?:items\/(\d+(?:-\d+)?)\/(?:([a-z])\/)?)?$/.exec(path);
  if (!match?.[1]) return undefined;
  if (match[2] === undefined) return { reportId: match[1] };
  return { reportId: match[1], number: match[3] === undefined ? match[2] : `${match[2]}.${match[3]}` };
}

/** The identifier (`/id/…/`) of a report or item path inside a language, or undefined for other pages. */
export function identifierOfPath(path: LocalPath): string | undefined {
  const parsed = parseReportPath(path);
  return parsed === undefined ? undefined : identifierPath(parsed.reportId, parsed.number);
}
