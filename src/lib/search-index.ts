/**
 * Writes the Pagefind index for a built site: one index per language, from
 * the records of `search-records.ts`, into `{site}/pagefind/`. Runs in the
 * build after Astro, on the folder that is about to become dist/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive } from './archive.ts';
import { writeFiles } from './file-writer.ts';
import { searchRecords } from './search-records.ts';

/** Indexes every record and writes the bundle; returns how many records went in. */
export async function writeSearchIndex(archive: Archive, siteDir: string): Promise<number> {
  const records = searchRecords(archive);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    // All records at once: the Pagefind service answers them in parallel; one round trip at a time cost ~0.5 ms each.
    await Promise.all(
      records.map(async ({ meta, ...rest }) => {
        const added = await index.addCustomRecord({
          ...rest,
          meta: Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as Record<string, string>,
        });
        if (added.errors.length > 0) throw new Error(`pagefind rejected ${rest.url}: ${added.errors.join('; ')}`);
      }),
    );
    // Pagefind writes its files one at a time; taken in memory, they are written many at a time.
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`pagefind could not build the index: ${bundle.errors.join('; ')}`);
    await writeFiles(bundle.files.map((file) => [join(siteDir, 'pagefind', file.path), file.content] as const));
    return records.length;
  } finally {
    await pagefind.close();
  }
}
