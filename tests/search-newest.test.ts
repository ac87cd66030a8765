/**
 * Newest first (src/lib/search-newest.ts) against a Pagefind of our own making: the order, the hits loaded a page at a
 * time as "Show more results" asks for them, and only the meetings a page needs searched. The same over the built
 * site in Chromium: tests/search-golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Meetings } from '../src/lib/citation-query.ts';
import { documentPosition, newerFirst, newestFirst } from '../src/lib/search-newest.ts';
import type { PagefindHit, PagefindModule, PagefindResult } from '../src/lib/search-query.ts';

/** The archive the fake index holds: report ids and their items in document order. */
const MEETINGS: Meetings = {
  '2016-11-15': ['1', '2', '3'],
  '2017-11-27': ['1', '2', '2.a', '2.b', '10'],
  '2017-11-27-2': ['1'],
};

/** A record's URL: the report, or one of its items. */
const url = (report: string, number?: string) =>
  `/en/reports/${report}/${number === undefined ? '' : `items/${number.replace('.', '/')}/`}`;

/** A fake of Pagefind's `search`: hits of `hits` (most relevant first), per-meeting counts, searches and loads counted. */
function fakePagefind(hits: string[]): { pagefind: PagefindModule; searched: string[]; loaded: string[] } {
  const searched: string[] = [];
  const loaded: string[] = [];
  const result = (path: string): PagefindResult => ({
    id: path,
    words: [0],
    data: async () => (loaded.push(path), { url: path, excerpt: '', meta: {} }) as PagefindHit,
  });
  const meetingOf = (path: string) => path.split('/')[3] ?? '';
  const pagefind: PagefindModule = {
    options: async () => undefined,
    search: async (_query, options) => {
      const meeting = (options as { filters: { meeting?: string | [] } }).filters.meeting;
      if (typeof meeting === 'string') {
        searched.push(meeting);
        // Relevance order, not document order: reversed.
        return {
          results: hits
            .filter((path) => meetingOf(path) === meeting)
            .reverse()
            .map(result),
        };
      }
      const counts: Record<string, number> = {};
      for (const path of hits) counts[meetingOf(path)] = (counts[meetingOf(path)] ?? 0) + 1;
      return { results: hits.map(result), filters: meeting ? { meeting: { ...counts, '2001-01-01': 0 } } : {} };
    },
  };
  return { pagefind, searched, loaded };
}

/** The hits of a newest-first answer, loaded `page` at a time as the search page does. */
async function pages(results: PagefindResult[], page: number): Promise<string[][]> {
  const shown: string[][] = [];
  for (let start = 0; start < results.length; start += page)
    shown.push((await Promise.all(results.slice(start, start + page).map((hit) => hit.data()))).map((hit) => hit.url));
  return shown;
}

describe('newest first', () => {
  const hits = [
    url('2016-11-15', '3'),
    url('2017-11-27', '10'),
    url('2017-11-27', '2.a'),
    url('2017-11-27-2'),
    url('2016-11-15'),
    url('2017-11-27', '2'),
    url('2017-11-27'),
    url('2016-11-15', '1'),
  ];
  const meetingsOf = async (year: string) =>
    Object.fromEntries(Object.entries(MEETINGS).filter(([id]) => id.startsWith(year)));

  it('lists meetings newest first, each as its report then its items in document order, over "Show more"', async () => {
    const { pagefind } = fakePagefind(hits);
    const found = (await pagefind.search('x', { filters: {} }))?.results ?? [];
    const results = await newestFirst(pagefind, { query: 'x', filters: {} }, found, meetingsOf);
    expect(results).toHaveLength(hits.length);
    expect((await pages(results, 3)).flat()).toEqual([
      url('2017-11-27-2'),
      url('2017-11-27'),
      url('2017-11-27', '2'),
      url('2017-11-27', '2.a'),
      url('2017-11-27', '10'),
      url('2016-11-15'),
      url('2016-11-15', '1'),
      url('2016-11-15', '3'),
    ]);
  });

  it("searches and loads only the meetings the page shown needs, each year's meetings once", async () => {
    const { pagefind, searched, loaded } = fakePagefind(hits);
    const found = (await pagefind.search('x', { filters: {} }))?.results ?? [];
    loaded.length = 0;
    const years: string[] = [];
    const results = await newestFirst(pagefind, { query: 'x', filters: {} }, found, (year) => {
      years.push(year);
      return meetingsOf(year);
    });
    await Promise.all(results.slice(0, 3).map((hit) => hit.data()));
    expect(searched).toEqual(['2017-11-27-2', '2017-11-27']);
    expect(loaded).toHaveLength(5);
    await Promise.all(results.slice(3, 6).map((hit) => hit.data()));
    expect(searched).toEqual(['2017-11-27-2', '2017-11-27', '2016-11-15']);
    expect(years).toEqual(['2017', '2016']);
  });

  it('keeps only the hits it was given, and lists last those no meeting gives', async () => {
    const { pagefind } = fakePagefind(hits);
    const all = (await pagefind.search('x', { filters: {} }))?.results ?? [];
    // The page dropped some hits (numbers not whole, only meta matched); a stray one has no meeting.
    const stray: PagefindResult = {
      id: 'stray',
      words: [0],
      data: async () => ({ url: '/en/x/', excerpt: '', meta: {} }),
    };
    const found = [...all.filter((result) => !result.id.includes('2017-11-27/')), stray];
    const results = await newestFirst(pagefind, { query: 'x', filters: {} }, found, meetingsOf);
    expect((await pages(results, 10)).flat()).toEqual([
      url('2017-11-27-2'),
      url('2016-11-15'),
      url('2016-11-15', '1'),
      url('2016-11-15', '3'),
      '/en/x/',
    ]);
  });

  it('orders report ids by day, a second meeting of a day first', () => {
    expect(['2016-11-15', '2017-11-27', '2017-11-27-2', '2017-11-27-10', '2017-02-01'].sort(newerFirst)).toEqual([
      '2017-11-27-10',
      '2017-11-27-2',
      '2017-11-27',
      '2017-02-01',
      '2016-11-15',
    ]);
  });

  it('places a record by its URL: the report first, then its items as the meeting lists them', () => {
    const items = MEETINGS['2017-11-27'];
    expect(documentPosition('/es/reports/2017-11-27/', items)).toBe(-1);
    expect(documentPosition('/en/reports/2017-11-27/items/2/a/', items)).toBe(2);
    expect(documentPosition('/en/reports/2017-11-27/items/10/', items)).toBe(4);
    // Unknown items (the year's file could not be had) come after the known ones.
    expect(documentPosition('/en/reports/2017-11-27/items/3/', items)).toBeGreaterThan(4);
    expect(documentPosition('/en/reports/2017-11-27/items/3/', undefined)).toBeGreaterThan(4);
  });
});
