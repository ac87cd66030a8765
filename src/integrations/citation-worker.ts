/**
 * A worker thread of the build (`citation-workers.ts`): renders the citations it is given (one language's) in every
 * CSL style with citeproc-js, exactly as the pages would (`renderStyle`), and sends back what it rendered
 * (`renderedEntries`). Its citeproc-js engines, about 75 MiB each, end with it.
 * Input (`workerData`): `Citation[]`; output: one message, `[key, text][]`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type Citation, CITATION_STYLES, renderedEntries, renderStyle } from '../lib/citation.ts';

for (const citation of workerData as Citation[]) for (const { style } of CITATION_STYLES) renderStyle(citation, style);
parentPort?.postMessage(renderedEntries());
