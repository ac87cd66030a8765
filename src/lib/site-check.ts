/**
 * Checks over a built site that need no browser: every internal link and
 * #anchor resolves, pages have one h1 and headings in order, a skip link and
 * landmarks, and no inline script or style. Used by the tests over dist/ and
 * over deliberately broken fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { LANGS } from '../schemas/index.ts';
import { identifierTarget } from './hosting.ts';

/** One built HTML page: its URL path and its parsed tree. */
export interface BuiltPage {
  /** URL path, `/en/reports/` or `/404.html`. */
  url: string;
  /** The parsed document. */
  tree: Root;
}

/** Every HTML page of a built site. */
export function builtPages(siteDir: string): BuiltPage[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const path = `/${relative(siteDir, join(siteDir, name)).split(sep).join('/')}`;
      return {
        url: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path,
        tree: fromHtml(readFileSync(join(siteDir, name), 'utf8')),
      };
    });
}

/**
 * The file a URL path is served from, or undefined if the site has none. An identifier (`/id/2017-11-27/2/d/`) is
 * served by the host as its page (src/lib/hosting.ts): the English page's file, when the page exists in every language.
 */
export function fileFor(siteDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const pages = LANGS.flatMap((lang) => identifierTarget(clean, lang) ?? []);
  if (pages.length > 0) {
    const files = pages.map((page) => fileFor(siteDir, page));
    return files.every((file) => file !== undefined) ? files[0] : undefined;
  }
  const candidates = clean.endsWith('/')
    ? [join(siteDir, clean, 'index.html')]
    : [join(siteDir, clean), join(siteDir, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const ids = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    found = new Set(selectAll('[id]', tree).map((element) => String(element.properties['id'])));
    ids.set(file, found);
  }
  return found;
}

/** Every link of a page that does not resolve in the site: `page: href: why`. */
export function brokenLinks(siteDir: string, page: BuiltPage, site: string): string[] {
  const problems: string[] = [];
  const attributes: [string, string][] = [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['form[action]', 'action'],
  ];
  for (const [selector, attribute] of attributes) {
    for (const element of selectAll(selector, page.tree)) {
      const raw = String(element.properties[attribute === 'href' ? 'href' : attribute] ?? '');
      const target = new URL(raw, new URL(page.url, site));
      if (target.origin !== new URL(site).origin) continue;
      const file = fileFor(siteDir, target.pathname);
      if (!file) {
        problems.push(`${page.url}: ${raw}: no such page or file`);
        continue;
      }
      if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        problems.push(`${page.url}: ${raw}: no element with id "${target.hash.slice(1)}"`);
      }
    }
  }
  return problems;
}

/** URLs written in a text file (sitemap, feeds, data) that point into the site but resolve to nothing. */
export function brokenUrlsIn(siteDir: string, text: string, site: string): string[] {
  const origin = new URL(site).origin;
  return [
    ...new Set(text.match(new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>,]*`, 'g')) ?? []),
  ].filter((url) => !fileFor(siteDir, new URL(url).pathname));
}

/** Structure every page owes its readers: one h1, headings that never skip a level, a skip link to main, landmarks. */
export function structureProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  const headings = selectAll('h1, h2, h3, h4, h5, h6', page.tree).map((element) => Number(element.tagName.slice(1)));
  if (headings.filter((level) => level === 1).length !== 1)
    problems.push(`${page.url}: has ${headings.filter((level) => level === 1).length} h1 elements, not one`);
  headings.forEach((level, index) => {
    const previous = index === 0 ? 0 : (headings[index - 1] ?? 0);
    if (level > previous + 1)
      problems.push(`${page.url}: h${level} follows h${previous || 'nothing'} (a heading level is skipped)`);
  });
  if (selectAll('main#main', page.tree).length !== 1) problems.push(`${page.url}: needs exactly one <main id="main">`);
  const hasNav = selectAll('header', page.tree).length > 0;
  if (hasNav && selectAll('a.skip-link[href="#main"]', page.tree).length !== 1)
    problems.push(`${page.url}: needs a skip link to #main`);
  if (hasNav && selectAll('footer', page.tree).length !== 1) problems.push(`${page.url}: needs a <footer> landmark`);
  return problems;
}

/**
 * Inline code a strict CSP would block: scripts without src (JSON-LD data excepted), <style>, style="…", on…= handlers.
 */
export function inlineCode(page: BuiltPage): string[] {
  const problems: string[] = [];
  for (const script of selectAll('script', page.tree)) {
    const type = String(script.properties['type'] ?? '');
    if (!script.properties['src'] && type !== 'application/ld+json') problems.push(`${page.url}: inline <script>`);
  }
  if (selectAll('style', page.tree).length > 0) problems.push(`${page.url}: inline <style>`);
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties['style'] !== undefined) problems.push(`${page.url}: style="…" on <${child.tagName}>`);
      if (Object.keys(child.properties).some((name) => /^on[A-Z]/.test(name)))
        problems.push(`${page.url}: inline event handler on <${child.tagName}>`);
      walk(child);
    }
  };
  walk(page.tree);
  return problems;
}

/**
 * Our own scripts and stylesheets a page loads (`/_astro/…`, `/scripts/…`), as URL paths; not the scripts it only
 * names for later (`data-src`, src/components/LazyScript.astro).
 */
export function pageAssets(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/(?<![\w-])(?:href|src)="(\/(?:_astro|scripts)\/[^"]+\.(?:css|js))"/g)].map(
        (match) => match[1] as string,
      ),
    ),
  ];
}

/**
 * Byte budgets of a first visit (gzip, HTML with its CSS and JS; `pageWeight`), like Starlight's size-limit: a report
 * page ≤ 11 KB, an item page ≤ 8 KB. Checked on the real site (tests/budgets.test.ts) and at scale (`npm run bench`).
 */
export const PAGE_BUDGETS = { report: 11 * 1024, item: 8 * 1024 } as const;

/**
 * Budget (gzip) of a script a page holds but loads only when needed (`src/components/LazyScript.astro`: the reading of
 * a cited reference on the search page), the figure for a script "loaded only when opened" (issue 20: the
 * search dialog's own script ≤ 3 KB gzip). Scripts a page loads with itself stay within 2 KB each, uncompressed.
 * @example gzipSync(readFileSync(file)).length <= LAZY_SCRIPT_BUDGET
 */
export const LAZY_SCRIPT_BUDGET = 3 * 1024;

/** gzip bytes of a page's HTML plus the CSS and JS it loads: what a first visit downloads. */
export function pageWeight(siteDir: string, htmlFile: string): number {
  const html = readFileSync(htmlFile);
  return [html, ...pageAssets(html.toString('utf8')).map((asset) => readFileSync(join(siteDir, asset)))].reduce(
    (sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length,
    0,
  );
}
