/**
 * Item pages rendered in a worker thread (`page-worker.ts`) while Astro's build runs on this one: nine pages in ten
 * are item pages, and rendered here they kept the build on one core while the other waited. Measured in
 * docs/performance.md ("Item pages on the second core").
 *
 * The worker is given the build's archive as a structured clone (0.4 s to serialise at 1,000 reports, 44 MiB), never
 * reads the content itself, and renders with the same functions as this thread (`itemPages`): the same bytes as on
 * this thread (tests/page-workers.test.ts). Astro's own rendering of the item route differs in white space and tag
 * forms only, which tests/static-pages.test.ts compares after normalising both.
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
  /**
   * Ends the worker: after the last page (the prerenderer's `teardown`, which Astro also calls when a page failed).
   * A page asked after it gets the closing as its error, unless a page failed before (then an empty page: see
   * `Answers`). A build that fails elsewhere need not call it: an idle worker keeps no process alive.
   */
  close(): Promise<void>;
}

/** A page asked of the worker and not answered yet. */
interface Waiting {
  resolve: (page: Uint8Array<ArrayBuffer> | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * The pages asked of a worker and not answered yet, and what a page asked gets once something went wrong. Astro
 * renders sixteen pages at a time and keeps asking after one failed (its queue runs on while the build ends): the
 * first failure is each build's one error, and the pages asked after it get an empty page, not the same error again
 * (a new-user review counted 1,115 "worker was closed" errors after one broken page).
 */
class Answers {
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #failure: Error | undefined;
  /** Whether a failure has reached Astro already: the build fails then, whatever comes after. */
  #reported = false;

  readonly #worker: Worker;

  constructor(worker: Worker) {
    this.#worker = worker;
  }

  /** A promise of the page asked as request `id` (posted by `post`), rejected with the path in the message. */
  ask(path: string, post: (id: number) => void): Promise<Uint8Array<ArrayBuffer> | undefined> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => {
        this.#reported = true;
        reject(new Error(`${path}: ${error.message}`, { cause: error }));
      };
      this.#waiting.set(id, { resolve, reject: failed });
      this.#worker.ref();
      post(id);
    });
  }

  /** Hands a worker's answer to its request. */
  settle({ id, page, error }: PageAnswer): void {
    const asked = this.#waiting.get(id);
    this.#waiting.delete(id);
    if (this.#waiting.size === 0) this.#worker.unref();
    if (error === undefined) asked?.resolve(page);
    else asked?.reject(new Error(error));
  }

  /** The worker stopped, failed or was closed: every page waiting gets the error. */
  fail(error: Error): void {
    this.#failure ??= error;
    for (const { reject } of this.#waiting.values()) reject(this.#failure);
    this.#waiting.clear();
  }

  /**
   * Undefined while all is well. After a failure: the failure for the first page asked, if no page has had it yet
   * (the build must fail); an empty page for the others (the build is failing: nothing of it is published).
   */
  afterFailure(): Promise<Uint8Array<ArrayBuffer>> | undefined {
    if (this.#failure === undefined && !this.#reported) return undefined;
    if (this.#reported) return Promise.resolve(new Uint8Array(new ArrayBuffer(0)));
    this.#reported = true;
    return Promise.reject(this.#failure);
  }
}

/**
 * Starts a page worker over the archive.
 * @example const worker = startPageWorker(archive, 'https://archive.example.int/');
 *   await worker.render('/en/reports/2017-11-27/items/2/d/', () => tags) // Uint8Array of '<!doctype html>…'
 */
export function startPageWorker(archive: Archive, site: string): PageWorker {
  const worker = new Worker(new URL('./page-worker.ts', import.meta.url), { workerData: { archive, site } });
  // Only a worker with pages to answer keeps the process alive: one left idle by a failed build never holds it open.
  worker.unref();
  const answers = new Answers(worker);
  worker.on('message', (answer: PageAnswer) => answers.settle(answer));
  worker.on('error', (error) => answers.fail(error));
  worker.on('exit', (code) => answers.fail(new Error(`the item page worker stopped (exit code ${code})`)));
  let setUp = false;
  return {
    render(path, tags) {
      const settled = answers.afterFailure();
      if (settled) return settled;
      if (!setUp) {
        setUp = true;
        const setup: PageWorkerSetup = { kind: 'setup', renderings: renderedEntries(), tags: tags().value };
        worker.postMessage(setup);
      }
      return answers.ask(path, (id) => worker.postMessage({ kind: 'render', id, path } satisfies PageRequest));
    },
    async close() {
      answers.fail(new Error('the item page worker was closed'));
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
