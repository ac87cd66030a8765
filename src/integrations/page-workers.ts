/**
 * Item pages written by worker threads (`page-worker.ts`) while Astro's build writes the other pages on this thread:
 * nine pages in ten are item pages, and each page Astro writes costs it about 0.6 ms of its own work (a Request, a
 * Response, a file written through the event loop) whatever the page: 26 s at 1,000 reports before any page was
 * rendered. The prerenderer (`page-prerenderer.ts`) hands these pages to the workers instead of to Astro's page loop.
 * Measured in docs/performance.md ("Item pages written by the workers").
 *
 * Each worker is given the build's archive as a structured clone (0.4 s to serialise at 1,000 reports, 44 MiB), never
 * reads the content itself, and renders with the same functions as this thread (`itemPages`): the same bytes as on
 * this thread (tests/page-workers.test.ts). Astro's own rendering of the item route differs in white space and tag
 * forms only, which tests/static-pages.test.ts compares after normalising both.
 */
import { Worker } from 'node:worker_threads';
import type { Archive } from '../lib/archive.ts';
import { renderedEntries } from '../lib/citation.ts';
import type { Html } from '../lib/html.ts';

/** What a page worker is given at start (`workerData`): the archive, the origin, and its share of the pages. */
export interface PageWorkerData {
  archive: Archive;
  site: string;
  /** The worker writes the pages whose index (in `itemPages` order) is `part` modulo `parts`. */
  part: number;
  parts: number;
}

/** The one message to a page worker: write your share of the item pages into `dir` (Astro's `outDir`). */
export interface WritePages {
  kind: 'write';
  dir: string;
  /** The citation renderings this thread holds (`renderedEntries`). */
  renderings: [string, string][];
  /** The item pages' stylesheet and script tags, as Astro's build made them. */
  tags: string;
}

/** A worker's answer: how many pages it wrote, or the first error, naming the page (`/en/…/items/2/d/: …`). */
export type PagesWritten = { written: number; error?: undefined } | { written?: undefined; error: string };

/** The item page workers of one build. */
export interface PageWriters {
  /**
   * Writes every item page into `dir` (`{dir}/en/reports/2017-11-27/items/2/d/index.html`), the work shared between
   * the workers; resolves with the number of pages written. Rejects with an Error naming the first page that failed
   * (no stack: the build prints it as its one error), or with the worker's own error when a worker stopped.
   * Called once.
   */
  write(dir: string, tags: Html): Promise<number>;
  /** Ends the workers (the prerenderer's `teardown`). An idle worker keeps no process alive: a failed build ends. */
  close(): Promise<void>;
}

/** The workers a build starts: the machines here have two cores, and this thread needs one for Astro's pages. */
const WORKERS = 2;

/**
 * Starts the page workers over the archive; they wait for `write`.
 * @example const writers = startPageWriters(archive, 'https://archive.example.int/');
 *   await writers.write('/repo/.build-dist/site', tags) // 37898 (pages written)
 */
export function startPageWriters(archive: Archive, site: string, parts = WORKERS): PageWriters {
  const workers = Array.from({ length: parts }, (_, part) => {
    const workerData: PageWorkerData = { archive, site, part, parts };
    const worker = new Worker(new URL('./page-worker.ts', import.meta.url), { workerData });
    // Only a worker with pages to write keeps the process alive: one left idle by a failed build never holds it open.
    worker.unref();
    return worker;
  });
  let closed = false;
  return {
    async write(dir, tags) {
      if (closed) throw new Error('the item page workers were closed');
      const message: WritePages = { kind: 'write', dir, renderings: renderedEntries(), tags: tags.value };
      const counts = await Promise.all(workers.map((worker) => writeShare(worker, message)));
      return counts.reduce((sum, count) => sum + count, 0);
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** One worker's share of the pages: its count, or a rejection with its first error (or its exit). */
function writeShare(worker: Worker, message: WritePages): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const stopped = (code: number) => reject(new Error(`an item page worker stopped (exit code ${code})`));
    worker.once('message', ({ written, error }: PagesWritten) => {
      worker.off('exit', stopped);
      worker.unref();
      if (error === undefined) resolve(written);
      else reject(new Error(error));
    });
    worker.once('error', reject);
    worker.once('exit', stopped);
    worker.ref();
    worker.postMessage(message);
  });
}
