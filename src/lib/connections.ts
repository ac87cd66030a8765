/**
 * How items connect across meetings: which items are about an entity (an
 * initiative counts with the initiatives that belong to it), which items of
 * other meetings share an initiative, and the tables (who attended what,
 * which initiative came up when) that pages draw. All from item mentions.
 */
import type { Lang } from '../schemas/index.ts';
import { type Archive, type Report, type ReportItem, reportsIn } from './archive.ts';
import type { Mentions } from './mentions.ts';

/** An item together with the report it belongs to. */
export interface ItemInReport {
  /** The report (in the page's language). */
  report: Report;
  /** The item. */
  item: ReportItem;
}

/** The kinds of entity items mention. */
export type EntityKind = keyof Mentions;

/** An initiative and the broader ones it belongs to, nearest first ("workshop", then "MICIC"). */
export function withAncestors(archive: Archive, initiativeId: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = initiativeId;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = archive.initiatives.get(current)?.partOf?.id;
  }
  return chain;
}

/** An initiative and every initiative that belongs to it, at any depth. */
export function withDescendants(archive: Archive, initiativeId: string): string[] {
  return [...archive.initiatives.keys()].filter((id) => withAncestors(archive, id).includes(initiativeId));
}

/** The initiatives an item is about, counting the broader ones they belong to. */
export function initiativesOf(archive: Archive, item: ReportItem): string[] {
  return [...new Set(item.mentions.initiatives.flatMap((id) => withAncestors(archive, id)))];
}

/** Items (in one language, oldest meeting first, in document order) that mention an entity; for an initiative, also those of the initiatives that belong to it. */
export function itemsAbout(archive: Archive, lang: Lang, kind: EntityKind, id: string): ItemInReport[] {
  const ids = kind === 'initiatives' ? withDescendants(archive, id) : [id];
  return reportsIn(archive, lang).flatMap((report) =>
    report.items.filter((item) => item.mentions[kind].some((mentioned) => ids.includes(mentioned))).map((item) => ({ report, item })),
  );
}

/** Distinct meetings among items. */
export function meetingCount(items: readonly ItemInReport[]): number {
  return new Set(items.map(({ report }) => report.id)).size;
}

/** Items of other meetings that share an initiative with this item (counting broader initiatives), oldest first. */
export function relatedItems(archive: Archive, report: Report, item: ReportItem): ItemInReport[] {
  const mine = initiativesOf(archive, item);
  if (mine.length === 0) return [];
  return reportsIn(archive, report.lang)
    .filter((other) => other.id !== report.id)
    .flatMap((other) =>
      other.items
        .filter((candidate) => initiativesOf(archive, candidate).some((id) => mine.includes(id)))
        .map((candidate) => ({ report: other, item: candidate })),
    );
}

/** Initiatives related to one: the one it belongs to, those that belong to it, and those mentioned in the same items. */
export function relatedInitiatives(archive: Archive, initiativeId: string): string[] {
  const initiative = archive.initiatives.get(initiativeId);
  const family = [
    ...(initiative?.partOf ? [initiative.partOf.id] : []),
    ...[...archive.initiatives.values()].filter((other) => other.partOf?.id === initiativeId).map((other) => other.id),
  ];
  const together = archive.reports.flatMap((report) =>
    report.items.filter((item) => item.mentions.initiatives.includes(initiativeId)).flatMap((item) => item.mentions.initiatives),
  );
  return [...new Set([...family, ...together])].filter((id) => id !== initiativeId).sort();
}

/** One row of the participation table: a country and, per meeting, whether it attended or hosted. */
export interface ParticipationRow {
  /** The country id. */
  countryId: string;
  /** Per report (same order as the reports given): hosted, attended, or absent. */
  cells: ('hosted' | 'attended' | 'absent')[];
}

/** Countries × meetings: who hosted and who attended each meeting of a language. */
export function participation(
  archive: Archive,
  lang: Lang,
  countryIds: readonly string[],
): { reports: Report[]; rows: ParticipationRow[] } {
  const reports = reportsIn(archive, lang);
  const rows = countryIds.map((countryId) => ({
    countryId,
    cells: reports.map((report) =>
      report.data.venue?.country.id === countryId
        ? ('hosted' as const)
        : report.data.participants.some((p) => p.id === countryId)
          ? ('attended' as const)
          : ('absent' as const),
    ),
  }));
  return { reports, rows };
}

/** Initiatives × meetings: how many items of each meeting are about each initiative. */
export function initiativeTimeline(
  archive: Archive,
  lang: Lang,
): { reports: Report[]; rows: { initiativeId: string; counts: number[] }[] } {
  const reports = reportsIn(archive, lang);
  const rows = [...archive.initiatives.keys()].map((initiativeId) => {
    const items = itemsAbout(archive, lang, 'initiatives', initiativeId);
    return { initiativeId, counts: reports.map((report) => items.filter((entry) => entry.report.id === report.id).length) };
  });
  return { reports, rows: rows.filter((row) => row.counts.some((count) => count > 0)) };
}
