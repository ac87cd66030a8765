/**
 * A worker thread of the build (`page-workers.ts`): writes its share of the item pages, rendered from the markup
 * modules, while the build's own thread runs Astro. It is given the build's archive (a structured clone: the content
 * is read once per build), then the folder, the citation renderings and the item pages' asset tags; it answers with
 * the number of pages written, or with the first error.
 * Input (`workerData`): `PageWorkerData`; message in: `WritePages`; out: `PagesWritten`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { rememberRenderings } from '../lib/citation.ts';
import { raw } from '../lib/html.ts';
import { itemPages } from './page-prerenderer.ts';
import type { PagesWritten, PageWorkerData, WritePages } from './page-workers.ts';

const { archive, site, part, parts } = workerData as PageWorkerData;

parentPort?.once('message', (message: WritePages) => {
  parentPort?.postMessage(writePages(message));
});

/** Writes this worker's share of the pages; stops at the first page whose rendering or writing fails. */
function writePages({ dir, renderings, tags }: WritePages): PagesWritten {
  rememberRenderings(renderings);
  const assetTags = raw(tags);
  let index = 0;
  let written = 0;
  for (const [path, page] of itemPages(archive, site, () => assetTags)) {
    if (index++ % parts !== part) continue;
    try {
      // Synchronous, on this worker's own thread: the writes cost the build's thread nothing.
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), page());
      written++;
    } catch (error) {
      // The message alone, as the build prints any error: the worker's stack would only name its own modules.
      return { error: `${path}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { written };
}
