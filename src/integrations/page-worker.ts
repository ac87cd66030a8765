/**
 * The worker thread that renders item and identifier pages (`startPageWorker` in `page-prerenderer.ts` starts it):
 * Astro's thread hands it a page's path and gets the page's HTML back, so the two cores of a build machine both
 * render. It receives the archive once (a structured clone, in `workerData`) and answers messages in order.
 *
 * In: `{ id, path, tags }` (tags: the stylesheet and script tags of each kind of page, from Astro's build).
 * Out: `{ id, html }` (`html: null` for a path that is no item or identifier page), or `{ id, error }`, and
 * `{ busyMs }` when asked with `{ id: -1 }` (for `npm run bench`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { raw } from '../lib/html.ts';
import { fastPages, type PageRequest, type PageReply, type PageWorkerData } from './page-prerenderer.ts';

const { archive, site } = workerData as PageWorkerData;
let tags: PageRequest['tags'] | undefined;
const pages = fastPages(archive, site, (kind) => raw(tags![kind]));
let busyMs = 0;

parentPort!.on('message', ({ id, path, tags: pageTags }: PageRequest) => {
  if (id === -1) return parentPort!.postMessage({ id, busyMs } satisfies PageReply);
  const began = performance.now();
  tags = pageTags;
  let reply: PageReply;
  try {
    reply = { id, html: pages.get(path)?.() ?? null };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  busyMs += performance.now() - began;
  parentPort!.postMessage(reply);
});
