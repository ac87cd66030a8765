/**
 * A year's meetings as the search page fetches them (`/search/meetings/{year}.json`, `meetingsDataPath`, written by
 * an Astro endpoint from the archive): report ids and item numbers in document order. Read by the reading of
 * citations (src/scripts/search-reference.ts) and by newest first (src/lib/search-newest.ts). Runs in the browser.
 */
import type { Meetings } from './citation-query.ts';
import { meetingsDataPath } from './urls.ts';

/**
 * A year's meetings; none for a year without meetings (no file: 404), null when the list cannot be had (network,
 * server error, a file that is not JSON). Never throws.
 *
 * @example const meetings = await meetingsOfYear('2017') // { '2017-11-27': ['1', '2', '2.a', …] } or {} or null
 */
export async function meetingsOfYear(year: string): Promise<Meetings | null> {
  const response = await fetch(meetingsDataPath(year)).catch(() => null);
  if (response?.status === 404) return {};
  return response?.ok ? ((await response.json().catch(() => null)) as Meetings | null) : null;
}
