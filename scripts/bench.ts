/**
 * `npm run bench -- --reports N`: builds a deterministic synthetic archive of N
 * bilingual reports with the real pipeline (scripts/build.ts) in a temporary
 * folder — never content/ or dist/ — and measures the build (wall time, stage
 * times, pages per second, peak memory of the process tree), the output
 * (site size, gzip bytes of key pages, search index size) and, in headless
 * Chromium, a first and a second search. Prints the figures and writes them
 * to bench/results-{N}.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { addReport, generateCorpus } from '../bench/corpus.ts';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readChanges } from '../src/lib/changes.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { hostRules } from '../src/lib/hosting.ts';
import { launchChromium, siteHandler } from '../src/lib/serve.ts';
import { PAGE_BUDGETS, pageWeight } from '../src/lib/site-check.ts';

const { values } = commandLine(
  {
    options: {
      reports: { type: 'string', default: '100' },
      keep: { type: 'boolean', default: false },
      // The results file of another commit's bench, run in the same sitting (issue 19's bound: ≤ 10 % slower).
      baseline: { type: 'string' },
      // The peer's bench (issue 23: `../shared/peer-bench/run.sh`), run before and after this build's, in the sitting.
      peer: { type: 'string' },
    },
  },
  'npm run bench -- [--reports N] [--keep] [--baseline <results.json>] [--peer <run.sh>]',
);
const N = Number(values.reports);

/** Sum of the resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
      rss.set(Number(pid), Number(fields[21]) * 4096);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU time, in seconds, of this process's children that have ended and been waited for (and theirs): user and kernel
 * (Linux /proc).
 */
function childrenCpu(): { user: number; system: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}

/**
 * Empties the kernel's page, dentry and inode caches when this process may (as root), so that every build
 * starts from the state of a fresh machine and runs can be compared. On this machine kind, creating files
 * after a large deletion (the previous build's or bench's) costs up to 8× the kernel time until the caches
 * are dropped: 22,000 files took 1.5 s of kernel time just after dropping them and 8–16 s after a deletion.
 */
function dropKernelCaches(): boolean {
  spawnSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/** What one measured build left behind: its wall and CPU time, peak memory, stage timings and page count. */
interface BuildRun {
  wall: number;
  cpu: ReturnType<typeof childrenCpu>;
  peak: number;
  stages: Record<string, number>;
  pages: number;
}

/**
 * Builds the content into `site` with `scripts/build.ts` in a child process, sampling the memory of its process tree
 * every 200 ms. Throws with the last lines of the build's output when the build fails.
 */
async function measureBuild(work: string, content: string, site: string): Promise<BuildRun> {
  // Children's CPU time counts every child waited for so far (earlier builds, the peer's): this build's is the rise.
  const cpuBefore = childrenCpu();
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', site], {
    env: { ...process.env, BENCH_TIMINGS: join(work, 'timings.json') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = performance.now() - startedAt;
  const cpuAfter = childrenCpu();
  const cpu = { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system };
  if (code !== 0) throw new Error(`the build failed:\n${stderr.split('\n').slice(-15).join('\n')}`);
  const stages = JSON.parse(readFileSync(join(work, 'timings.json'), 'utf8')) as Record<string, number>;
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.html'),
  ).length;
  return { wall, cpu, peak, stages, pages };
}

/**
 * A server of the built site (as `serveDist` answers) that counts the bytes it sends, headers included. Counted at
 * the server because Chromium reports a web worker's requests to the page incompletely (Pagefind searches in one: its
 * own 43 KB script was reported as 825 bytes).
 */
async function countingServer(site: string): Promise<{ origin: string; sent: () => number; close: () => void }> {
  const sockets = new Set<Socket>();
  const server = createServer(siteHandler(site, hostRules(readChanges(defaultContentDir()))));
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: () => server.close(),
  };
}

/** Bytes sent and times of one search on the search page, from the script's own marks. */
async function timeSearch(
  tab: import('playwright-core').Page,
  server: { origin: string; sent: () => number },
  query: string,
  lang = 'en',
): Promise<{ bytes: number; searchMs: number; pageAndSearchMs: number }> {
  const sentBefore = server.sent();
  const began = performance.now();
  await tab.goto(`${server.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
  // The search script marks the results announced (src/scripts/search.ts), in either language.
  await tab.waitForFunction(() => performance.getEntriesByName('search-done').length > 0, undefined, {
    timeout: 30_000,
  });
  const ms = performance.now() - began;
  await tab.waitForLoadState('networkidle');
  // From the script starting the search to the results announced (Pagefind load included), apart from page load.
  const searchMs = await tab.evaluate(() => performance.measure('search', 'search-start', 'search-done').duration);
  return { bytes: server.sent() - sentBefore, searchMs: Math.round(searchMs), pageAndSearchMs: Math.round(ms) };
}

/** A first search (cold cache) and a second one (warm), in Chromium, on the built site. */
async function measureSearch(site: string) {
  const [browser, server] = await Promise.all([launchChromium(), countingServer(site)]);
  // A visitor's browser is already running: one search in the other language, in a page of its own (each
  // page has its own cache), loads Chromium's code from the disk, which dropKernelCaches left cold.
  const warmUp = await browser.newPage();
  await timeSearch(warmUp, server, 'consulados', 'es');
  await warmUp.close();
  const tab = await browser.newPage();
  const first = await timeSearch(tab, server, 'joint consulates');
  const second = await timeSearch(tab, server, 'disappeared migrants');
  await browser.close();
  server.close();
  return { first, second };
}

/** The machine the bench ran on, for comparing results. */
function machine(cachesDropped: boolean) {
  return {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernelCachesDropped: cachesDropped,
  };
}

/** Sizes of the built site and the gzipped weight of one page of each main kind. */
function outputSizes(content: string, site: string) {
  const firstReport =
    readdirSync(join(content, 'reports', 'en'))
      .sort()[0]
      ?.replace('.mdx', '') ?? '';
  return {
    siteMiB: Math.round((folderSize(site) / 2 ** 20) * 10) / 10,
    pagefindMiB: Math.round((folderSize(join(site, 'pagefind')) / 2 ** 20) * 10) / 10,
    gzipBytes: {
      home: pageWeight(site, join(site, 'en/index.html')),
      report: pageWeight(site, join(site, `en/reports/${firstReport}/index.html`)),
      item: pageWeight(site, join(site, `en/reports/${firstReport}/items/1/index.html`)),
      search: pageWeight(site, join(site, 'en/search/index.html')),
    },
  };
}

/** What `bounds` reads of a results file. */
interface BuildFigures {
  reports: number;
  build: { wallMs: number; peakRssMiB: number };
  output: { gzipBytes: { report: number; item: number } };
}

/** Peak memory of the build's process tree allowed at 1,000 reports (issue 19). */
const PEAK_RSS_BOUND_MIB = 1536;

/**
 * Issue 19's bounds, each with the figures it compares and whether it is met: wall time ≤ 1.10 × the `--baseline`
 * results (another commit, same sitting); at 1,000 reports peak RSS ≤ 1.5 GiB; at more, wall time ≤ 5.5 × per
 * thousand reports of `bench/results-1000.json` (linear); page weights within `PAGE_BUDGETS`.
 */
function bounds(results: BuildFigures): Record<string, unknown> {
  const out: Record<string, unknown> = {
    pageWeights: {
      budgets: PAGE_BUDGETS,
      met: results.output.gzipBytes.report <= PAGE_BUDGETS.report && results.output.gzipBytes.item <= PAGE_BUDGETS.item,
    },
  };
  if (values.baseline) {
    const base = JSON.parse(readFileSync(values.baseline, 'utf8')) as BuildFigures;
    const ratio = results.build.wallMs / base.build.wallMs;
    out['vsBaseline'] = { file: values.baseline, wallMs: base.build.wallMs, ratio: round(ratio), met: ratio <= 1.1 };
  }
  if (results.reports === 1000) {
    out['peakRss'] = { boundMiB: PEAK_RSS_BOUND_MIB, met: results.build.peakRssMiB <= PEAK_RSS_BOUND_MIB };
  }
  const thousand = join('bench', 'results-1000.json');
  if (results.reports > 1000 && existsSync(thousand)) {
    const base = JSON.parse(readFileSync(thousand, 'utf8')) as BuildFigures;
    const ratio = results.build.wallMs / base.build.wallMs;
    // ≤ 5.5× at 5,000: 10 % over linear.
    const bound = round(1.1 * (results.reports / 1000));
    out['linear'] = { thousandWallMs: base.build.wallMs, ratio: round(ratio), bound, met: ratio <= bound };
  }
  return out;
}

/** One build of the peer, as its script prints it (`treepeak.py`: wall and CPU seconds, peak RSS of the tree). */
interface PeerRun {
  wallS: number;
  cpuS: number;
  peakTreeRssMiB: number;
  pages: number;
  files: number;
}

/** Where the peer's script builds: its default folder, given to it so that this bench can empty its cache. */
const PEER_WORK = join(tmpdir(), 'peer-bench-starlight');

/**
 * Runs the peer's bench script at this bench's size (it empties the kernel's caches itself when run as root). With
 * `clean`, Astro's content cache in the peer's folder is emptied first: a clean build, as this bench's first. The
 * peer keeps that cache between runs (and deletes its `dist/`), so a run on the same corpus after one is a rebuild.
 */
function runPeer(script: string, clean: boolean): PeerRun {
  if (clean) for (const cache of ['.astro', 'node_modules/.astro']) rmSync(join(PEER_WORK, cache), FORCE);
  const run = spawnSync('bash', [script, String(N), PEER_WORK], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`the peer's bench failed: ${script} ${N}`);
  return JSON.parse(line) as PeerRun;
}

const FORCE = { recursive: true, force: true };

/**
 * The peer's clean build and rebuild beside this bench's, as ratios (ours / the peer's): issue 23 asks of the rebuild
 * wall time ≤ 1.0× and peak RSS of the tree ≤ 0.8×.
 */
function peerFigures(peer: { clean: PeerRun; rebuild: PeerRun }, ours: { clean: BuildRun; rebuild: BuildRun }) {
  const ratios = (run: BuildRun, theirs: PeerRun) => ({
    wallRatio: round(run.wall / 1000 / theirs.wallS),
    rssRatio: round(run.peak / 2 ** 20 / theirs.peakTreeRssMiB),
  });
  const rebuild = ratios(ours.rebuild, peer.rebuild);
  return {
    ...peer,
    vsPeer: {
      clean: ratios(ours.clean, peer.clean),
      rebuild: { ...rebuild, met: rebuild.wallRatio <= 1 && rebuild.rssRatio <= 0.8 },
    },
  };
}

/**
 * A build's figures as the results file gives them: wall time, stage times, peak RSS of the tree and CPU time (kernel
 * time is mostly creating files, and varies with the kernel's state, see dropKernelCaches; user time varies less).
 */
function figures(run: BuildRun) {
  return {
    wallMs: Math.round(run.wall),
    stagesMs: run.stages,
    peakRssMiB: Math.round(run.peak / 2 ** 20),
    cpuSeconds: { user: Math.round(run.cpu.user), kernel: Math.round(run.cpu.system) },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

runCli(async () => {
  const work = mkdtempSync(join(tmpdir(), `archive-bench-${N}-`));
  const content = join(work, 'content');
  const site = join(work, 'site');
  const corpus = generateCorpus(content, N);
  // The peer's clean build first, then ours, our rebuild, and the peer's rebuild: each side's rebuild follows its own
  // clean build on the same corpus.
  const peerClean = values.peer ? runPeer(values.peer, true) : undefined;
  const cachesDropped = dropKernelCaches();
  const clean = await measureBuild(work, content, site);
  const { wall, pages } = clean;
  // What a publisher does next: the same build over the existing output, with what the first kept in its cache.
  dropKernelCaches();
  const rebuild = await measureBuild(work, content, site);
  const search = await measureSearch(site);
  // The next meeting's report added, and the site built again over the last (issue 23, part 3).
  const peerRebuild = values.peer ? runPeer(values.peer, false) : undefined;
  const added = addReport(content, '2026-11-20');
  dropKernelCaches();
  const afterAdding = await measureBuild(work, content, site);
  const results = {
    reports: N,
    items: corpus.items,
    machine: machine(cachesDropped),
    build: { ...figures(clean), pages, pagesPerSecond: Math.round(pages / (wall / 1000)) },
    rebuild: figures(rebuild),
    // Issue 23's target: at most 0.2 of a clean build.
    addOneReport: { items: added, ...figures(afterAdding), ofCleanBuild: round(afterAdding.wall / wall) },
    output: outputSizes(content, site),
    search,
    ...(peerClean && peerRebuild
      ? { peer: peerFigures({ clean: peerClean, rebuild: peerRebuild }, { clean, rebuild }) }
      : {}),
  };
  const withBounds = { ...results, bounds: bounds(results) };
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', `results-${N}.json`), `${JSON.stringify(withBounds, null, 2)}\n`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else if (existsSync(work)) console.log(`kept ${work}`);
  return JSON.stringify(withBounds, null, 2);
});
