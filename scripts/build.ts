/**
 * `npm run build`: checks the content, builds the site (Astro's pages, and the
 * item and identifier pages written outside Astro), its search index and its
 * exports into a fresh folder, side by side, checks the permalink ledger
 * against it, and only then swaps it in as `dist/`. A failed build prints its
 * problems and leaves the previous `dist/` untouched, never half-written.
 * Usage: node scripts/build.ts [--content <dir>] [--out <dir>]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printWarnings, runCli } from '../src/lib/cli.ts';
import { mergeInto } from '../src/lib/file-writer.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
// Every module below reads the content folder from ARCHIVE_CONTENT; set it before they load.
if (values.content) process.env['ARCHIVE_CONTENT'] = resolve(values.content);
const out = resolve(values.out);
const work = join(dirname(out), `.build-${basename(out)}`);

/**
 * Runs a command: its exit code, a way to stop it, and `show()`, before which
 * its output is held back (so a content problem is reported once, by the
 * check, not also by the command that stumbled on it).
 */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { done: Promise<number | null>; stop: () => void; show: () => void } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk));
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const show = () => {
    for (const [to, chunk] of held ?? []) to.write(chunk);
    held = undefined;
  };
  return { done, stop: () => child.kill(), show };
}

/**
 * Resolves true once Astro has written a whole page (its closing tag is in),
 * or false if Astro ends without it. Astro writes each page in one call, so a
 * page read while it is being written lacks its end.
 */
async function pageWritten(file: string, astroDone: Promise<unknown>): Promise<boolean> {
  let ended = false;
  const end = () => (ended = true);
  astroDone.then(end, end);
  for (;;) {
    const done = ended;
    try {
      if (/<\/html>\s*$/.test(readFileSync(file, 'utf8'))) return true;
    } catch {
      // Not there yet.
    }
    if (done) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

runCli(async () => {
  const { loadArchiveFromFiles } = await import('../src/lib/content-files.ts');
  const { writeExports } = await import('../src/lib/exports.ts');
  const { LEDGER_FILE, ledgerProblems, readLedger, siteUrls, unrecorded } = await import('../src/lib/permalinks.ts');
  const { ContentError } = await import('../src/lib/problems.ts');
  const { writeSearchIndex } = await import('../src/lib/search-index.ts');
  const { ORIGIN_VARIABLE, previewWarning, siteOrigin } = await import('../src/lib/site.ts');
  const { itemAssetsPage, OUTSIDE_ASTRO_ENV, staticPageUrls, writeIdentifierPages, writeItemPages } =
    await import('../src/lib/static-pages.ts');

  // Stage times, for `npm run bench` (BENCH_TIMINGS names the file to write them to). Astro runs
  // alongside the content, exports and item pages stages, so their times overlap; the item pages' time
  // includes waiting for Astro's first report page. The search and identifier pages stages follow Astro.
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const began = performance.now();
    const result = await work();
    timings[stage] = Math.round(performance.now() - began);
    return result;
  };

  // The origin is read and checked once, before anything is written: a bad one stops the build here.
  const { origin, preview } = siteOrigin(process.env);
  if (preview) console.error(previewWarning());

  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Astro builds into `next`; everything else is written into `outside` and merged into it at the end.
  const next = join(work, 'site');
  const outside = join(work, 'outside');
  // The sitemap integration cannot see pages written outside Astro: it reads their URLs from this file,
  // written once the content is loaded and waited for only when Astro finishes (astro.config.mjs).
  const sitemapPages = join(work, 'sitemap-pages.json');

  // Astro runs as a child, so its output (and any failure) stays as Astro prints it, and it starts at
  // once: it reads the content itself, on the other core, while this process loads and checks it.
  const began = performance.now();
  const astro = run('astro', ['build', '--outDir', next], {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Astro writes its pages with the origin checked above (empty: a preview), not with its own reading.
    [ORIGIN_VARIABLE]: preview ? '' : origin,
    ARCHIVE_SITEMAP_PAGES: sitemapPages,
    [OUTSIDE_ASTRO_ENV]: '1',
    // A build into another folder (tests, reproducibility checks) starts from an empty cache of its own.
    ...(values.content || values.out !== 'dist' ? { ARCHIVE_CACHE_DIR: join(work, 'cache') } : {}),
  });
  const astroDone = astro.done.then((status) => {
    timings['astro'] = Math.round(performance.now() - began);
    return status;
  });
  const fail = async (error: unknown): Promise<never> => {
    astro.stop();
    await astroDone.catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    throw error;
  };

  const archive = await timed('content', () => loadArchiveFromFiles()).catch(fail);
  astro.show();
  printWarnings(archive.warnings);
  // Renamed into place, so Astro never reads it half-written.
  writeFileSync(`${sitemapPages}.part`, JSON.stringify(staticPageUrls(archive, origin)));
  renameSync(`${sitemapPages}.part`, sitemapPages);

  // The search index and the exports need only the archive; item and identifier pages also need the
  // stylesheet and script tags of Astro's build. Item pages take them from the first report page, which
  // Astro writes about half-way, identifier pages from the language entry, which it writes last.
  // The search index waits for Astro to end all the same: Pagefind takes about 600 MB while it indexes
  // (at 1,000 reports) and Astro about 1 GB while it renders; together they made the build's peak.
  const assetsPage = itemAssetsPage(archive, next);
  const itemPages = async (): Promise<number> => {
    if (!assetsPage) return 0;
    if (await pageWritten(assetsPage, astroDone)) return writeItemPages(archive, outside, assetsPage, origin);
    if ((await astroDone) === 0) throw new Error(`${assetsPage}: astro build ended without writing this page`);
    return 0;
  };
  const [astroStatus, ...written] = await Promise.allSettled([
    astroDone,
    astroDone.then((status) => (status === 0 ? timed('search', () => writeSearchIndex(archive, outside)) : 0)),
    timed('exports', () => writeExports(archive, outside, origin)),
    timed('itemPages', itemPages),
    astroDone.then((status) => (status === 0 ? timed('idPages', () => writeIdentifierPages(archive, outside, next, origin)) : 0)),
  ]);
  const failed = written.find((result) => result.status === 'rejected');
  if (failed) await fail(failed.reason);
  if (astroStatus.status === 'rejected' || astroStatus.value !== 0)
    await fail(
      new Error(
        `astro build failed (${astroStatus.status === 'rejected' ? String(astroStatus.reason) : `exit ${astroStatus.value}`}); ${basename(out)}/ was left as it was`,
      ),
    );
  const [records, , itemCount, identifierCount] = written.map((result) => (result.status === 'fulfilled' ? result.value : 0));
  const pages = (itemCount ?? 0) + (identifierCount ?? 0);
  mergeInto(outside, next);
  let mark = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    timings[stage] = Math.round(now - mark);
    mark = now;
  };

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
  lap('swap');
  // The previous dist/ goes last, many deletions at a time: at archive scale it is a quarter of a million files.
  await rm(work, { recursive: true, force: true });
  if (process.env['BENCH_TIMINGS']) writeFileSync(process.env['BENCH_TIMINGS'], JSON.stringify(timings));
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  const note =
    fresh.length > 0 ? `\n${fresh.length} new URLs are not in ${LEDGER_FILE} yet: run \`npm run permalinks\` and commit the diff` : '';
  return `built ${basename(out)}/: ${archive.reports.length} report texts, ${items} items (${pages} item and identifier pages), ${records} search records${note}`;
});
