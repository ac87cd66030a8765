/**
 * Item pages rendered in a worker thread (`page-worker.ts`) while Astro's build runs on this one: nine pages in ten
 * are item pages, and rendered here they kept the build on one core while the other waited. Measured in
 * docs/performance.md ("Item pages on the second core").
 *
 * The worker is given the build's archive as a structured clone (0.4 s to serialise at 1,000 reports, 44 MiB), never
 * reads the content itself, and renders with the same functions as this thread (`itemPages`): the pages are the same
 * bytes either way (tests/page-workers.test.ts, and the routes' comparison in tests/static-pages.test.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Archive } from '../lib/archive.ts';
import { renderedEntries } from '../lib/citation.ts';
import type { Html } from '../lib/html.ts';

/** The first message to a page worker: the citation renderings this thread holds and the item pages' asset tags. */
export interface PageWorkerSetup {
  kind: 'setup';
  renderings: [string, string][];
  tags: string;
}

/** A page asked of a worker, by its path (`/en/reports/2017-11-27/items/2/d/`). */
export interface PageRequest {
  kind: 'render';
  id: number;
  path: string;
}

/** A message to a page worker. */
export type PageWorkerMessage = PageWorkerSetup | PageRequest;

/**
 * A worker's answer to request `id`: the page's HTML in UTF-8 (its buffer transferred, not copied); `undefined` when no
 * item page has that path, or on `error`.
 */
export interface PageAnswer {
  id: number;
  page: Uint8Array<ArrayBuffer> | undefined;
  error?: string;
}

/** A running page worker. */
export interface PageWorker {
  /**
   * The item page at `path` in UTF-8 (as Astro writes it: no string on this thread), or `undefined` when the archive
   * has none there. `tags()` gives the pages' stylesheet and
   * script tags; it is called once, with the first page. Rejects with an Error naming the path when its rendering
   * threw, or with the worker's own error when the worker stopped.
   */
  render(path: string, tags: () => Html): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Ends the worker (after the last page; a failed build need not call it: an idle worker keeps no process alive). */
  close(): Promise<void>;
}

/**
 * Starts a page worker over the archive.
 * @example const worker = startPageWorker(archive, 'https://archive.example.int/');
 *   await worker.render('/en/reports/2017-11-27/items/2/d/', () => tags) // '<!doctype html>…'
 */
export function startPageWorker(archive: Archive, site: string): PageWorker {
  const worker = new Worker(new URL('./page-worker.ts', import.meta.url), { workerData: { archive, site } });
  const waiting = new Map<
    number,
    { resolve: (page: Uint8Array<ArrayBuffer> | undefined) => void; reject: (error: Error) => void }
  >();
  // Only a worker with pages to answer keeps the process alive: one left idle by a failed build never holds it open.
  worker.unref();
  let failure: Error | undefined;
  const stop = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', ({ id, page, error }: PageAnswer) => {
    const asked = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error === undefined) asked?.resolve(page);
    else asked?.reject(new Error(error));
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the item page worker stopped (exit code ${code})`)));
  let next = 0;
  let setUp = false;
  return {
    render(path, tags) {
      if (failure) return Promise.reject(failure);
      if (!setUp) {
        setUp = true;
        worker.postMessage({
          kind: 'setup',
          renderings: renderedEntries(),
          tags: tags().value,
        } satisfies PageWorkerSetup);
      }
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, {
          resolve,
          reject: (error) => reject(new Error(`${path}: ${error.message}`, { cause: error })),
        });
        worker.ref();
        worker.postMessage({ kind: 'render', id, path } satisfies PageRequest);
      });
    },
    async close() {
      failure ??= new Error('the item page worker was closed');
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
