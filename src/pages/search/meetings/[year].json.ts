/**
 * `/search/meetings/{year}.json` (`meetingsDataPath`): the report id and item numbers of each meeting of a year, which
 * the search page fetches to take a reference to a day of that year straight to its page (src/lib/citation-query.ts).
 * One file a year, so a reference fetches a few hundred bytes whatever the size of the archive. Not a permanent
 * address: every build rewrites it, like the search index.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { meetingsOf } from '../../../lib/citation-query.ts';
import { getArchive } from '../../../lib/site-archive.ts';

/** One path per year that has a meeting. */
export async function getStaticPaths() {
  const years = new Set(Object.keys(meetingsOf(await getArchive())).map((id) => id.slice(0, 4)));
  return [...years].map((year) => ({ params: { year }, props: { year } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The year's meetings, as compact JSON. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(meetingsOf(await getArchive(), 'en', props.year)), {
    headers: { 'Content-Type': 'application/json' },
  });
