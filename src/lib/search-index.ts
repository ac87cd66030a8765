/**
 * Writes the Pagefind index for a built site: one index per language, from
 * the records of `search-records.ts`, into `{site}/pagefind/`. Runs in the
 * build after Astro, on the folder that is about to become dist/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Archive } from './archive.ts';
import { searchRecords } from './search-records.ts';

/** Indexes every record and writes the bundle; returns how many records went in. */
export async function writeSearchIndex(archive: Archive, siteDir: string): Promise<number> {
  const records = searchRecords(archive);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    for (const record of records) {
      const { meta, ...rest } = record;
      const added = await index.addCustomRecord({
        ...rest,
        meta: Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as Record<string, string>,
      });
      if (added.errors.length > 0) throw new Error(`pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
