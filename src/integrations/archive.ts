/**
 * The archive's work inside Astro's build (one `astro build`, one process):
 *
 * - `astro:config:setup`: reads and validates the content once (`src/lib/site-archive.ts`); a problem
 *   stops the build before Astro starts, listed as `file:line:column: …` (a ContentError);
 * - `astro:build:start`: writes the search index (Pagefind, before the pages, while this process is small), renders
 *   the citation styles of every page in worker threads, except those kept in Astro's cache folder from the last
 *   build (`citation-workers.ts`), and wraps Astro's prerenderer so that item pages are rendered from the markup
 *   modules (`page-prerenderer.ts`);
 * - `astro:build:done`: moves the search index and writes the exports beside the pages, checks the permalink ledger,
 *   and only then moves the staging folder Astro built into (`outDir`) into place. A failed check leaves the
 *   previous site untouched, never half-written.
 *
 * It must come after `@astrojs/sitemap` in `integrations`, so the sitemap is in the staging folder
 * before it is moved. See docs/architecture.md.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import type { Archive } from '../lib/archive.ts';
import { statusDate } from '../lib/action-data.ts';
import { printWarnings } from '../lib/cli.ts';
import { exportAt, writeExports } from '../lib/exports.ts';
import { contentType, HOST_FILES, hostRules, identifierTarget, readerLanguage } from '../lib/hosting.ts';
import { ledgerProblems, readLedger, siteUrls, unrecorded } from '../lib/permalinks.ts';
import { ContentError, UserError } from '../lib/problems.ts';
import { writeSearchIndex } from '../lib/search-index.ts';
import { archiveLoadMs, contentDir, forgetArchive, loadSiteArchive, useContent } from '../lib/site-archive.ts';
import { readSourceBytes } from '../lib/source-files.ts';
import { sourcePath } from '../lib/urls.ts';
import { isPreview, previewWarning } from '../lib/site.ts';
import { citeprocRenderCount } from '../lib/citation.ts';
import { renderCitationStyles } from './citation-workers.ts';
import { archivePrerenderer, type BuildAssets, type ItemHandover, itemPages } from './page-prerenderer.ts';
import { startPageWriters } from './page-workers.ts';
import { raw } from '../lib/html.ts';

/**
 * What the archive needs of Astro's data about a page (`PageBuildData`, handed to `astro:build:setup`): its
 * stylesheets.
 */
interface PageStyles {
  styles: { order: number; depth: number; sheet: { type: string; src?: string } }[];
}

/** Options of the archive integration (all optional: `archive()` builds `content/` into `dist/`). */
export interface ArchiveOptions {
  /** The content folder (default `content`). */
  content?: string | undefined;
  /** Where the finished site goes (default `dist`); Astro builds into a staging folder beside it (`stagingDir`). */
  out?: string | undefined;
  /**
   * `false`: Astro renders item pages through their route too (slow at scale; for the test comparing
   * both).
   */
  fastPages?: boolean | undefined;
  /** A file to write the stage times to, as JSON (`npm run bench`). */
  timings?: string | undefined;
  /**
   * Told the full URLs of the item pages once Astro's item route has listed them: the page workers write those pages,
   * so Astro's list of the pages it wrote (`astro:build:done`), which the sitemap reads, lacks them. The site's
   * configuration hands them to the sitemap as its `customPages`.
   */
  itemUrls?: ((urls: string[]) => void) | undefined;
}

/**
 * The scratch folder of a build into `out`, beside it (so moving it into place is one rename): Astro builds into
 * `{scratch}/site`. Example: `scratchDir('/repo/dist')` → `/repo/.build-dist`.
 */
export function scratchDir(out: string): string {
  const path = resolve(out);
  return join(dirname(path), `.build-${basename(path)}`);
}

/**
 * Where Astro builds a site that will become `out` (its `outDir`). Example: `stagingDir('dist')` →
 * `/repo/.build-dist/site`.
 */
export function stagingDir(out: string): string {
  return join(scratchDir(out), 'site');
}

/**
 * The integration. Example: `integrations: [mdx(), sitemap(…), archive({ content: 'content', out: 'dist' })]`.
 * Throws a ContentError (every problem) from `astro:config:setup` when the content is not fit to publish, and
 * from `astro:build:done` when a published URL is missing; the previous `out` folder is then left as it was.
 */
export default function archive(options: ArchiveOptions = {}): AstroIntegration {
  const content = resolve(options.content ?? 'content');
  const out = resolve(options.out ?? 'dist');
  const timings = new StageTimes();
  let site = '';
  let base = '/';
  let cacheDir = '';
  let clearing: Promise<void> = Promise.resolve();
  let building = false;
  /** Item pages written by the page workers, not by Astro's page loop. */
  let itemCount = 0;
  const pageData = new Map<string, PageStyles>();
  return {
    name: 'consular-network-archive',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        useContent(content);
        building = command === 'build';
        if (!building) {
          updateConfig({ vite: { plugins: [identifierAnswers()] } });
          return;
        }
        clearing = startBuild(content, out, timings);
        updateConfig({ outDir: pathToFileURL(`${stagingDir(out)}/`) });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (building && isPreview(site)) console.error(previewWarning());
      },
      'astro:server:setup': ({ server }) => serveContent(server, content, () => site),
      'astro:build:setup': ({ pages }) => {
        for (const page of pages.values()) pageData.set(page.component, page);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        await beforePages(loadSiteArchive(), { out, site, cacheDir, timings });
        if (options.fastPages === false) return;
        // Started after the search index, whose Pagefind processes take both cores and 600 MiB (docs/performance.md).
        const handover = itemHandover(loadSiteArchive(), { site, base, out, pageData }, (paths) => {
          itemCount = paths.length;
          options.itemUrls?.(paths.map((path) => new URL(path.replace(/^\//, ''), new URL(base, site)).href));
        });
        setPrerenderer((astro) => archivePrerenderer(astro, handover));
      },
      'astro:build:done': async ({ dir, pages }) => {
        timings.lap('astro');
        progress(`${pages.length + itemCount} pages written`, timings.all['astro']);
        // Renderings the pages had to make themselves (none when the workers rendered everything they show).
        timings.all['citeprocInPages'] = citeprocRenderCount();
        const note = await finishSite(loadSiteArchive(), fileURLToPath(dir), { content, out, site, timings });
        await timings.timeAsync('clearing', () => clearing);
        if (options.timings) writeFileSync(options.timings, JSON.stringify(timings.all));
        if (note) console.log(note);
      },
    },
  };
}

/**
 * The checks of `astro build` before Astro starts: the content's warnings printed, the day of every status, and
 * whether `out` may be replaced. Returns the deletion of the site before the last one, now under way.
 */
function startBuild(content: string, out: string, timings: StageTimes): Promise<void> {
  printWarnings(loadSiteArchive().warnings);
  // Once, before any page: a bad SOURCE_DATE_EPOCH would otherwise fail each page that shows a status.
  statusDate(loadSiteArchive());
  timings.all['content'] = archiveLoadMs() ?? 0;
  prepareOut(out, content);
  return clearScratch(out);
}

/**
 * The work before Astro renders the pages. The search index first, while this process is small: Pagefind's own
 * processes take about 600 MiB at 1,000 reports, and after Astro's pages this process holds about 1.7 GiB (2.35 GiB
 * together, measured in docs/performance.md); it needs only the archive, and finishSite moves it into the site. Then
 * the citation styles that the cache folder does not hold.
 */
async function beforePages(
  archive: Archive,
  { out, site, cacheDir, timings }: { out: string; site: string; cacheDir: string; timings: StageTimes },
): Promise<void> {
  const records = await timings.timeAsync('search', () => writeSearchIndex(archive, searchDir(out)));
  progress(`search index of ${records} records written`, timings.all['search']);
  timings.mark('astro');
  const citations = await timings.timeAsync('citations', () => renderCitationStyles(archive, site, cacheDir));
  timings.all['citationsRendered'] = citations.rendered;
  timings.all['citationsCached'] = citations.cached;
  progress(
    `citation styles: ${citations.rendered} rendered, ${citations.cached} kept from the last build`,
    timings.all['citations'],
  );
}

/**
 * The item pages handed over to page workers, started here (`page-workers.ts`), which write them into Astro's output
 * folder; `listed` is told their paths once the item route has listed them.
 */
function itemHandover(
  archive: Archive,
  { site, base, out, pageData }: { site: string; base: string; out: string; pageData: Map<string, PageStyles> },
  listed: (paths: string[]) => void,
): ItemHandover {
  return {
    assets: buildAssets(pageData, base),
    writers: startPageWriters(archive, site),
    outDir: stagingDir(out),
    expected: new Set(itemPages(archive, site, () => raw('')).keys()),
    listed,
  };
}

/**
 * One line of the build's progress on standard output (`npm run build` hides Astro's line per page), e.g.
 * `  search index of 39982 records written (9.6 s)`.
 */
function progress(what: string, ms: number | undefined): void {
  console.log(`  ${what}${ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`}`);
}

/**
 * `astro dev`: an edited content file is read again on the next page load, and the files the build writes beside
 * the pages (exports, archived originals) are made on request (identifiers: `identifierAnswers`). `site()` is the
 * origin once Astro has resolved it.
 */
function serveContent(server: ViteDevServer, content: string, site: () => string): void {
  server.watcher.add(content);
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(content)) return;
    forgetArchive();
    // Astro keeps each route's getStaticPaths props until it hears that content changed: the event its own
    // content layer sends (astro/dist/content/vite-plugin-content-virtual-mod.js) clears that cache.
    for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
    server.ws.send({ type: 'full-reload' });
  });
  server.middlewares.use((request, response, next) => {
    const file = devFile(site(), request.url ?? '/');
    if (file === undefined) return next();
    response.setHeader('Content-Type', file.type);
    response.end(file.content);
  });
}

/** Where a built site ends up, and what the steps after Astro need. */
interface Finish {
  content: string;
  out: string;
  site: string;
  timings: StageTimes;
}

/**
 * Where the search index is written before Astro renders (`{scratch}/search/pagefind/`), to be moved into the site.
 * Example: `searchDir('/repo/dist')` → `/repo/.build-dist/search`.
 */
function searchDir(out: string): string {
  return join(scratchDir(out), 'search');
}

/**
 * The search index (written before Astro) and the exports beside Astro's pages, the ledger check, then the staging
 * folder moved into place.
 * Returns a note for the author (new URLs not in the ledger yet), or '' when there is none.
 */
async function finishSite(archive: Archive, staging: string, { content, out, site, timings }: Finish): Promise<string> {
  // After Astro: exports written while Astro renders made Astro twice as slow (both need this process's one thread).
  // The search index was written before Astro (Pagefind indexing while Astro renders made Astro a third slower).
  renameSync(join(searchDir(out), 'pagefind'), join(staging, 'pagefind'));
  rmdirSync(searchDir(out));
  await timings.timeAsync('exports', () => writeExports(archive, staging, site));
  progress('exports written', timings.all['exports']);
  // The permalink promise: every URL ever published is still there, or declared moved or withdrawn.
  const ledgerFile = join(content, 'permalinks.txt');
  const ledger = readLedger(ledgerFile);
  const { published, missing } = timings.time('ledger', () => {
    const published = siteUrls(staging);
    return { published, missing: ledgerProblems(ledger, published, archive.changes, ledgerFile) };
  });
  if (missing.length > 0) throw new ContentError(missing);
  progress(`permalink ledger checked: ${published.size} URLs`, timings.all['ledger']);
  // The previous site stays in the scratch folder until the next build deletes it while Astro renders (clearScratch).
  timings.time('swap', () => swapIn(staging, out));
  const fresh = unrecorded(ledger, published);
  return fresh.length > 0
    ? `${fresh.length} new URLs are not in ${ledgerFile} yet: run \`npm run permalinks\` and commit the diff`
    : '';
}

/**
 * Makes sure a build may replace `out`: a folder that holds anything but a previous build (no `index.html` and
 * `_astro/`), the content, the project or a folder above it is refused with a UserError, since the build would
 * delete it. A previous site left in the scratch folder by a build stopped between `swapIn`'s two renames is put
 * back first.
 */
function prepareOut(out: string, content: string): void {
  const previous = join(scratchDir(out), 'previous');
  if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
  const inside = (folder: string, parent: string) => folder === parent || folder.startsWith(`${parent}/`);
  const holdsOther = existsSync(out) && readdirSync(out).length > 0 && !isBuiltSite(out);
  if (inside(process.cwd(), out) || inside(content, out) || inside(out, content) || holdsOther)
    throw new UserError(
      `--out ${out}: the build replaces this folder and deletes what is in it, and it is not a previous build ` +
        '(nor an empty or new folder); choose another folder',
    );
}

/** Whether a folder looks like a site this build wrote: its home page and Astro's asset folder. */
function isBuiltSite(folder: string): boolean {
  return existsSync(join(folder, 'index.html')) && existsSync(join(folder, '_astro'));
}

/**
 * Empties the scratch folder of `out` for a new build: moves what is there (the site before the last one, kept by
 * `swapIn`; a build stopped midway) aside at once, and deletes it in the background. Resolves when it is gone.
 * Deleted at the end of the last build instead, the previous site added about 20–35 s to a rebuild at 1,000
 * reports (80,000 files, docs/performance.md); deleted now, it overlaps Astro's work.
 */
function clearScratch(out: string): Promise<void> {
  const scratch = scratchDir(out);
  const trash = `${scratch}-old`;
  if (existsSync(scratch)) {
    mkdirSync(trash, { recursive: true });
    renameSync(scratch, join(trash, `${process.pid}-${Date.now()}`));
  }
  if (!existsSync(trash)) return Promise.resolve();
  // Not deleted is no reason to fail a build (nor an unhandled rejection if the build fails first): the next one tries
  // again.
  return rm(trash, { recursive: true, force: true }).catch((error: unknown) =>
    console.error(`warning: could not delete ${trash} (${String(error)}); the next build tries again`),
  );
}

/**
 * Moves the finished staging folder to `out`, and the previous `out` into the scratch folder (deleted by the next
 * build, `clearScratch`).
 */
function swapIn(staging: string, out: string): void {
  if (existsSync(out)) renameSync(out, join(scratchDir(out), 'previous'));
  renameSync(staging, out);
}

/**
 * Assets from Astro's build: each route's stylesheets (its page data, file names relative to the site's `base`)
 * and each component's built scripts (the manifest's entry modules).
 */
function buildAssets(pageData: Map<string, PageStyles>, base: string): BuildAssets {
  return {
    stylesheets: (route) => {
      const page = pageData.get(route);
      if (!page) return undefined;
      // Astro's own order (cssOrder in astro/dist/core/build): by order, deeper first.
      return [...page.styles]
        .sort((a, b) => a.order - b.order || b.depth - a.depth)
        .flatMap(({ sheet }) =>
          sheet.type === 'external' && sheet.src ? [`${base}${sheet.src.replace(/^\//, '')}`] : [],
        );
    },
    scripts: (component, entryModules) =>
      Object.entries(entryModules)
        .filter(([specifier, file]) => file && specifier.includes(`/${component}?astro&type=script`))
        .map(([, file]) => `${base}${file.replace(/^\//, '')}`),
  };
}

/** Stage times of a build, in milliseconds, for `npm run bench`. */
class StageTimes {
  readonly all: Record<string, number> = {};
  #marks = new Map<string, number>();
  /** Runs a stage and records its time. */
  time<T>(stage: string, work: () => T): T {
    const began = performance.now();
    try {
      return work();
    } finally {
      this.all[stage] = Math.round(performance.now() - began);
    }
  }
  /** Runs an asynchronous stage and records its time. */
  async timeAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const began = performance.now();
    const result = await work();
    this.all[stage] = Math.round(performance.now() - began);
    return result;
  }
  /** Marks the start of a stage that ends in another hook (`lap`). */
  mark(stage: string): void {
    this.#marks.set(stage, performance.now());
  }
  /** Records the time since `mark(stage)`. */
  lap(stage: string): void {
    const began = this.#marks.get(stage);
    if (began !== undefined) this.all[stage] = Math.round(performance.now() - began);
  }
}

/**
 * `devExport` over the archive as it is now; `undefined` too while the content has a problem, so that Vite's own
 * files still load and Astro's page shows the problems (a ContentError from any page).
 */
function devFile(site: string, url: string): ReturnType<typeof devExport> {
  let archive: Archive;
  try {
    archive = loadSiteArchive();
  } catch {
    return undefined;
  }
  return devExport(archive, site, url);
}

/**
 * The file `astro dev` answers a request URL with, or `undefined` for any other path: an export
 * (`/data/items.csv?x` → its text and MIME type), or an archived original (`/sources/{file}`: its route has no
 * extension in its pattern, so Astro's dev server would want a trailing slash after the file name). Never the host
 * files, which a server reads but never serves.
 */
function devExport(
  archive: Archive,
  site: string,
  url: string,
): { content: string | Buffer; type: string } | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined; // Not a URL any export has: Astro answers it.
  }
  if ((Object.values(HOST_FILES) as string[]).includes(path) || path.endsWith('/')) return undefined;
  const source = archive.reports.find((report) => sourcePath(report.data.source.file) === path);
  const content = source ? readSourceBytes(source.data.source.file, contentDir()) : exportAt(archive, site, path);
  return content === undefined ? undefined : { content, type: contentType(hostRules(archive.changes), path) };
}

/**
 * `astro dev` answers an identifier (`/id/2017-11-27/2/d`) as the hosts do: 302 to the page in the reader's language
 * (src/lib/hosting.ts). A Vite plugin whose middleware goes first, after Astro's own plugin has put its middlewares
 * at the front (a post hook of a later plugin): Astro's would answer an address without its final slash 404.
 */
function identifierAnswers(): Plugin {
  const answer = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const identified = identifierTarget(path, readerLanguage(request.headers['accept-language']));
    if (!identified) return next();
    response.writeHead(302, { location: identified, vary: 'Accept-Language' });
    response.end();
  };
  return {
    name: 'consular-network-archive:identifiers',
    configureServer: (server) => () => {
      server.middlewares.stack.unshift({ route: '', handle: answer });
    },
  };
}
