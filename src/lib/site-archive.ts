/**
 * The archive as the site sees it: Astro's validated collections handed to
 * `buildArchive`. Built once per build and shared by every page, so no page
 * re-reads or re-parses content.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { type Archive, buildArchive } from './archive.ts';
import { readChanges } from './content-files.ts';

let archive: Promise<Archive> | undefined;

/** The whole archive; the first call builds it, later calls share the result. */
export function getArchive(): Promise<Archive> {
  archive ??= load();
  return archive;
}

async function load(): Promise<Archive> {
  const [reports, countries, organizations, initiatives] = await Promise.all([
    getCollection('reports'),
    getCollection('countries'),
    getCollection('organizations'),
    getCollection('initiatives'),
  ]);
  return buildArchive({
    reports: reports.map((entry) => {
      const file = entry.filePath ?? `content/reports/${entry.id}.mdx`;
      const body = entry.body ?? '';
      return { file, data: entry.data, body, bodyLine: bodyLineOf(file, body) };
    }),
    countries: countries.map((entry) => entry.data),
    organizations: organizations.map((entry) => entry.data),
    initiatives: initiatives.map((entry) => entry.data),
    // Not a collection: Astro warns about an empty one, and the list is usually empty.
    changes: readChanges(),
  });
}

/** Line on which the body starts, so item lines match the file an author edits. */
function bodyLineOf(file: string, body: string): number {
  const text = readFileSync(file, 'utf8');
  const offset = text.lastIndexOf(body);
  return offset < 0 ? 1 : text.slice(0, offset).split('\n').length;
}
