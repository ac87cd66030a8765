/**
 * Writes the Pagefind index for a built site: one index per language, from
 * the records of `search-records.ts`, into `{site}/pagefind/`. Runs in the
 * build beside Astro, from the archive alone.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../schemas/index.ts';
import type { Archive } from './archive.ts';
import { writeFiles } from './file-writer.ts';
import { html, type Html } from './html.ts';
import { type SearchRecord, searchRecords } from './search-records.ts';

/** Pagefind's entry file: what each language's index is called, and how many pages it has. */
const ENTRY_FILE = 'pagefind-entry.json';

/** The weight of a record's lead (its number or title): Pagefind's weight for an `h1`. */
const LEAD_WEIGHT = 7;

/**
 * A record as the page Pagefind reads: its text is the whole body (its lead, weighted as a title, then its
 * content), and its meta and filters are `<meta>` tags that Pagefind takes whole from their `content`
 * (so a value may hold commas or colons). Pagefind indexes it exactly as the record it stands for
 * (tests/search-index.test.ts).
 */
export function recordPage(record: SearchRecord): Html {
  const tag = (kind: 'meta' | 'filter', key: string, value: string) =>
    html`<meta data-pagefind-${kind}="${key}[content]" content="${value}" />`;
  const meta = Object.entries(record.meta).flatMap(([key, value]) =>
    value === undefined ? [] : [tag('meta', key, value)],
  );
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((value) => tag('filter', key, value)),
  );
  return html`<!doctype html>
    <html lang="${record.language}">
      <head>
        <meta charset="utf-8" />
        ${meta}${filters}
      </head>
      <body data-pagefind-body>
        <span data-pagefind-weight="${String(LEAD_WEIGHT)}">${record.lead}</span>
        ${record.content}
      </body>
    </html>`;
}

/** Where the record pages are written: memory (tmpfs) where there is one, since the disk is slow at creating files. */
function scratchRoot(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

/** Indexes every record and writes the bundle; returns how many records went in. */
export async function writeSearchIndex(archive: Archive, siteDir: string): Promise<number> {
  const records = searchRecords(archive);
  const files = new Map<string, Uint8Array>();
  let entry: { languages: Record<string, unknown> } | undefined;
  const scratch = await mkdtemp(join(scratchRoot(), 'archive-search-'));
  try {
    for (const lang of LANGS) {
      // Pagefind's custom records cost more the more the index holds (each is compared with the URL of
      // every record before it: minutes per language at 5,000 reports). A folder of pages is read in
      // parallel and without that comparison: at 5,000 reports, about 20 s per language all told.
      const folder = join(scratch, lang);
      const own = records.filter((record) => record.language === lang);
      // One at a time, in record order: Pagefind numbers pages in the order it finds the files, which is
      // the order they were created in, so a build is reproducible only if that order is. (In memory,
      // 20,000 files take half a second.)
      for (const record of own) {
        const page = join(folder, record.url);
        mkdirSync(page, { recursive: true });
        writeFileSync(join(page, 'index.html'), recordPage(record).value);
      }
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: folder });
      if (added.errors.length > 0)
        throw new Error(`pagefind could not index the ${lang} records: ${added.errors.join('; ')}`);
      if (added.page_count !== own.length)
        throw new Error(`pagefind indexed ${added.page_count} of the ${own.length} ${lang} records`);
      // Pagefind writes its files one at a time; taken in memory, they are written many at a time.
      const bundle = await index.getFiles();
      if (bundle.errors.length > 0)
        throw new Error(`pagefind could not build the ${lang} index: ${bundle.errors.join('; ')}`);
      // One language's index is no longer needed in Pagefind's memory once its files are out. Deleting it
      // does not give the memory back (at 1,000 reports Pagefind peaked at 700 MB with both languages in
      // one process, 625 MB with one each): the next language gets a fresh process.
      await index.deleteIndex();
      await pagefind.close();
      await rm(folder, { recursive: true, force: true });
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
    await rm(scratch, { recursive: true, force: true });
  }
  if (entry) files.set(ENTRY_FILE, new TextEncoder().encode(JSON.stringify(entry)));
  await writeFiles([...files].map(([path, content]) => [join(siteDir, 'pagefind', path), content] as const));
  return records.length;
}
