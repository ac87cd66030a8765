/**
 * A worker thread of the build (`citation-workers.ts`): renders the citations it is given (one language's) in the
 * CSL styles named with each, with citeproc-js, exactly as the pages would (`renderStyle`), and sends back what it
 * rendered (`renderedEntries`). Its citeproc-js engines, about 75 MiB each, end with it.
 * Input (`workerData`): `RenderingTask[]`; output: one message, `[key, text][]`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderedEntries, renderStyle } from '../lib/citation.ts';
import type { RenderingTask } from './citation-workers.ts';

for (const [citation, styles] of workerData as RenderingTask[])
  for (const style of styles) renderStyle(citation, style);
parentPort?.postMessage(renderedEntries());
