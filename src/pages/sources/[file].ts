/**
 * The archived originals, served byte for byte at `/sources/{file}` (text,
 * PDF, Word or a saved web page), so every report page can link to the
 * document its text was taken from.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSourceBytes } from '../../lib/source-files.ts';
import { contentDir, getArchive } from '../../lib/site-archive.ts';

/** One path per archived source file that a report points at. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const files = [...new Set(archive.reports.map((report) => report.data.source.file))].sort();
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

/** The file's bytes, unchanged (a text in UTF-16 or Windows-1252 too: never re-encoded). */
export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readSourceBytes(String(params['file']), contentDir())));
