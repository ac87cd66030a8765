/**
 * Newest first (issue 20, part 5): a search's reports and items, newest meeting first, each meeting read as its
 * report, then its items in document order. Loaded by the search page only when the reader asks for that order
 * (src/scripts/search.ts, through a `LazyScript`), so a search in the default order loads none of it.
 *
 * Pagefind could sort by a key, but it keeps every record's place in each sort order inside `pf_meta`, the file
 * every first search loads (42 KB gzip at 1,000 reports; docs/search.md, "At 1,000 reports"). Instead each record
 * carries its meeting as the filter `meeting` (src/lib/search-records.ts), whose file Pagefind loads only for a
 * search that names it. One search with that filter left open gives the query's hits per meeting; then, as hits are
 * shown, one search per meeting (newest first, meetings without hits skipped) gives that meeting's hits, put in
 * document order by the meeting's item numbers (the year's meetings file, `meetingsDataPath`, which the reading of
 * citations uses too).
 */
import type { Meetings } from './citation-query.ts';
import { meetingsOfYear } from './meetings-data.ts';
import {
  ask as askByRelevance,
  type PagefindHit,
  type PagefindModule,
  type PagefindResult,
  type SearchAnswer,
  type SearchQuestion,
} from './search-query.ts';
import { parseReportPath } from './urls.ts';

/** Where the position of a meeting's records is read from: a year's meetings (null when it cannot be had). */
export type MeetingsSource = (year: string) => Promise<Meetings | null>;

/**
 * `ask` of src/lib/search-query.ts, newest first: the subjects the query names as that `ask` gives them, then the
 * reports and items newest first (`newestFirst`). Named as that one is, so the page calls whichever it has.
 *
 * @example const { subjects, results } = await ask(pagefind, { query: 'IOM', filters: {} })
 * @throws whatever Pagefind throws (a missing index or filter file), from this call or from a result's `data()`.
 */
export async function ask(pagefind: PagefindModule, question: SearchQuestion): Promise<SearchAnswer> {
  const answer = await askByRelevance(pagefind, question);
  return { ...answer, results: await newestFirst(pagefind, question, answer.results) };
}

/**
 * The search's reports and items (`found`, already kept by `ask`: found by their own words, numbers whole) newest
 * first: as many results as `found`, the n-th of which loads the n-th hit in that order. The work is done as hits are
 * loaded (one Pagefind search per meeting and the hits' fragments, up to the hit asked for), so the first ten hits of
 * a common word do not cost a search of every meeting. A hit that no meeting gives (none should) comes last.
 *
 * @example answer.results = await newestFirst(pagefind, { query: 'IOM', filters: {} }, answer.results)
 * @throws whatever Pagefind throws (a missing filter file), from this call or from a result's `data()`.
 */
export async function newestFirst(
  pagefind: PagefindModule,
  question: SearchQuestion,
  found: PagefindResult[],
  meetingsOf: MeetingsSource = meetingsOfYear,
): Promise<PagefindResult[]> {
  const query = question.query || null;
  // An empty list of values restricts nothing, but has Pagefind load the filter and count the hits per meeting.
  const probe = await pagefind.search(query, { filters: { ...question.filters, meeting: [] } });
  const counts = probe?.filters?.['meeting'] ?? {};
  const meetings = Object.keys(counts)
    .filter((id) => (counts[id] ?? 0) > 0)
    .sort(newerFirst);
  // A year's meetings fetched once, however many of its meetings have hits.
  const years = new Map<string, Promise<Meetings | null>>();
  const yearOf: MeetingsSource = (year) => years.get(year) ?? years.set(year, meetingsOf(year)).get(year)!;
  const waiting = new Map(found.map((result) => [result.id, result]));
  const ordered: PagefindHit[] = [];
  let filling = Promise.resolve();
  // One fill at a time, in order: the page asks for ten hits at once.
  const fill = (index: number) =>
    (filling = filling.then(async () => {
      while (ordered.length <= index && meetings.length > 0) {
        const meeting = meetings.shift() ?? '';
        const results = await pagefind.search(query, { filters: { ...question.filters, meeting } });
        const own = (results?.results ?? []).flatMap((result) => waiting.get(result.id) ?? []);
        for (const result of own) waiting.delete(result.id);
        ordered.push(...(await inDocumentOrder(meeting, own, yearOf)));
      }
      if (ordered.length <= index) {
        // Hits no meeting gave (none should): last, most relevant first.
        const rest = [...waiting.values()];
        waiting.clear();
        ordered.push(...(await Promise.all(rest.map((result) => result.data()))));
      }
    }));
  // Every hit of `found` is in `ordered` once all is filled: from its meeting, or among the rest.
  return found.map((result, index) => ({
    ...result,
    data: async () => {
      await fill(index);
      const hit = ordered[index];
      if (!hit) throw new Error(`search: newest first has no hit ${index} of ${found.length}`);
      return hit;
    },
  }));
}

/**
 * Report ids newest first: a later day first, and of two meetings the same day the second (`2017-11-27-2`) first.
 *
 * @example ['2016-11-15', '2017-11-27-2', '2017-11-27'].sort(newerFirst)
 *   // ['2017-11-27-2', '2017-11-27', '2016-11-15']
 */
export function newerFirst(a: string, b: string): number {
  return b.localeCompare(a, 'en', { numeric: true });
}

/**
 * Where a record stands in its meeting: -1 for the report, then its item's place in the meeting's items (document
 * order); last when the meeting's items are not known.
 *
 * @example documentPosition('/en/reports/2017-11-27/items/2/a/', ['1', '2', '2.a']) // 2
 * @example documentPosition('/es/reports/2017-11-27/', ['1', '2', '2.a']) // -1
 */
export function documentPosition(url: string, items: string[] | undefined): number {
  const number = parseReportPath(url.replace(/^\/[a-z]{2}\//, ''))?.number;
  if (number === undefined) return -1;
  const position = items?.indexOf(number) ?? -1;
  return position === -1 ? Number.MAX_SAFE_INTEGER : position;
}

/** A meeting's hits loaded, in document order. */
async function inDocumentOrder(
  meeting: string,
  results: PagefindResult[],
  meetingsOf: MeetingsSource,
): Promise<PagefindHit[]> {
  const [hits, meetings] = await Promise.all([
    Promise.all(results.map((result) => result.data())),
    meetingsOf(meeting.slice(0, 4)),
  ]);
  const items = meetings?.[meeting];
  return hits.sort((a, b) => documentPosition(a.url, items) - documentPosition(b.url, items));
}
