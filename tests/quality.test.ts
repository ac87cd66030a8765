/**
 * Quality gates over every built page, in both languages: valid HTML, no
 * broken link or anchor (pages, sitemap, feeds, data), headings and landmarks
 * in order, no inline code a strict CSP would block. Each check is also run on
 * a page broken on purpose, to show it can fail.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { nuHtmlCheck } from '../src/lib/nu-html-check.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFile, MIN_PAGES, requireBuild, SITE_DIR, sitePages } from './helpers.ts';
import {
  type BuiltPage,
  brokenLinks,
  brokenUrlsIn,
  builtPages,
  inlineCode,
  structureProblems,
} from '../src/lib/site-check.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';

let pages: BuiltPage[] = [];
// Listed while the tests are collected (the global setup has built the site by then): one test per page.
const PAGES = sitePages();
const broken: BuiltPage = {
  url: '/broken/',
  tree: fromHtml(readFileSync('tests/fixtures/quality/broken.html', 'utf8')),
};

requireBuild();
beforeAll(() => {
  pages = builtPages(SITE_DIR);
});

describe('valid HTML (html-validate, recommended rules)', () => {
  // Reads .htmlvalidate.json, the project's configuration.
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  it('the site has every page to check', () => {
    expect(PAGES.length).toBeGreaterThan(MIN_PAGES);
  });

  it.for(PAGES)('%s validates with zero errors', async (url) => {
    const report = await validator.validateFile(distFile(url));
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}: ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('catches the page broken on purpose', async () => {
    const report = await validator.validateFile('tests/fixtures/quality/broken.html');
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-implicit-close', 'close-order']));
  });
});

describe('valid HTML (W3C Nu Html Checker)', () => {
  const afterHtml = 'tests/fixtures/quality/after-html.html';
  let errors: string[] = [];
  // One Java run for the site and the fixtures: the checker takes seconds to start.
  beforeAll(() => {
    errors = nuHtmlCheck([SITE_DIR, afterHtml, 'tests/fixtures/quality/broken.html']);
  }, 120_000);

  it.for(PAGES)('%s has zero errors, nothing after </html> included', (url) => {
    expect(errors.filter((error) => error.startsWith(`${relative('.', distFile(url))}:`))).toEqual([]);
  });

  it('reports no error outside the pages it was given', () => {
    const files = new Set(PAGES.map((url) => relative('.', distFile(url))));
    expect(errors.filter((error) => !error.startsWith('tests/') && !files.has(error.split(':')[0]!))).toEqual([]);
  });

  it('catches a script after </html>, which html-validate passes', async () => {
    expect(errors.filter((error) => error.startsWith(afterHtml))).toEqual([
      `${afterHtml}:11:1: Stray start tag “script”.`,
      `${afterHtml}:11:1: Cannot recover after last error. Any further errors will be ignored. (fatal)`,
    ]);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(afterHtml);
    expect(report.valid).toBe(true);
  });

  it('catches the faults of the page broken on purpose', () => {
    expect(errors.filter((error) => error.startsWith('tests/fixtures/quality/broken.html')).join('\n')).toMatch(
      /An “img” element must have an “alt” attribute/,
    );
  });
});

describe('links and anchors', () => {
  it('every internal link and #anchor of every page resolves (twins, assets, downloads included)', () => {
    expect(pages.flatMap((page) => brokenLinks(SITE_DIR, page, SITE))).toEqual([]);
  });

  it('every URL in the sitemap, the feeds, the data files and robots.txt resolves', () => {
    const texts = [
      'sitemap-0.xml',
      'sitemap-index.xml',
      'en/feed.xml',
      'es/feed.xml',
      'data/items.json',
      'data/reports.json',
      'data/items.csv',
      'robots.txt',
    ];
    expect(
      texts.flatMap((file) =>
        brokenUrlsIn(SITE_DIR, readFileSync(join(SITE_DIR, file), 'utf8'), SITE).map((url) => `${file}: ${url}`),
      ),
    ).toEqual([]);
  });

  it('catches the dead link and the dead anchor of the page broken on purpose', () => {
    expect(brokenLinks(SITE_DIR, broken, SITE)).toEqual([
      '/broken/: /en/reports/1999-01-01/: no such page or file',
      '/broken/: #nowhere: no such page or file',
    ]);
  });
});

describe('page structure', () => {
  it('every page has one h1, headings in order, a skip link to <main> and landmarks', () => {
    expect(pages.flatMap(structureProblems)).toEqual([]);
  });

  it('catches a skipped heading level', () => {
    const page: BuiltPage = { url: '/skip/', tree: fromHtml('<main id="main"><h1>A</h1><h3>C</h3></main>') };
    expect(structureProblems(page)).toEqual(['/skip/: h3 follows h1 (a heading level is skipped)']);
  });
});

describe('no inline code (strict Content-Security-Policy)', () => {
  it('no page has an inline script, style or event handler', () => {
    expect(pages.flatMap(inlineCode)).toEqual([]);
  });

  it('every page carries the policy, and _headers sends it with the hardening headers', () => {
    const withoutPolicy = pages.filter(
      (page) =>
        !readFileSync(`${SITE_DIR}${page.url.endsWith('/') ? `${page.url}index.html` : page.url}`, 'utf8').includes(
          'http-equiv="Content-Security-Policy"',
        ),
    );
    expect(withoutPolicy.map((page) => page.url)).toEqual([]);
    const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
    );
    expect(headers).not.toContain('unsafe-inline');
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  it('catches the inline script of the page broken on purpose', () => {
    expect(inlineCode(broken)).toEqual(['/broken/: inline <script>']);
  });
});
