/**
 * What each kind of page shows, computed once per page from the archive (as Starlight computes its route data once
 * per page, `packages/starlight/utils/routing/data.ts`): the page's frontmatter, or the prerenderer, calls one function
 * here, and hands each component or markup part only the values it shows, never the whole archive.
 */
import { type Archive, findItem, neighbours, perArchive, type Report, type ReportItem, reportsIn } from './archive.ts';
import { type Citation, citationOf } from './citation.ts';
import { type ItemInReport, relatedItems } from './connections.ts';
import { formatDays } from './dates.ts';
import { useTranslations } from './i18n.ts';
import {
  countryName,
  entityName,
  numberingNote,
  organizationName,
  placeText,
  reportTitle,
  venueText,
} from './present.ts';
import { absoluteUrl, entityPath, itemPath, type LocalPath, pagePath, reportPath } from './urls.ts';
import { LANGS } from '../schemas/index.ts';
import type { Lang } from '../schemas/index.ts';

/** The items of one meeting in a list of items by meeting: the report, its place as shown, and its items in order. */
export interface MeetingItems {
  /** The meeting's report (in the page's language). */
  report: Report;
  /** Where and when it met, as `placeText` writes it. */
  place: string;
  /** Its items in the list, in the given order. */
  items: ReportItem[];
}

/**
 * Groups items by meeting, keeping their order: consecutive items of one report form one group.
 *
 * @example byMeeting(archive, 'en', [a1, a2, b1]) // [{ report: a, place: '…', items: [1, 2] }, { report: b, … }]
 */
export function byMeeting(archive: Archive, lang: Lang, entries: readonly ItemInReport[]): MeetingItems[] {
  const meetings: MeetingItems[] = [];
  for (const { report, item } of entries) {
    const last = meetings.at(-1);
    if (last?.report.id === report.id) last.items.push(item);
    else meetings.push({ report, place: placeText(archive, report, lang), items: [item] });
  }
  return meetings;
}

/** An entity an item mentions, as its page lists it. */
export interface MentionLink {
  /** The entity's page in the item's language. */
  href: string;
  /** Its name in that language. */
  name: string;
}

/** Everything an item's page shows. */
export interface ItemPageData {
  /** The page's language (the report's). */
  lang: Lang;
  /** The report the item belongs to. */
  report: Report;
  /** The item shown. */
  item: ReportItem;
  /** The site's origin, for absolute URLs. */
  site: URL | string;
  /** The item's short title, `Item 2.d`. */
  title: string;
  /** The report's title. */
  reportName: string;
  /** Where and when the meeting was. */
  place: string;
  /** The note on the original's numbering, if any (`numberingNote`). */
  note: string | undefined;
  /** The item's path inside its language. */
  path: LocalPath;
  /** Its parent item (for a lettered sub-item). */
  parent: ReportItem | undefined;
  /** Its sub-items. */
  children: ReportItem[];
  /** The items before and after it in the report. */
  previous: ReportItem | undefined;
  /** See `previous`. */
  next: ReportItem | undefined;
  /** The initiatives, organizations and countries it mentions, in that order. */
  mentioned: MentionLink[];
  /** Items of other meetings on the same initiatives, by meeting. */
  related: MeetingItems[];
  /** Its citation. */
  citation: Citation;
}

/**
 * The data of an item's page.
 *
 * @example itemPageData(archive, report, report.items[1]!, 'https://example.org/').title // 'Item 2'
 */
export function itemPageData(archive: Archive, report: Report, item: ReportItem, site: URL | string): ItemPageData {
  const lang = report.lang;
  const { previous, next } = neighbours(report, item);
  const mentioned = (['initiatives', 'organizations', 'countries'] as const).flatMap((kind) =>
    item.mentions[kind].map((id) => ({
      href: pagePath(lang, entityPath(kind, id)),
      name: entityName(archive, kind, id, lang),
    })),
  );
  return {
    lang,
    report,
    item,
    site,
    title: useTranslations(lang)('item.title', { number: item.shown }),
    reportName: reportTitle(report, lang),
    place: placeText(archive, report, lang),
    note: numberingNote(item, lang),
    path: itemPath(report.id, item.number),
    parent: item.parent === undefined ? undefined : findItem(report, item.parent),
    children: item.children.flatMap((number) => findItem(report, number) ?? []),
    previous,
    next,
    mentioned,
    related: byMeeting(archive, lang, relatedItems(archive, report, item)),
    citation: citationOf(archive, report, site, item),
  };
}

/** An item's permanent URL, written out on its page. */
export function permanentUrl({ lang, path, site }: Pick<ItemPageData, 'lang' | 'path' | 'site'>): string {
  return absoluteUrl(pagePath(lang, path), site);
}

/** One report in a list of reports (`ReportSummary.astro`). */
export interface ReportSummaryData {
  /** The report summarised. */
  report: Report;
  /** Where and when it met. */
  place: string;
  /** The participating countries' names, comma-separated. */
  participants: string;
}

/**
 * The summaries of reports in a language, in the given order.
 *
 * @example reportSummaries(archive, 'en', reportsIn(archive, 'en'))[0]!.participants // 'Belize, Canada, …'
 */
export function reportSummaries(archive: Archive, lang: Lang, reports: readonly Report[]): ReportSummaryData[] {
  return reports.map((report) => ({
    report,
    place: placeText(archive, report, lang),
    participants: report.data.participants.map((participant) => countryName(archive, participant, lang)).join(', '),
  }));
}

/** The names a report's facts show (`ReportFacts.astro`), in the page's language. */
export interface ReportFactsData {
  /** The issuing network or body, with its acronym. */
  issuer: string;
  /** The venue as text, when the report gives one. */
  venue: string | undefined;
  /** Each participating country: its id (for its page) and name. */
  participants: { id: string; name: string }[];
  /** The body whose meeting this one precedes, if any. */
  precedes: string | undefined;
  /** The body it reports to, if any. */
  reportsTo: string | undefined;
}

/** Everything a report's page shows beyond the report itself. */
export interface ReportPageData {
  /** The report's title. */
  title: string;
  /** Where and when it met. */
  place: string;
  /** Its facts' names. */
  facts: ReportFactsData;
  /** The report's citation. */
  citation: Citation;
  /** Each item's citation, by item number. */
  itemCitations: Map<string, Citation>;
  /** The meetings before and after this one in date order (`meetingNeighbours`). */
  meetings: MeetingNeighbours;
}

/** A neighbouring meeting a report page links to: its page and its date. */
export interface MeetingLink {
  /** Its page, `/en/reports/2016-11-15/`. */
  href: string;
  /** Its date(s) as the page's language writes them (`formatDays`): `15 November 2016`. */
  date: string;
}

/** The meetings just before and after a report's, in date order; absent at either end of the archive. */
export interface MeetingNeighbours {
  previous?: MeetingLink;
  next?: MeetingLink;
}

/** Each language's reports in date order with each report's place in it, computed once per archive. */
const reportOrder = perArchive((archive) =>
  Object.fromEntries(
    LANGS.map((lang) => {
      const reports = reportsIn(archive, lang);
      return [lang, { reports, index: new Map(reports.map((report, index) => [report.id, index])) }];
    }),
  ),
);

/**
 * The meetings before and after a report's, in date order (`compareReports`), in the report's language: what the
 * report page's previous/next links (`rel="prev"`, `rel="next"`, HTML's link types) lead to.
 * @example meetingNeighbours(archive, report2017en).previous?.href // '/en/reports/2016-11-15/'
 */
export function meetingNeighbours(archive: Archive, report: Report): MeetingNeighbours {
  const { reports, index } = reportOrder(archive)[report.lang]!;
  const at = index.get(report.id) ?? -1;
  const link = (other: Report | undefined): MeetingLink | undefined =>
    other && {
      href: pagePath(other.lang, reportPath(other.id)),
      date: formatDays(other.data.date, other.data.endDate, other.lang),
    };
  const previous = link(at > 0 ? reports[at - 1] : undefined);
  const next = link(at >= 0 ? reports[at + 1] : undefined);
  return { ...(previous && { previous }), ...(next && { next }) };
}

/**
 * The data of a report's page.
 *
 * @example reportPageData(archive, report, 'https://example.org/').itemCitations.get('2-d')?.key // 'rcm-lon-…-2d'
 */
export function reportPageData(archive: Archive, report: Report, site: URL | string): ReportPageData {
  const lang = report.lang;
  const { data } = report;
  const organization = (ref: Parameters<typeof organizationName>[1] | undefined) =>
    ref === undefined ? undefined : organizationName(archive, ref, lang);
  return {
    title: reportTitle(report, lang),
    place: placeText(archive, report, lang),
    facts: {
      issuer: organizationName(archive, data.network, lang),
      venue: venueText(archive, report, lang),
      participants: data.participants.map((ref) => ({ id: ref.id, name: countryName(archive, ref, lang) })),
      precedes: organization(data.precedes),
      reportsTo: organization(data.reportsTo),
    },
    citation: citationOf(archive, report, site),
    itemCitations: new Map(report.items.map((item) => [item.number, citationOf(archive, report, site, item)])),
    meetings: meetingNeighbours(archive, report),
  };
}
