/**
 * Shared test helpers: the archive loaded from the files, and built pages
 * parsed with a real HTML parser.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, inject } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Archive } from '../src/lib/archive.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { logBuild } from './build-log.ts';

/**
 * The built site the tests read: `dist/`, or ARCHIVE_SITE when the tests run
 * over another build (the third-report test runs them over a build of a copy
 * of `content/` with ARCHIVE_CONTENT and ARCHIVE_SITE set).
 */
export const SITE_DIR = process.env['ARCHIVE_SITE'] ?? 'dist';

/** The content folder the tests read: `content/`, or ARCHIVE_CONTENT. */
export { defaultContentDir };

let archive: Archive | undefined;

/** The archive built from `content/` (or ARCHIVE_CONTENT), loaded once per test file. */
export function contentArchive(): Archive {
  archive ??= loadArchiveFromFiles();
  return archive;
}

/** Path in the built site (dist/ or ARCHIVE_SITE) of the page at a URL path (`/en/reports/` → `dist/en/reports/index.html`). */
export function distFile(urlPath: string): string {
  return join(SITE_DIR, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** Whether a page exists in dist/. */
export function pageExists(urlPath: string): boolean {
  return existsSync(distFile(urlPath));
}

/** A built page, parsed. */
export function page(urlPath: string): Root {
  return fromHtml(readFileSync(distFile(urlPath), 'utf8'));
}

/** Text of the first element matching a selector, whitespace collapsed; undefined if none. */
export function textOf(tree: Root, selector: string): string | undefined {
  const element = select(selector, tree);
  return element ? normalise(toText(element)) : undefined;
}

/** Every element matching a selector. */
export { select, selectAll };

/** Collapses whitespace so texts compare as words, not layout. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fresh scratch folder, removed with all the others when the test run ends (tests/global-setup.ts). */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(inject('scratch'), prefix));
}

/** A scratch copy of `content/` (or ARCHIVE_CONTENT) to break on purpose. */
export function copyOfContent(): string {
  const dir = scratchDir('content-');
  cpSync(defaultContentDir(), dir, { recursive: true });
  return dir;
}

/** Fails the tests of a describe block (or file) at once with the build's own message when the global setup's build failed. */
export function requireBuild(): void {
  beforeAll(() => {
    const buildError = inject('buildError');
    if (buildError) throw new Error(buildError);
  });
}

/** The fixture of the moved and withdrawn URLs, kept with the shared variant build that uses it. */
export { MOVED_AND_WITHDRAWN } from './variant.ts';

/**
 * The suite's shared build of a changed copy of the content (tests/variant.ts): its content folder, site and what
 * the build printed on standard error. Call it
 * at the top of a test file or describe block: it fails those tests with the build's own message when that build
 * failed. Example: `const variant = variantSite(); … join(variant.site, 'en/reports/2014-06-24/index.html')`.
 */
export function variantSite(): { content: string; site: string; stderr: string } {
  beforeAll(() => {
    const { error } = inject('variant');
    if (error) throw new Error(error);
  });
  const { content, site, stderr } = inject('variant');
  return { content, site, stderr };
}

/**
 * Builds the site with `scripts/build.ts` into `out` (a content folder and other options in `args`), logging the
 * build (tests/build-log.ts) so a run's builds can be counted. Returns the finished process; never throws.
 * Example: `buildSite(['--content', copy, '--out', site])`.
 */
export function buildSite(args: string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  logBuild(args.join(' '));
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env });
}

/**
 * The URL of every HTML page of the built site (dist/ or ARCHIVE_SITE), sorted, as `builtPages` names them (`/en/`,
 * `/404.html`); `[]` when there is no site. Cheap enough to call while Vitest collects tests, so `it.for(sitePages())`
 * makes one test per page and a failure names its page. Pair it with a test that the list is not empty.
 */
export function sitePages(): string[] {
  if (!existsSync(SITE_DIR)) return [];
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/${name.split(sep).join('/')}`.replace(/\/index\.html$/, '/'))
    .sort();
}

/** The number of pages below which the built site is not the archive (a failed or partial build). */
export const MIN_PAGES = 150;
