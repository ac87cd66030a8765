/**
 * `npm run build`: checks the content, builds the site, its search index and
 * its exports into a fresh folder, checks the permalink ledger against it, and
 * only then swaps it in as `dist/`. A failed build prints its problems and
 * leaves the previous `dist/` untouched, never half-written.
 * Usage: node scripts/build.ts [--content <dir>] [--out <dir>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printWarnings, runCli } from '../src/lib/cli.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
// Every module below reads the content folder from ARCHIVE_CONTENT; set it before they load.
if (values.content) process.env['ARCHIVE_CONTENT'] = resolve(values.content);
const out = resolve(values.out);
const work = join(dirname(out), `.build-${basename(out)}`);

runCli(async () => {
  const { loadArchiveFromFiles } = await import('../src/lib/content-files.ts');
  const { writeExports } = await import('../src/lib/exports.ts');
  const { LEDGER_FILE, ledgerProblems, readLedger, siteUrls, unrecorded } = await import('../src/lib/permalinks.ts');
  const { ContentError } = await import('../src/lib/problems.ts');
  const { writeSearchIndex } = await import('../src/lib/search-index.ts');
  const { SITE } = await import('../src/lib/site.ts');
  const { OUTSIDE_ASTRO_ENV, staticPageUrls, writeStaticPages } = await import('../src/lib/static-pages.ts');

  // Stage times, for `npm run bench` (BENCH_TIMINGS names the file to write them to).
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    timings[stage] = Math.round(now - mark);
    mark = now;
  };

  const archive = loadArchiveFromFiles();
  printWarnings(archive.warnings);
  lap('content');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const next = join(work, 'site');
  // The sitemap integration cannot see pages written outside Astro: it reads their URLs from this file.
  const sitemapPages = join(work, 'sitemap-pages.json');
  writeFileSync(sitemapPages, JSON.stringify(staticPageUrls(archive, SITE)));

  // Astro runs as a child so its own output (and any failure) stays as Astro prints it.
  const astro = spawnSync('astro', ['build', '--outDir', next], {
    stdio: 'inherit',
    // A build into another folder (tests, reproducibility checks) starts from an empty cache of its own.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ARCHIVE_SITEMAP_PAGES: sitemapPages,
      [OUTSIDE_ASTRO_ENV]: '1',
      ...(values.content || values.out !== 'dist' ? { ARCHIVE_CACHE_DIR: join(work, 'cache') } : {}),
    },
  });
  if (astro.status !== 0)
    throw new Error(`astro build failed (exit ${astro.status ?? astro.signal}); ${basename(out)}/ was left as it was`);
  lap('pages');
  const written = writeStaticPages(archive, next, SITE);
  lap('itemPages');
  const records = await writeSearchIndex(archive, next);
  lap('search');
  writeExports(archive, next, SITE);
  lap('exports');

  // The permalink promise: every URL ever published is still there, or declared moved or withdrawn.
  const published = siteUrls(next);
  const ledger = readLedger();
  const missing = ledgerProblems(ledger, published, archive.changes);
  if (missing.length > 0) {
    rmSync(work, { recursive: true, force: true });
    throw new ContentError(missing);
  }
  const fresh = unrecorded(ledger, published);
  lap('ledger');

  if (existsSync(out)) renameSync(out, join(work, 'previous'));
  renameSync(next, out);
  rmSync(work, { recursive: true, force: true });
  lap('swap');
  if (process.env['BENCH_TIMINGS']) writeFileSync(process.env['BENCH_TIMINGS'], JSON.stringify(timings));
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  const note =
    fresh.length > 0 ? `\n${fresh.length} new URLs are not in ${LEDGER_FILE} yet: run \`npm run permalinks\` and commit the diff` : '';
  return `built ${basename(out)}/: ${archive.reports.length} report texts, ${items} items (${written} item and identifier pages), ${records} search records${note}`;
});
