/**
 * The citation styles of every page (APA, Chicago: `CITATION_STYLES`), rendered before Astro renders the pages, in one
 * worker thread per language, one after the other (split by style instead, the Chicago worker took twice as long as
 * the APA one). Side by side, the two took 10.4 s at 1,000 reports and the build's peak memory to 1.62 GiB, past issue
 * 19's 1.5 GiB; one after the other, 16.6 s and 1.23 GiB (docs/performance.md). Only a build without the cache pays.
 * citeproc-js costs about 3 ms a rendering and holds about 300 MiB of engines (a heap snapshot at 300 reports: 700,000
 * `CSL.Token`s in four engines); rendered on the pages' own thread, both stayed there the whole build. In workers,
 * the engines' memory goes with the workers. The pages then find each rendering remembered (`rememberRenderings`);
 * any they do not find they render themselves, so the text is the same either way (tests/citation.test.ts).
 *
 * Renderings are kept between builds in Astro's cache folder (`citation-styles.json`, under `renderingsVersion`),
 * so a rebuild renders only the citations that changed: a new report's, or every one when the origin, a CSL file
 * or citeproc-js changed. Measured in docs/performance.md.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Archive } from '../lib/archive.ts';
import { LANGS } from '../schemas/index.ts';
import {
  type Citation,
  CITATION_STYLES,
  type CitationStyle,
  citationOf,
  distinctRenderings,
  rememberRenderings,
  renderedEntries,
  renderingsOf,
  renderingsVersion,
} from '../lib/citation.ts';

/** One citation to render in some styles: what a worker thread is given. */
export type RenderingTask = [citation: Citation, styles: CitationStyle[]];

/** What `renderCitationStyles` did: renderings made by citeproc-js, and those found in the cache folder. */
export interface CitationStylesRun {
  rendered: number;
  cached: number;
}

/** The file that keeps renderings between builds, in Astro's cache folder (`cacheDir`). */
export function renderingsCacheFile(cacheDir: string): string {
  return join(cacheDir, 'citation-styles.json');
}

/**
 * Renders, in worker threads, every citation style that the report and item pages of `archive` show and that the
 * cache folder does not hold, remembers the texts for the pages, and writes the cache anew (only what this archive
 * uses, so it never grows past one build's worth: about 8 MB at 1,000 reports).
 * @example await renderCitationStyles(archive, 'https://archive.example.int/', 'node_modules/.astro')
 *   // { rendered: 8000, cached: 0 } at 1,000 reports the first time; { rendered: 0, cached: 8000 } after
 * @throws Error when a worker fails (its own error, e.g. a CSL file missing). A cache file that cannot be read, or
 *   was written under another `renderingsVersion`, is ignored.
 */
export async function renderCitationStyles(
  archive: Archive,
  site: string,
  cacheDir?: string,
): Promise<CitationStylesRun> {
  const cacheFile = cacheDir === undefined ? undefined : renderingsCacheFile(cacheDir);
  const cached = cacheFile === undefined ? [] : readRenderings(cacheFile);
  rememberRenderings(cached);
  const citations = distinctRenderings(
    archive.reports.flatMap((report) => [
      citationOf(archive, report, site),
      ...report.items.map((item) => citationOf(archive, report, site, item)),
    ]),
  );
  // One worker at a time: each added about 400 MiB to the build's process while it ran (its engines, heap and code).
  const rendered: [string, string][][] = [];
  for (const lang of LANGS) rendered.push(await renderInWorker(tasks(citations, lang)));
  for (const entries of rendered) rememberRenderings(entries);
  if (cacheFile !== undefined) writeRenderings(cacheFile, citations);
  const made = rendered.reduce((sum, entries) => sum + entries.length, 0);
  return { rendered: made, cached: cached.length };
}

/** The citations of a language with the styles in which they are not remembered yet. */
function tasks(citations: Citation[], lang: string): RenderingTask[] {
  return citations.flatMap((citation): RenderingTask[] => {
    if (citation.lang !== lang) return [];
    const styles = CITATION_STYLES.map(({ style }) => style).filter(
      (style) => !renderingsOf(citation, style).remembered,
    );
    return styles.length > 0 ? [[citation, styles]] : [];
  });
}

/** Renders the tasks in a worker thread; none is started when there is nothing to render. */
function renderInWorker(tasks: RenderingTask[]): Promise<[string, string][]> {
  if (tasks.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { workerData: tasks });
    worker.once('message', (entries: [string, string][]) => {
      resolve(entries);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a citation worker stopped (exit code ${code})`)));
  });
}

/** The renderings of the cache file, or none when it is missing, unreadable, or of another version. */
function readRenderings(file: string): [string, string][] {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; entries?: unknown };
    const fit = kept.version === renderingsVersion() && Array.isArray(kept.entries);
    return fit ? (kept.entries as unknown[]).filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(entry: unknown): entry is [string, string] {
  return Array.isArray(entry) && entry.length === 2 && entry.every((part) => typeof part === 'string');
}

/**
 * Writes the renderings the citations use (all remembered by now) to the cache file, through a temporary file and a
 * rename, so a build stopped midway never leaves half a file.
 */
function writeRenderings(file: string, citations: Citation[]): void {
  const used = new Set(
    citations.flatMap((citation) => CITATION_STYLES.flatMap(({ style }) => renderingsOf(citation, style).keys)),
  );
  const entries = renderedEntries().filter(([key]) => used.has(key));
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ version: renderingsVersion(), entries }));
  renameSync(`${file}.tmp`, file);
}
