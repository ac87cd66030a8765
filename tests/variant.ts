/**
 * The suite's second shared site: one build of a copy of the content with every change the site tests need to see
 * built, instead of one build per test file. Made once per run by tests/global-setup.ts (for the site and browser
 * projects) and read through `variantSite()` (tests/helpers.ts). The changes touch different reports, so each test
 * still sees exactly the situation it pins:
 *
 * - the two added documents of tests/fixtures/documents (RCGM conclusions of 2014-06-24 that the archive numbered,
 *   and the 2015-05-20 report that skips items and prints 3 twice): tests/documents-site.test.ts;
 * - the 2016-11-15 meeting made virtual, with no venue, in both languages: tests/visible-text.test.ts;
 * - item 7.c of the 2017-11-27 report moved to 7.b and its item 9 withdrawn (`MOVED_AND_WITHDRAWN`), in both
 *   languages: tests/hosting.test.ts and tests/permalinks.test.ts;
 * - publication dates that differ from the meeting order (the 2016 meeting put online after the 2017 one, which was
 *   then updated), and the production origin `VARIANT_ORIGIN` (so the site is no preview): tests/origin.test.ts.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/schemas/index.ts';

/**
 * A `changes.yaml` that moves item 7.c of the 2017 report to 7.b and withdraws its item 9, in both languages:
 * the fixture of the tests of moved and withdrawn URLs (the permalink ledger, the real servers).
 */
export const MOVED_AND_WITHDRAWN = [
  '- id: reports/2017-11-27/items/7/c/',
  '  kind: moved',
  '  to: reports/2017-11-27/items/7/b/',
  '  date: "2027-03-01"',
  '  reason: { en: A corrigendum merged 7.c into 7.b., es: Una fe de erratas fusionó el 7.c con el 7.b. }',
  '- id: reports/2017-11-27/items/9/',
  '  kind: withdrawn',
  '  see: reports/2017-11-27/',
  '  date: "2027-03-01"',
  '  reason: { en: Published in error., es: Publicado por error. }',
  '',
].join('\n');

/** The production origin the variant is built for: a site with an origin, no preview. */
export const VARIANT_ORIGIN = 'https://archive.test.example';

/** The files besides content/ whose change makes the variant stale (its freshness check in the global setup). */
export const VARIANT_SOURCES = [
  'tests/variant.ts',
  // Where it is built, and with which settings.
  'tests/global-setup.ts',
  'tests/fixtures/documents/reports',
  'tests/fixtures/documents/sources',
];

/**
 * Removes item `number` (`"7.c"`) of a report from both language texts of a content folder.
 *
 * @throws Error when the item is not in a text, naming the file: the fixture no longer fits the content.
 */
export function removeItem(dir: string, report: string, number: string): void {
  for (const lang of LANGS) {
    const file = join(dir, 'reports', lang, `${report}.mdx`);
    const text = readFileSync(file, 'utf8');
    const pattern = new RegExp(`<Item n="${number.replace('.', '\\.')}"[^>]*>[\\s\\S]*?</Item>\\n?`);
    if (!pattern.test(text)) throw new Error(`${file}: no item ${number} to remove`);
    writeFileSync(file, text.replace(pattern, ''));
  }
}

/**
 * Makes the 2016 meeting virtual in a content folder: `format: virtual` and no venue, in both languages.
 *
 * @throws Error when a text has no in-person format or venue to change, naming the file.
 */
export function makeVirtual(dir: string, report = '2016-11-15'): void {
  for (const lang of LANGS) {
    const file = join(dir, 'reports', lang, `${report}.mdx`);
    const text = readFileSync(file, 'utf8');
    const virtual = text.replace(/^format: in-person$/m, 'format: virtual').replace(/^venue:\n(?: {2}.*\n)+/m, '');
    if (virtual === text || /^venue:/m.test(virtual)) throw new Error(`${file}: no in-person venue to take away`);
    writeFileSync(file, virtual);
  }
}

/**
 * Replaces the `published:` line of a report in both languages with `line`.
 *
 * @throws Error when a text has no `published:` line, naming the file.
 */
export function setPublished(dir: string, report: string, line: string): void {
  for (const lang of LANGS) {
    const file = join(dir, 'reports', lang, `${report}.mdx`);
    const text = readFileSync(file, 'utf8');
    if (!/^published: .*$/m.test(text)) throw new Error(`${file}: no published: line to change`);
    writeFileSync(file, text.replace(/^published: .*$/m, line));
  }
}

/** Writes into `dir` (a copy of the content) every change listed at the top of this module. */
export function makeVariantContent(dir: string): void {
  for (const folder of ['reports', 'sources'])
    cpSync(join('tests', 'fixtures', 'documents', folder), join(dir, folder), { recursive: true });
  makeVirtual(dir);
  removeItem(dir, '2017-11-27', '9');
  removeItem(dir, '2017-11-27', '7.c');
  writeFileSync(join(dir, 'changes.yaml'), MOVED_AND_WITHDRAWN);
  // The older meeting was put online later; the newer one was corrected after that.
  setPublished(dir, '2016-11-15', 'published: "2026-12-05"');
  setPublished(dir, '2017-11-27', 'published: "2026-11-30"\nupdated: "2026-12-10"');
}
