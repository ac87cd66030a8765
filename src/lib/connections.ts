/**
 * How items connect across meetings: which items are about an entity (an
 * initiative counts with the initiatives that belong to it), which items of
 * other meetings share an initiative, and the tables (who attended what,
 * which initiative came up when) that pages draw. All from item mentions.
 */
import type { Lang } from '../schemas/index.ts';
import { type Archive, perArchive, type Report, type ReportItem, reportsIn } from './archive.ts';
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

/** The initiatives an item is about, counting the broader ones they belong to. */
export function initiativesOf(archive: Archive, item: ReportItem): string[] {
  return [...new Set(item.mentions.initiatives.flatMap((id) => withAncestors(archive, id)))];
}

/** Items by `lang/kind/id`, in archive order. */
const connectionIndex = perArchive((archive) => {
  const index = new Map<string, ItemInReport[]>();
  for (const report of archive.reports) {
    for (const item of report.items) {
      const entries: [EntityKind, string[]][] = [
        ['countries', item.mentions.countries],
        ['organizations', item.mentions.organizations],
        // An item about a MICIC workshop is about MICIC too.
        ['initiatives', initiativesOf(archive, item)],
      ];
      for (const [kind, ids] of entries) {
        for (const id of ids) {
          const key = `${report.lang}/${kind}/${id}`;
          const list = index.get(key) ?? [];
          list.push({ report, item });
          index.set(key, list);
        }
      }
    }
  }
  return index;
});

/** Where each report and item stands in archive order. */
const positions = perArchive((archive) => ({
  reportIndex: new Map(archive.reports.map((report, index) => [report, index])),
  itemIndex: new Map(archive.reports.flatMap((report) => report.items.map((item, index) => [item, index] as const))),
}));

/**
 * Items (in one language, oldest meeting first, in document order) that mention an entity; for an initiative, also
 * those of the initiatives that belong to it.
 */
export function itemsAbout(archive: Archive, lang: Lang, kind: EntityKind, id: string): ItemInReport[] {
  return connectionIndex(archive).get(`${lang}/${kind}/${id}`) ?? [];
}

/** Distinct meetings among items. */
export function meetingCount(items: readonly ItemInReport[]): number {
  return new Set(items.map(({ report }) => report.id)).size;
}

/**
 * Items of other meetings that share an initiative with this item (counting
 * broader initiatives): the `limit` from the meetings nearest in time, oldest
 * first. The initiative pages hold the full history; an item page stays light.
 */
export function relatedItems(archive: Archive, report: Report, item: ReportItem, limit = 10): ItemInReport[] {
  const mine = initiativesOf(archive, item);
  if (mine.length === 0) return [];
  const { reportIndex, itemIndex } = positions(archive);
  const at = (listed: ItemInReport) => reportIndex.get(listed.report) ?? 0;
  const here = reportIndex.get(report) ?? 0;
  const seen = new Set<ReportItem>();
  const candidates: ItemInReport[] = [];
  // An initiative's list can hold thousands of items; only the meetings next to this one can be among the
  // nearest `limit`. Walk each side, whole meetings at a time, until `limit` items: every item further away
  // has at least `limit` nearer ones in the same list. (Scanning whole lists made the build quadratic.)
  const walk = (list: ItemInReport[], from: number, step: 1 | -1) => {
    let taken = 0;
    for (let index = from; index >= 0 && index < list.length; index += step) {
      const listed = list[index]!;
      if (taken >= limit && listed.report !== list[index - step]?.report) break;
      taken++;
      if (!seen.has(listed.item)) {
        seen.add(listed.item);
        candidates.push(listed);
      }
    }
  };
  for (const id of mine) {
    const list = itemsAbout(archive, report.lang, 'initiatives', id);
    walk(list, firstAtOrAfter(list, at, here) - 1, -1);
    walk(list, firstAtOrAfter(list, at, here + 1), 1);
  }
  const distance = (listed: ItemInReport) => Math.abs(at(listed) - here);
  const order = (a: ItemInReport, b: ItemInReport) =>
    at(a) - at(b) || (itemIndex.get(a.item) ?? 0) - (itemIndex.get(b.item) ?? 0);
  return candidates
    .sort((a, b) => distance(a) - distance(b) || order(a, b))
    .slice(0, limit)
    .sort(order);
}

/** Binary search in a list in archive order: the index of its first item at or after position `target`. */
function firstAtOrAfter(list: ItemInReport[], at: (listed: ItemInReport) => number, target: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at(list[middle]!) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The initiatives that belong to one (its `partOf` names it), in archive order: what its page lists as "Includes".
 * @example initiativeParts(archive, 'micic') // ['micic-virtual-course', 'micic-workshop']
 */
export function initiativeParts(archive: Archive, initiativeId: string): string[] {
  return [...archive.initiatives.values()]
    .filter((other) => other.partOf?.id === initiativeId)
    .map((other) => other.id);
}

/**
 * Initiatives related to one that its page does not already name: those mentioned in the same items, sorted by id,
 * less itself, the one it belongs to ("Part of") and those that belong to it ("Includes", `initiativeParts`), so a
 * page lists each initiative once (issue 21: MICIC's "Related initiatives" repeated its "Includes").
 * @example relatedInitiatives(archive, 'micic') // [] when only its parts are mentioned with it
 */
export function relatedInitiatives(archive: Archive, initiativeId: string): string[] {
  const family = new Set([initiativeId, archive.initiatives.get(initiativeId)?.partOf?.id]);
  for (const part of initiativeParts(archive, initiativeId)) family.add(part);
  const together = archive.reports.flatMap((report) =>
    report.items
      .filter((item) => item.mentions.initiatives.includes(initiativeId))
      .flatMap((item) => item.mentions.initiatives),
  );
  return [...new Set(together)].filter((id) => !family.has(id)).sort();
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
    // Counted once per initiative: filtering its items again for every meeting grew with meetings × items.
    const perReport = new Map<Report, number>();
    for (const { report } of itemsAbout(archive, lang, 'initiatives', initiativeId))
      perReport.set(report, (perReport.get(report) ?? 0) + 1);
    return { initiativeId, counts: reports.map((report) => perReport.get(report) ?? 0) };
  });
  return { reports, rows: rows.filter((row) => row.counts.some((count) => count > 0)) };
}
