/**
 * Hostile content in a real browser (issue 18): a copy of content/ whose item
 * text carries markup, script and event-handler text, a 117-character URL and
 * a 100,000-character word, and whose entity names carry markup, is checked,
 * built and served; Chromium opens its pages and searches it with hostile
 * query strings, with the Content-Security-Policy bypassed so that the
 * escaping and the sanitizer, not the CSP, are what is tested. No dialog
 * opens, no script of the content runs, no request leaves the origin, and no
 * page scrolls sideways at 320, 768 or 1280 px.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Dialog, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { pagePool } from './browser.ts';
import { buildSite, copyOfContent, scratchDir } from './helpers.ts';

/** Sets `window.__pwned` (or opens a dialog) if it ever runs. */
const RUN = 'window.__pwned=1';
const LONG_URL = `https://elsewhere.example/${'consular-protection/'.repeat(4)}${'x'.repeat(117 - 26 - 80)}`;
const LONG_WORD = 'a'.repeat(100_000);
const HOSTILE_TEXT = [
  `Hostile text: \\<script\\>${RUN}\\</script\\> \\<img src=x onerror="${RUN}"\\> "'\\>\\<svg onload="alert(1)"\\>`,
  `\\<a href="javascript:${RUN}"\\>x\\</a\\> javascript:alert(1) [a long link](${LONG_URL}) ${LONG_URL}`,
  LONG_WORD,
].join(' ');
const HOSTILE_NAME = `<img src=x onerror="${RUN}"><script>${RUN}</script></script>'"`;

/** A copy of content/ with hostile item text (item 1 of both 2017 reports) and hostile entity names. */
function hostileContent(): string {
  const dir = copyOfContent();
  for (const lang of ['en', 'es']) {
    const file = join(dir, 'reports', lang, '2017-11-27.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<Item n="1">\n', `<Item n="1">\n${HOSTILE_TEXT}\n\n`));
  }
  const initiatives = join(dir, 'initiatives.yaml');
  writeFileSync(
    initiatives,
    readFileSync(initiatives, 'utf8').replace(
      'name: { en: MICIC Initiative, es: Iniciativa MICIC }',
      `name: { en: ${JSON.stringify(`MICIC Initiative ${HOSTILE_NAME}`)}, es: ${JSON.stringify(`Iniciativa MICIC ${HOSTILE_NAME} ${'b'.repeat(300)}`)} }`,
    ),
  );
  return dir;
}

const PAGES = [
  '/',
  ...['en', 'es'].flatMap((lang) =>
    [
      '',
      'reports/',
      'reports/2017-11-27/',
      'reports/2017-11-27/items/1/',
      'initiatives/',
      'initiatives/micic/',
      'organizations/iom/',
      'countries/',
      'countries/el-salvador/',
      'glossary/',
    ].map((path) => `/${lang}/${path}`),
  ),
];

const SEARCHES = [
  '/en/search/?q=onerror',
  '/es/search/?q=script',
  `/en/search/?q=${encodeURIComponent(`<script>${RUN}</script>`)}`,
  `/en/search/?q=${encodeURIComponent(`"><img src=x onerror=${RUN}>`)}&initiative=${encodeURIComponent('<script>alert(1)</script>')}`,
  `/es/search/?q=${encodeURIComponent('javascript:alert(1)')}&year=${encodeURIComponent('"><svg onload=alert(1)>')}&sort=date`,
];

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDist>> | undefined;

beforeAll(async () => {
  const out = join(scratchDir('hostile-site-'), 'dist');
  const build = buildSite(['--content', hostileContent(), '--out', out]);
  if (build.status !== 0) throw new Error(`the build of hostile content failed:\n${build.stderr}`);
  [browser, server] = await Promise.all([launchChromium(), serveDist(out)]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a URL at a width, in a page of `pool` (its context bypasses the CSP, its caches off), and reports what
 * happened: dialogs, requests elsewhere, whether content script ran, whether the page scrolls sideways.
 */
async function visit(url: string, width = 1280, ready?: (page: Page) => Promise<void>): Promise<string[]> {
  return pool.use(async (page) => {
    const seen: string[] = [];
    const onDialog = (dialog: Dialog) => {
      seen.push(`${url}: dialog "${dialog.message()}"`);
      void dialog.dismiss();
    };
    const onRequest = (request: Request) => {
      if (!request.url().startsWith(`${started().server.origin}/`)) seen.push(`${url}: request to ${request.url()}`);
    };
    page.on('dialog', onDialog);
    page.on('request', onRequest);
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${started().server.origin}${url}`);
      await ready?.(page);
      seen.push(...(await misdeeds(page, url, width)));
    } finally {
      page.off('dialog', onDialog);
      page.off('request', onRequest);
    }
    return seen;
  });
}

/** What a loaded page shows of hostile content having worked: its script ran, or the page scrolls sideways. */
async function misdeeds(page: Page, url: string, width: number): Promise<string[]> {
  const seen: string[] = [];
  if (await page.evaluate(() => (window as { __pwned?: unknown }).__pwned !== undefined))
    seen.push(`${url}: content script ran`);
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (scroll > client) seen.push(`${url} at ${width}px scrolls sideways: ${scroll} > ${client}`);
  return seen;
}

/** The browser and server the file's `beforeAll` started. */
function started(): { browser: Browser; server: NonNullable<typeof server> } {
  if (!browser || !server) throw new Error('not started');
  return { browser, server };
}

/** Three pages of one context with the CSP bypassed (so that a content script would run) and no cache. */
const pool = pagePool(() => started().browser, 3, { context: { bypassCSP: true }, uncached: true });

/** Waits until the search page has announced its count (or that nothing was found). */
async function searched(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.results [role=status]').innerText(), { timeout: 10_000 })
    .toMatch(/\d|No results|Sin resultados/);
}

describe('hostile content in Chromium', () => {
  it('the hostile item text is on the pages, as text', async () => {
    if (!browser || !server) throw new Error('not started');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en/reports/2017-11-27/items/1/`);
    const text = await page.locator('.item-text').first().innerText();
    expect(text).toContain(`<script>${RUN}</script>`);
    expect(text).toContain(LONG_WORD);
    expect(
      await page.locator('main script, main img, main svg, [onerror], [onload], a[href^="javascript"]').count(),
    ).toBe(0);
    await page.close();
  });

  // Concurrent (at most maxConcurrency, 5, at a time), taking turns on the pool's three pages.
  it.concurrent.for([320, 768, 1280].flatMap((width) => PAGES.map((url) => [url, width] as const)))(
    '%s at %i px opens no dialog, runs no content script, requests no other origin and does not scroll sideways',
    async ([url, width], { expect }) => {
      expect(await visit(url, width)).toEqual([]);
    },
  );

  // One at a time: each search loads Pagefind's index and WebAssembly, which several at once on two cores may not
  // finish within the wait of `searched` (and its expect.poll belongs to one test at a time).
  it.for([320, 1280].flatMap((width) => SEARCHES.map((url) => [url, width] as const)))(
    'the search %s at %i px opens no dialog, runs no content script and requests no other origin',
    async ([url, width]) => {
      expect(await visit(url, width, searched)).toEqual([]);
    },
  );

  it('a search finds the hostile item and shows its text as text', async () => {
    if (!browser || !server) throw new Error('not started');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/en/search/?q=onerror`);
    await searched(page);
    const excerpts = await page.locator('.results__list > li').allInnerTexts();
    expect(excerpts.some((excerpt) => excerpt.includes('onerror'))).toBe(true);
    expect(await page.locator('.results__list img, .results__list script, .results__list svg').count()).toBe(0);
    await page.close();
  });
});
