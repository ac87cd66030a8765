/**
 * What keeps the build linear at archive scale gives the same answers as the
 * plain definition, on the benchmark's synthetic archive (many meetings
 * sharing the same initiatives).
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import type { Action } from '../src/lib/actions.ts';
import { actionStatus, type ActionStatus, statusTimeline } from '../src/lib/action-status.ts';
import type { Archive, Report, ReportItem } from '../src/lib/archive.ts';
import { initiativesOf, type ItemInReport, itemsAbout, relatedItems } from '../src/lib/connections.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { contentArchive, scratchDir } from './helpers.ts';

const dir = scratchDir('scale-');
generateCorpus(dir, 120);
const archive = loadArchiveFromFiles(dir);

/** The definition: every item of another meeting sharing an initiative, the `limit` nearest meetings first, then in archive order. */
function relatedByScan(archive: Archive, report: Report, item: ReportItem, limit = 10): ItemInReport[] {
  const position = (entry: ItemInReport) => archive.reports.indexOf(entry.report);
  const order = (a: ItemInReport, b: ItemInReport) =>
    position(a) - position(b) || a.report.items.indexOf(a.item) - b.report.items.indexOf(b.item);
  const here = archive.reports.indexOf(report);
  const all = new Map<ReportItem, ItemInReport>();
  for (const id of initiativesOf(archive, item))
    for (const entry of itemsAbout(archive, report.lang, 'initiatives', id))
      if (entry.report !== report) all.set(entry.item, entry);
  const distance = (entry: ItemInReport) => Math.abs(position(entry) - here);
  return [...all.values()]
    .sort((a, b) => distance(a) - distance(b) || order(a, b))
    .slice(0, limit)
    .sort(order);
}

describe('related items at scale', () => {
  it('are, for every item of 120 synthetic meetings in both languages, the nearest ones by definition', () => {
    const label = (entries: ItemInReport[]) =>
      entries.map(({ report, item }) => `${report.lang}/${report.id}/${item.number}`);
    let compared = 0;
    let full = 0;
    for (const report of archive.reports)
      for (const item of report.items) {
        const expected = label(relatedByScan(archive, report, item));
        expect(label(relatedItems(archive, report, item)), `${report.lang}/${report.id} item ${item.number}`).toEqual(
          expected,
        );
        compared++;
        if (expected.length === 10) full++;
      }
    // The corpus must exercise the limit, or the comparison proves little.
    expect(compared).toBeGreaterThan(2000);
    expect(full).toBeGreaterThan(compared / 4);
  });
});

describe('action histories at scale', () => {
  /** The definition: the status on each later meeting day (and the status date), each computed on its own. */
  function timelineByDays(archive: Archive, action: Action, today: string): ActionStatus[] {
    const meeting = archive.reports.find((report) => report.lang === action.lang && report.id === action.reportId);
    const days = archive.reports
      .filter((report) => report.lang === action.lang && report.data.date > (meeting?.data.date ?? ''))
      .map((report) => report.data.date);
    return [...new Set([...days, today])].sort().map((day) => actionStatus(action, day, archive));
  }

  it.for([
    ['the seeds', contentArchive()],
    ['120 synthetic meetings', archive],
  ] as const)('are, for every action of %s in both languages, the status of each day by definition', ([, archive]) => {
    let compared = 0;
    for (const report of archive.reports)
      for (const item of report.items)
        for (const action of item.actions) {
          expect(statusTimeline(action, archive, '2030-01-01')).toEqual(timelineByDays(archive, action, '2030-01-01'));
          compared++;
        }
    expect(compared).toBeGreaterThan(20);
  });
});
