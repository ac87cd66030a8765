/**
 * Writes the Pagefind index for a built site: one index per language, from
 * the records of `search-records.ts`, into `{site}/pagefind/`. Runs in the
 * build after Astro, on the folder that is about to become dist/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../schemas/index.ts';
import type { Archive } from './archive.ts';
import { writeFiles } from './file-writer.ts';
import { searchRecords } from './search-records.ts';

/** Pagefind's entry file: what each language's index is called, and how many pages it has. */
const ENTRY_FILE = 'pagefind-entry.json';

/** Indexes every record and writes the bundle; returns how many records went in. */
export async function writeSearchIndex(archive: Archive, siteDir: string): Promise<number> {
  const records = searchRecords(archive);
  const files = new Map<string, Uint8Array>();
  let entry: { languages: Record<string, unknown> } | undefined;
  try {
    // One Pagefind index per language, each holding only its records. Pagefind's service spends longer on
    // each record the more its index holds (0.13 ms at 12,000 records, 0.53 ms at 40,000), so two half-size
    // indexes took two thirds of the time of one at 1,000 reports. Each language is its own index in the bundle anyway.
    for (const lang of LANGS) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
      await Promise.all(
        records
          .filter((record) => record.language === lang)
          .map(async ({ meta, ...rest }) => {
            const added = await index.addCustomRecord({
              ...rest,
              meta: Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as Record<string, string>,
            });
            if (added.errors.length > 0) throw new Error(`pagefind rejected ${rest.url}: ${added.errors.join('; ')}`);
          }),
      );
      // Pagefind writes its files one at a time; taken in memory, they are written many at a time.
      const bundle = await index.getFiles();
      if (bundle.errors.length > 0) throw new Error(`pagefind could not build the ${lang} index: ${bundle.errors.join('; ')}`);
      for (const file of bundle.files) {
        if (file.path !== ENTRY_FILE) files.set(file.path, file.content);
        else {
          // The two entry files each list one language; the bundle's lists both.
          const part = JSON.parse(new TextDecoder().decode(file.content)) as { languages: Record<string, unknown> };
          entry = entry ? { ...entry, languages: { ...entry.languages, ...part.languages } } : part;
        }
      }
    }
  } finally {
    await pagefind.close();
  }
  if (entry) files.set(ENTRY_FILE, new TextEncoder().encode(JSON.stringify(entry)));
  await writeFiles([...files].map(([path, content]) => [join(siteDir, 'pagefind', path), content] as const));
  return records.length;
}
