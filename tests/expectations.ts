/**
 * Facts pinned for particular reports (`tests/fixtures/expectations/{id}.yaml`,
 * see the README there), read by the generic tests: the promises range over
 * every report in `content/`; these add what only reading a report can tell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';

const FOLDER = 'tests/fixtures/expectations';

const numbers = z.array(z.string());
const bilingual = z.strictObject({ en: z.string().optional(), es: z.string().optional() });

/** What one report's file pins; every field is optional but `items`. */
const expectationsSchema = z.strictObject({
  /** Official numbers of its items, in order, in both languages (items.test, site.test). */
  items: numbers,
  /** Sub-items of each item that has some (items.test). */
  children: z.record(z.string(), numbers).default({}),
  /** English text of items, exactly (items.test). */
  texts: z.record(z.string(), z.string()).default({}),
  /** Number of paragraphs of items, both languages (items.test). */
  paragraphs: z.record(z.string(), z.number()).default({}),
  /** HTML fragments each item's English HTML contains (items.test). */
  html: z.record(z.string(), z.array(z.string())).default({}),
  /** Per item: countries, organizations, initiatives, ids separated by spaces in order of first mention (mentions.test). */
  mentions: z.record(z.string(), z.tuple([z.string(), z.string(), z.string()])).default({}),
  /** What named countries and organizations do in items, both languages (mentions.test). */
  roles: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  /** Citation of the whole report per language, `${SITE}` for the origin (citation.test). */
  citation: bilingual.default({}),
  /** Citations of items per language (citation.test). */
  itemCitations: z.record(z.string(), bilingual).default({}),
  /** The report page's <h1> per language (parity.test). */
  title: bilingual.default({}),
  /** This report's items on each initiative's timeline (connections.test). */
  timelines: z.record(z.string(), numbers).default({}),
  /** Items of other reports an item's page lists as related, both languages (connections.test). */
  related: z.record(z.string(), z.array(z.string())).default({}),
  /** ISO code of the host country in the report page's JSON-LD (open-data.test). */
  addressCountry: z.string().optional(),
  /** Texts built pages show: page, element, texts it contains (site.test). */
  pages: z.array(z.strictObject({ url: z.string(), selector: z.string(), contains: z.array(z.string()) })).default([]),
});

/** One report's pinned facts, with its id. */
export type ReportExpectations = z.output<typeof expectationsSchema> & { id: string };

let cache: ReportExpectations[] | undefined;

/**
 * Every report's pinned facts, by file name, oldest first; `${SITE}` in texts
 * is replaced by the configured origin. Throws, naming the file and field, on
 * a file that does not fit the schema.
 * Example: `reportExpectations()[0]` → `{ id: '2016-11-15', items: ['1', …], … }`.
 */
export function reportExpectations(): ReportExpectations[] {
  cache ??= readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(FOLDER, name);
      const text = readFileSync(file, 'utf8').replaceAll('${SITE}', SITE);
      const result = expectationsSchema.safeParse(parse(text));
      if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
      return { id: basename(name, '.yaml'), ...result.data };
    });
  return cache;
}

/** The ids of a space-separated list in a facts file (`'iom rcm'` → `['iom', 'rcm']`, `''` → `[]`). */
export const split = (ids: string): string[] => (ids ? ids.split(' ') : []);
