/**
 * Which test file runs in which Vitest project (vitest.config.ts), so that each project can run alone:
 *
 * - `unit`: reads sources and fixtures only; never builds the site (no global setup build), under 30 s;
 * - `site`: reads the one shared build of `dist/` (made by tests/global-setup.ts), or builds it makes itself, or
 *   runs the project's commands as processes;
 * - `browser`: drives Debian's Chromium (or nginx) over a built site.
 *
 * A new test file must be named in exactly one list: tests/projects.test.ts fails until it is.
 * Example: `npx vitest run --project unit`.
 */

/** Test files that need no build of the site. */
export const UNIT = [
  'action-lists',
  'actions',
  'changes',
  'citation-query',
  'cli',
  'code-shape',
  'entity-listing',
  'escaping',
  'fidelity',
  'html',
  'import-facts',
  'import-structure',
  'item-number',
  'items',
  'mentions',
  'numbering',
  'page-data',
  'page-workers',
  'preview-server',
  'projects',
  'reader-checks',
  'readers',
  'report-fields',
  'scale',
  'schema',
  'search-newest',
  'search-query',
  'search-records',
  'site-archive',
  'sitemap-links',
  'template-samples',
  'timeline',
  'urls',
];

/** Test files that read the shared build of dist/ or build a site of their own. */
export const SITE = [
  'across-meetings',
  'action-data',
  'action-pages',
  'budgets',
  'citation',
  'connections',
  'date-style',
  'documents-site',
  'entity-pages',
  'file-count',
  'hostile',
  'import-roundtrip',
  // Runs `npm run import` as a process, about fifteen times: a command's test, too slow for the unit project.
  'importer',
  'open-data',
  'origin',
  'parity',
  'permalinks',
  'quality',
  'reproducible',
  'search-index',
  'site',
  'static-pages',
  'third-report',
  'visible-text',
  'wayfind',
];

/** Test files that drive a browser or a real web server over a built site. */
export const BROWSER = [
  'across-meetings-browser',
  'browser-quality',
  'citation-browser',
  'dev-server',
  'header-browser',
  'hostile-browser',
  'hosting',
  'language-entry',
  'print',
  'search',
  'search-dialog',
  'search-golden',
  'wayfind-browser',
];

/** The project names and their files as paths from the repository root (`tests/urls.test.ts`). */
export const PROJECTS: Record<'unit' | 'site' | 'browser', string[]> = {
  unit: UNIT.map(testFile),
  site: SITE.map(testFile),
  browser: BROWSER.map(testFile),
};

/** `urls` → `tests/urls.test.ts`. */
export function testFile(name: string): string {
  return `tests/${name}.test.ts`;
}
