/**
 * The archived original texts, served byte for byte at `/sources/{file}`, so
 * every report page can link to the document its text was taken from.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSource } from '../../lib/content-files.ts';
import { getArchive } from '../../lib/site-archive.ts';

/** One path per archived source file that a report points at. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const files = [...new Set(archive.reports.map((report) => report.data.source.file))].sort();
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

/** The file's bytes, unchanged. */
export const GET: APIRoute = ({ params }) => new Response(readSource(String(params['file'])));
