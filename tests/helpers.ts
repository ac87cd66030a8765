/**
 * Shared test helpers: the archive loaded from the files, and built pages
 * parsed with a real HTML parser.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, inject } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Archive } from '../src/lib/archive.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';

let archive: Archive | undefined;

/** The archive built from `content/`, loaded once per test file. */
export function contentArchive(): Archive {
  archive ??= loadArchiveFromFiles();
  return archive;
}

/** Path in dist/ of the page at a URL path (`/en/reports/` → `dist/en/reports/index.html`). */
export function distFile(urlPath: string): string {
  return join('dist', urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
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

/** A scratch copy of `content/` to break on purpose. */
export function copyOfContent(): string {
  const dir = scratchDir('content-');
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Fails the tests of a describe block (or file) at once with the build's own message when the global setup's build failed. */
export function requireBuild(): void {
  beforeAll(() => {
    const buildError = inject('buildError');
    if (buildError) throw new Error(buildError);
  });
}
