/**
 * A worker thread of the build (`page-workers.ts`): renders item pages from the markup modules on the second core
 * while the build's own thread runs Astro. It is given the build's archive (a structured clone: the content is read
 * once per build), then the citation renderings and the item pages' asset tags, and answers each path with the page,
 * in UTF-8.
 * Input (`workerData`): `{ archive, site }`; messages in: `PageWorkerSetup`, then `PageRequest`s; out: `PageAnswer`s.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Archive } from '../lib/archive.ts';
import { rememberRenderings } from '../lib/citation.ts';
import { raw } from '../lib/html.ts';
import { itemPages } from './page-prerenderer.ts';
import type { PageAnswer, PageWorkerMessage } from './page-workers.ts';

const { archive, site } = workerData as { archive: Archive; site: string };
let pages: ReturnType<typeof itemPages> | undefined;

parentPort?.on('message', (message: PageWorkerMessage) => {
  if (message.kind === 'setup') {
    rememberRenderings(message.renderings);
    const tags = raw(message.tags);
    pages = itemPages(archive, site, () => tags);
    return;
  }
  const reply = answer(message.id, message.path);
  // The page's bytes are handed over, not copied: the build's thread never holds the page as a string, nor encodes it.
  parentPort?.postMessage(reply, reply.page ? [reply.page.buffer] : []);
});

const utf8 = new TextEncoder();

/** The page at `path` in UTF-8 (`undefined`: no item page has it), or the error its rendering threw, as text. */
function answer(id: number, path: string): PageAnswer {
  try {
    const page = pages?.get(path);
    return { id, page: page && utf8.encode(page()) };
  } catch (error) {
    // The message alone, as the build prints any error: the worker's stack would only name its own modules.
    return { id, page: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}
