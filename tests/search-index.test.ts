/**
 * The search index holds every search record exactly: Pagefind reads each
 * record as a small page (`recordPage`), and what it stores for that page
 * (text, meta, filters) must be the record itself.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { recordPage } from '../src/lib/search-index.ts';
import { type SearchRecord, searchRecords } from '../src/lib/search-records.ts';
import { contentArchive, normalise, requireBuild, scratchDir, SITE_DIR } from './helpers.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What Pagefind writes at the start of each of its files, once ungzipped. */
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's fragment files: gzip, then a signature, then JSON. */
function decodeFragment(bytes: Uint8Array): Fragment {
  return JSON.parse(gunzipSync(bytes).toString('utf8').replace(SIGNATURE, '')) as Fragment;
}

/** What Pagefind should store for a record: its lead and text, whitespace collapsed; its meta; its filters with values. */
function expected(record: SearchRecord): Omit<Fragment, 'url'> {
  return {
    content: normalise(`${record.lead} ${record.content}`),
    meta: Object.fromEntries(Object.entries(record.meta).filter(([, value]) => value !== undefined)) as Record<
      string,
      string
    >,
    filters: Object.fromEntries(Object.entries(record.filters).filter(([, values]) => values.length > 0)),
  };
}

const stored = (fragment: Fragment) => ({ content: fragment.content, meta: fragment.meta, filters: fragment.filters });

describe('search index of the built site', () => {
  requireBuild();

  it('holds every record once, with its text, meta and filters, and nothing else', () => {
    const folder = join(SITE_DIR, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).map((name) => decodeFragment(readFileSync(join(folder, name))));
    const records = searchRecords(contentArchive());
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(records.map((record) => record.url).sort());
    const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
    for (const record of records)
      expect(stored(byUrl.get(record.url) as Fragment), record.url).toEqual(expected(record));
  });

  // Pagefind keeps, for each sort key, every record's place in that order in pf_meta, the file every first search
  // loads (42 KB gzip at 1,000 reports): newest first comes from the meeting filter instead (src/lib/search-newest.ts).
  it('has no sort order in the file every search loads, and the meeting filter in a file of its own', () => {
    const folder = join(SITE_DIR, 'pagefind');
    const metas = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
    expect(metas).toHaveLength(2);
    for (const name of metas) {
      // gzip, Pagefind's signature, then CBOR: [version, pages, index chunks, filters, sorts, meta fields].
      const meta = decode(gunzipSync(readFileSync(join(folder, name))).subarray(SIGNATURE.length)) as unknown[][];
      expect(meta[4], name).toEqual([]);
      expect((meta[3] as [string, string][]).map(([filter]) => filter)).toContain('meeting');
    }
  });
});

describe('recordPage', () => {
  const folder = scratchDir('record-page-');
  afterAll(() => pagefind.close());

  it('carries values with commas, colons, quotes and markup into Pagefind unchanged', async () => {
    const record: SearchRecord = {
      url: '/en/reports/2001-02-03/items/4/b/',
      lead: '4.b',
      content: 'To note <script>alert("x")</script> & the “Plan, phase 2: pilots”\n\nsecond paragraph',
      language: 'en',
      meta: {
        title: 'Item 4.b · Report, "draft": 3 < 4',
        date: '3 February 2001',
        venue: 'Tegucigalpa, Honduras',
        kind: 'item',
        number: '4.b',
      },
      filters: {
        year: ['2001'],
        country: ['Bolivia (Plurinational State of)'],
        initiative: ['Plan, phase 2: pilots'],
        organization: [],
        asked: [],
        offered: [],
        meeting: ['2001-02-03'],
      },
    };
    mkdirSync(join(folder, record.url), { recursive: true });
    writeFileSync(join(folder, record.url, 'index.html'), recordPage(record).value);
    const { index } = await pagefind.createIndex({});
    const added = await index!.addDirectory({ path: folder });
    expect(added.errors).toEqual([]);
    const { files } = await index!.getFiles();
    const fragments = files
      .filter((file) => file.path.startsWith('fragment/'))
      .map((file) => decodeFragment(file.content));
    expect(fragments.map((fragment) => fragment.url)).toEqual([record.url]);
    expect(stored(fragments[0]!)).toEqual(expected(record));
  });
});
