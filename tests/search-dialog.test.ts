/**
 * The search dialog with the keyboard only (issue 20, parts 6 and 7), in Chromium over `dist/`: on a home, report,
 * item and entity page in both languages, `/` opens it (not when typed in a field), typing shows results, ↓↓ Enter
 * lands on the second hit, Tab stays inside, Esc closes and gives the focus back, Ctrl+K opens; a citation typed into
 * it lands on its item; its script is not fetched before it opens; axe finds nothing wrong with it open. And the search
 * page's language switch keeps the query and filters.
 */
import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/schemas/index.ts';
import { itemPath, pagePath, reportPath, searchPath } from '../src/lib/urls.ts';
import { pagePool, useBrowser } from './browser.ts';
import { distFile } from './helpers.ts';

const { browser, origin } = useBrowser();
const pool = pagePool(browser, 3, { init: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });

const LANGS: Lang[] = ['en', 'es'];
const REPORT = '2017-11-27';
/** A page of each kind in each language. */
const PAGES = LANGS.flatMap((lang) =>
  ['', reportPath(REPORT), itemPath(REPORT, '2.d'), 'countries/el-salvador/'].map((path) => pagePath(lang, path)),
);
/** A word found in several items of either language. */
const QUERY = 'consular';

/** The URL of the dialog's script, as the search page holds it (src/components/LazyScript.astro). */
function dialogScript(lang: Lang): string {
  const html = readFileSync(distFile(pagePath(lang, searchPath())), 'utf8');
  const src = /<template data-lazy-script="dialog" data-src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${lang} search page holds no dialog script`);
  return src;
}

const isOpen = (page: Page) => page.locator('dialog.search-dialog[open]').count();
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { id: element?.id ?? '', inDialog: Boolean(element?.closest('dialog[open]')), text: element?.textContent };
  });

/** Types a query into the open dialog and waits for its count to be announced; returns the hits' paths. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.keyboard.type(query);
  await page.locator('dialog [role=status][aria-live=polite]').filter({ hasText: /\d/ }).waitFor({ timeout: 10_000 });
  return page
    .locator('dialog .results__list a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('the search dialog, keyboard only', () => {
  it.concurrent.for(PAGES)('%s: / and Ctrl+K open it, arrows and Enter choose, Esc and Tab keep focus', (path) =>
    pool.use(async (page) => {
      const lang = path.slice(1, 3) as Lang;
      const requested: string[] = [];
      const errors: string[] = [];
      const onRequest = (request: Request) => requested.push(new URL(request.url()).pathname);
      // A style the Content-Security-Policy refused, or a script error, is a console error.
      const onConsole = (message: ConsoleMessage) => message.type() === 'error' && errors.push(message.text());
      page.on('request', onRequest);
      page.on('console', onConsole);
      await page.goto(`${origin()}${path}`);
      // `/` typed in a field is a character, not the shortcut.
      await page.locator('#site-search-q').focus();
      await page.keyboard.type('a/b');
      expect(await page.locator('#site-search-q').inputValue()).toBe('a/b');
      expect(await isOpen(page)).toBe(0);
      expect(requested).not.toContain(dialogScript(lang));
      // The opener: the site's name link, reached with Tab from the box (back past the skip link and the nav).
      await page.locator('.site-name').focus();
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog[open]').waitFor({ timeout: 10_000 });
      expect(requested).toContain(dialogScript(lang));
      expect((await focused(page)).id).toBe('search-dialog-q');
      const hits = await typeQuery(page, QUERY);
      expect(hits.length).toBeGreaterThan(1);
      // Past the box, the close button and every hit, and round again.
      for (let n = 0; n < hits.length + 4; n++) {
        await page.keyboard.press('Tab');
        expect((await focused(page)).inDialog).toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-name');
      // One Esc closes it from the box with the query in it (a search field's own first Esc would only empty it).
      await page.keyboard.press('Control+k');
      await page.locator('dialog.search-dialog[open]').waitFor();
      expect(await page.locator('#search-dialog-q').inputValue()).toBe(QUERY);
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toBe(0);
      await page.keyboard.press('Control+k');
      await page.locator('dialog.search-dialog[open]').waitFor();
      expect((await focused(page)).id).toBe('search-dialog-q');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin()}${hits[1]}`, { timeout: 10_000 });
      page.off('request', onRequest);
      page.off('console', onConsole);
      expect(errors).toEqual([]);
    }),
  );

  const citations: Record<Lang, string> = {
    en: 'item 2.d of the report of 27 November 2017',
    es: 'punto 2.d del informe del 27 de noviembre de 2017',
  };
  it.concurrent.for(LANGS)('%s: a citation typed into it is offered first and Enter lands on its item', (lang) =>
    pool.use(async (page) => {
      await page.goto(`${origin()}${pagePath(lang, reportPath('2016-11-15'))}`);
      await page.keyboard.press('Control+k');
      await page.locator('dialog.search-dialog[open]').waitFor({ timeout: 10_000 });
      await page.keyboard.type(citations[lang]);
      const first = page.locator('dialog .results__list li:first-child a');
      await first.filter({ hasText: '2.d' }).waitFor({ timeout: 10_000 });
      expect(new URL(await first.evaluate((link) => (link as HTMLAnchorElement).href)).pathname).toBe(
        pagePath(lang, itemPath(REPORT, '2.d')),
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin()}${pagePath(lang, itemPath(REPORT, '2.d'))}`, { timeout: 10_000 });
    }),
  );

  it.concurrent.for(LANGS)('%s: more hits than it shows end in a link to all of them on the search page', (lang) =>
    pool.use(async (page) => {
      await page.goto(`${origin()}${pagePath(lang, reportPath(REPORT))}`);
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog[open]').waitFor({ timeout: 10_000 });
      const shown = await typeQuery(page, QUERY);
      const count = Number(/\d+/.exec(await page.locator('dialog [role=status]').innerText())?.[0]);
      expect(shown).toHaveLength(8);
      expect(count).toBeGreaterThan(8);
      const all = page.locator('dialog .results__all a');
      expect(await all.innerText()).toContain(String(count));
      // Reached with the arrows, as the hits are: one press past the last hit.
      for (let press = 0; press <= shown.length; press++) await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('.results__all') !== null)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin()}${pagePath(lang, searchPath())}?q=${QUERY}`, { timeout: 10_000 });
      const status = page.locator('.results [role=status]');
      // A page load and a first search: longer than a keystroke's answer on a loaded machine.
      await status.filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
      expect(Number(/\d+/.exec(await status.innerText())?.[0])).toBe(count);
    }),
  );

  it.concurrent.for(LANGS)('%s: axe finds no WCAG 2.2 AA violation with the dialog open', (lang) =>
    pool.use(async (page) => {
      await page.goto(`${origin()}${pagePath(lang, reportPath(REPORT))}`);
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog[open]').waitFor({ timeout: 10_000 });
      await typeQuery(page, QUERY);
      const violations = await page.evaluate(async () => {
        type Axe = { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> };
        const result = await (window as unknown as { axe: Axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((violation) => violation.id);
      });
      expect(violations).toEqual([]);
    }),
  );

  it.concurrent.for(LANGS)('%s: the language switch of the search page keeps the query and filters', (lang) =>
    pool.use(async (page) => {
      const search = '?q=IOM&year=2017&sort=date';
      await page.goto(`${origin()}${pagePath(lang, searchPath())}${search}`);
      // Answered (a count or "No results"): the page's script has run.
      const status = page.locator('.results [role=status]');
      await status.filter({ hasText: /\d|No results|Sin resultados/ }).waitFor({ timeout: 10_000 });
      const other = lang === 'en' ? 'es' : 'en';
      await page.locator('.site-nav__lang a').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin()}${pagePath(other, searchPath())}${search}`, { timeout: 10_000 });
      expect(await page.locator('#site-search-q').inputValue()).toBe('IOM');
      expect(await page.locator('#search-year').inputValue()).toBe('2017');
    }),
  );
});
