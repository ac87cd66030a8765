/**
 * `/search/meetings.json` (`meetingsDataPath()`): every meeting's report id and item numbers, which the search page
 * fetches to take a cited reference straight to its page (src/lib/citation-query.ts). Not a permanent address: it is
 * rewritten by every build, like the search index.
 */
import type { APIRoute } from 'astro';
import { meetingsOf } from '../../lib/citation-query.ts';
import { getArchive } from '../../lib/site-archive.ts';

/** The meetings, as compact JSON. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(meetingsOf(await getArchive())), { headers: { 'Content-Type': 'application/json' } });
