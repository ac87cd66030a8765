/**
 * The citation styles of every page (APA, Chicago: `CITATION_STYLES`), rendered before Astro renders the pages, in one
 * worker thread per language (split by style instead, the Chicago worker took twice as long as the APA one).
 * citeproc-js costs about 3 ms a rendering and holds about 300 MiB of engines (a heap snapshot at 300 reports: 700,000
 * `CSL.Token`s in four engines); rendered on the pages' own thread, both stayed there the whole build. In workers,
 * the engines' memory goes with the workers. The pages then find each rendering remembered (`rememberRenderings`);
 * any they do not find they render themselves, so the text is the same either way (tests/citation.test.ts).
 * Measured in docs/performance.md.
 */
import { Worker } from 'node:worker_threads';
import type { Archive } from '../lib/archive.ts';
import { LANGS } from '../schemas/index.ts';
import { type Citation, citationOf, distinctRenderings, rememberRenderings } from '../lib/citation.ts';

/**
 * Renders, in worker threads, every citation style that the report and item pages of `archive` show, and remembers
 * the texts for the pages. Resolves with how many renderings it made.
 * @example await renderCitationStyles(archive, 'https://archive.example.int/') // 8000 at 1,000 reports
 * @throws Error when a worker fails (its own error, e.g. a CSL file missing).
 */
export async function renderCitationStyles(archive: Archive, site: string): Promise<number> {
  const citations = distinctRenderings(
    archive.reports.flatMap((report) => [
      citationOf(archive, report, site),
      ...report.items.map((item) => citationOf(archive, report, site, item)),
    ]),
  );
  const rendered = await Promise.all(
    LANGS.map((lang) => renderInWorker(citations.filter((citation) => citation.lang === lang))),
  );
  for (const entries of rendered) rememberRenderings(entries);
  return rendered.reduce((sum, entries) => sum + entries.length, 0);
}

function renderInWorker(citations: Citation[]): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: citations });
    worker.once('message', (entries: [string, string][]) => {
      resolve(entries);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a citation worker stopped (exit code ${code})`)));
  });
}
