/**
 * Quality in a real browser (Debian's Chromium) over the site served the way a
 * static host serves it: axe-core WCAG 2.2 AA on every page, no request to any
 * other origin and no CSP violation on any template, the keyboard path, no
 * horizontal scroll from 320 px up, print that keeps text and permanent URL,
 * and every ledger URL answering with and without its trailing slash.
 */
import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLedger } from '../src/lib/permalinks.ts';
import { pagePool, useBrowser } from './browser.ts';
import { MIN_PAGES, sitePages } from './helpers.ts';
import { LANGS } from '../src/lib/locales.ts';
import { templatePages } from '../src/lib/template-samples.ts';

const { browser, origin } = useBrowser();

/** Pages checked by axe at once (docs/testing.md, "Time": on two cores, 3 was the fastest of 1 to 4, by a little). */
const AXE_PAGES = 3;

/** One page of each template (src/lib/template-samples.ts), and a second item page: item 8 of 2016. */
const TEMPLATES = [...templatePages(), ...LANGS.map((lang) => `/${lang}/reports/2016-11-15/items/8/`)];

async function open(url: string, options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {}): Promise<Page> {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  await page.goto(`${origin()}${url}`);
  return page;
}

/** What axe-core puts on `window` once injected. */
type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // Listed while the tests are collected (the global setup has built the site by then): one test per page.
  const PAGES = sitePages();
  // A few pages at a time, each with axe injected before the page's own scripts: an init script is no inline script,
  // so the Content-Security-Policy is not bypassed and axe checks each page as it is served.
  const pool = pagePool(browser, AXE_PAGES, { init: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });

  it('the site has every page to check', () => {
    expect(PAGES.length).toBeGreaterThan(MIN_PAGES);
  });

  it.concurrent.for(PAGES)('%s has zero violations in its language', async (url, { expect }) => {
    expect(await pool.use((page) => axeViolations(page, `${origin()}${url}`))).toEqual([]);
  });

  it('flags the image without alt text of the page broken on purpose, injected the same way', async () => {
    const broken = `${origin()}/broken-on-purpose/`;
    const found = await pool.use(async (page) => {
      await page.route(broken, (route) =>
        route.fulfill({ contentType: 'text/html', body: readFileSync('tests/fixtures/quality/broken.html', 'utf8') }),
      );
      try {
        return await axeViolations(page, broken);
      } finally {
        await page.unroute(broken);
      }
    });
    expect(found).toContainEqual(expect.stringMatching(/^image-alt /));
  });
});

/** Opens `url` in a page of the pool (axe already injected) and lists axe's WCAG 2.2 AA violations as `id (count)`. */
async function axeViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read: axe's documented way to skip the details of what passed (axe-core's API.md,
      // "Performance"). Every rule still runs on every element; violations keep all their nodes.
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

describe('no third-party requests, no policy violations', () => {
  // Three pages of one context, caches off so that every visit requests all it loads (concurrent, at most
  // maxConcurrency, 5, at a time; each test waits its turn for a page).
  const pool = pagePool(browser, 3, { uncached: true });
  it.concurrent.for(TEMPLATES)('%s loads only from this site, with no console error', async (url, { expect }) => {
    expect(await pool.use((page) => offendersOn(page, url))).toEqual([]);
  });
});

/** Opens `url` in `page` and lists what it did wrong while loading: requests to other origins, console errors. */
async function offendersOn(page: Page, url: string): Promise<string[]> {
  const offenders: string[] = [];
  const onRequest = (request: Request) => {
    if (new URL(request.url()).origin !== origin()) offenders.push(`requested ${request.url()}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    // A 404 page reports its own status; anything else is a real error (CSP violations among them).
    if (message.type() === 'error' && !(url === '/404.html' && /404/.test(message.text())))
      offenders.push(message.text());
  };
  const onError = (error: Error) => offenders.push(error.message);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(`${origin()}${url}`);
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return offenders;
}

describe('keyboard', () => {
  it('Tab reaches the skip link first, then the header, the search box and the language switch; the skip link moves focus to main', async () => {
    const page = await open('/en/reports/2017-11-27/items/2/d/');
    const order: string[] = [];
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return element
            ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}:${(element.textContent ?? '').trim().slice(0, 20)}`
            : '';
        }),
      );
    }
    expect(order[0]).toBe('a:Skip to main content');
    expect(order).toEqual(expect.arrayContaining(['a:Español', 'input#site-search-q:', 'button:Search']));
    await page.keyboard.press('Shift+Tab');
    await page.goto(`${origin()}/en/reports/2017-11-27/items/2/d/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('the copy button is reachable and works from the keyboard', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${origin()}/es/reports/2017-11-27/items/2/d/`);
    await page.locator('section.cite button[data-copy="cite-text"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('section.cite button[data-copy="cite-text"] + [role=status]').innerText())
      .toBe('Cita copiada');
    await context.close();
  });
});

describe('responsive and print', () => {
  const WIDTHS = [320, 768, 1280];
  const pool = pagePool(browser, 3);
  it.concurrent.for(TEMPLATES.flatMap((url) => WIDTHS.map((width) => [url, width] as const)))(
    '%s does not scroll sideways at %i px',
    async ([url, width], { expect }) => {
      const { scroll, client } = await pool.use(async (page) => {
        // Loaded at that width, as a reader's window is, not resized after loading.
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin()}${url}`);
        return page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
      });
      expect(scroll, `scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
    },
  );

  it('printing an item shows its text, permanent URL, hash and access date, without navigation', async () => {
    const page = await open('/en/reports/2017-11-27/items/2/d/');
    await page.emulateMedia({ media: 'print' });
    // emulateMedia does not print, so it fires no beforeprint: the test fires it, as printing does.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.item-text').isVisible()).toBe(true);
    expect(await page.locator('.permalink').first().isVisible()).toBe(true);
    expect(await page.locator('.cite__hash code').isVisible()).toBe(true);
    expect(await page.locator('#cite-text [data-accessed]').innerText()).toMatch(
      /^ ?\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)$/,
    );
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  it('printing the open actions on A4 shows the list alone: no navigation, filters or link addresses', async () => {
    // A4 less the page's 15 mm side margins: 180 mm, 680 CSS px at 96 px an inch.
    const page = await open('/es/actions/', { viewport: { width: 680, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.actions-group li').first().isVisible()).toBe(true);
    for (const hidden of ['.site-header', '.breadcrumbs', '.actions-filter', '.actions-data'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const after = await page
      .locator('.actions-group a')
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    expect(after.length).toBeGreaterThan(5);
    expect(after.filter((content) => content !== 'none' && content !== 'normal')).toEqual([]);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  // Issue 21, part 5: a printed report once ended in 21 item URLs. Its own permanent URL heads the printout
  // (tests/print.test.ts); each item's is on the item's own printout.
  it('printing a report appends no item URL after its link', async () => {
    const page = await open('/es/reports/2016-11-15/');
    await page.emulateMedia({ media: 'print' });
    const after = await page
      .locator('.item__permalink')
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    expect(after).toHaveLength(8);
    expect(after.filter((content) => content.includes('/reports/'))).toEqual([]);
  });
});

describe('real hosting', () => {
  it('every ledger URL answers, pages with and without their trailing slash', async () => {
    const failures: string[] = [];
    for (const url of readLedger()) {
      const variants = url.endsWith('/') && url !== '/' ? [url, url.slice(0, -1)] : [url];
      for (const variant of variants) {
        const response = await fetch(`${origin()}${variant}`);
        if (response.status !== 200) failures.push(`${variant}: ${response.status}`);
        await response.arrayBuffer();
      }
    }
    expect(failures).toEqual([]);
  });
});
