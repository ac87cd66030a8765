/**
 * Way-finding where layout and scripts matter (issue 21, parts 2 and 6), in Chromium at 390 px over dist/: every
 * item permalink of a report page is a target of at least 24×24 CSS px (WCAG 2.2, 2.5.8), the 404 page's script
 * links the nearest existing page, and the root language chooser's two titles stay apart.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearestCandidates } from '../src/lib/hosting.ts';
import { pagePath, reportPath } from '../src/lib/urls.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { layoutShift, useBrowser } from './browser.ts';
import { contentArchive, page, pageExists, select } from './helpers.ts';

const { browser, origin } = useBrowser();
const PHONE = { width: 390, height: 844 };
let tab: Page;

beforeAll(async () => {
  tab = await browser().newPage({ viewport: PHONE });
});
afterAll(() => tab?.close());

describe('item permalinks on report pages, at 390 px', () => {
  const reports = contentArchive().reports.map((report) => pagePath(report.lang, reportPath(report.id)));

  it.for(reports)('%s: every “Item 2.d” box is at least 24×24 px', async (url) => {
    await tab.goto(`${origin()}${url}`);
    const boxes = await tab
      .locator('.item__permalink')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getBoundingClientRect()] as const))
      .then((found) => found.map(([text, box]) => ({ text, width: box.width, height: box.height })));
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes.filter((box) => box.width < 24 || box.height < 24)).toEqual([]);
  });
});

describe('the 404 page links the nearest existing page', () => {
  /** What the 404 page shows for an address once its script has run: the nearest page's link, or null. */
  async function nearestShown(path: string): Promise<string | null> {
    const response = await tab.goto(`${origin()}${path}`);
    expect(response?.status(), path).toBe(404);
    const expected = nearestCandidates(path).find(pageExists);
    if (expected === undefined) {
      // Nothing to find: the paragraph stays hidden (given the script the time it takes to ask for a page).
      await tab.waitForTimeout(500);
      return (await tab.locator('.not-found__nearest:visible').count()) === 0 ? null : 'shown';
    }
    await tab.locator('.not-found__nearest').first().waitFor({ state: 'visible' });
    const links = await tab.locator('.not-found__nearest a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size, path).toBe(1);
    return links[0] ?? null;
  }

  it('a wrong sub-item leads to its numbered item', async () => {
    expect(await nearestShown('/en/reports/2017-11-27/items/2/z/')).toBe('/en/reports/2017-11-27/items/2/');
  });

  it('an item number the report lacks leads to the report', async () => {
    expect(await nearestShown('/es/reports/2017-11-27/items/99/')).toBe('/es/reports/2017-11-27/');
  });

  it('a date with no report leads to the reports list', async () => {
    expect(await nearestShown('/en/reports/2017-11-28/items/2/d/')).toBe('/en/reports/');
  });

  it('a word after a lettered item leads to that item, named by its title', async () => {
    const item = '/en/reports/2017-11-27/items/2/d/';
    expect(await nearestShown(`${item}x`)).toBe(item);
    // The item page's own name (its og:title), not a bare path.
    const title = select('meta[property="og:title"]', page(item))?.properties['content'];
    const names = await tab.locator('.not-found__nearest a').allTextContents();
    expect(names).toEqual([title, title]);
    expect(names[0]).toContain(useTranslations('en')('item.title', { number: '2.d' }));
  });

  it.for([PHONE, { width: 1280, height: 800 }])(
    'at $width px nothing moves when the nearest page appears',
    async (size) => {
      await tab.setViewportSize(size);
      await tab.goto(`${origin()}/es/reports/2017-11-27/items/2/d/x`);
      await tab.locator('.not-found__nearest a').first().waitFor();
      expect(await layoutShift(tab)).toBe(0);
      await tab.setViewportSize(PHONE);
    },
  );

  it('an address like no report or item gets no nearest page', async () => {
    expect(await nearestShown('/en/about-us/')).toBeNull();
  });
});

describe('the root language chooser at 390 px', () => {
  it('shows its two titles apart, each within the screen', async () => {
    // Without JavaScript, the reader stays on the chooser (with it, they may be taken to their language at once).
    const reader = await browser().newPage({ viewport: PHONE, javaScriptEnabled: false });
    await reader.goto(`${origin()}/`);
    const titles = await reader
      .locator('.entry__title > span')
      .evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().toJSON() as DOMRect));
    expect(titles).toHaveLength(2);
    const [first, second] = titles as [DOMRect, DOMRect];
    // A visible gap between the two, and neither wider than the screen.
    expect(second.top - first.bottom).toBeGreaterThanOrEqual(8);
    expect(titles.filter((box) => box.right > PHONE.width)).toEqual([]);
    // Read as text (copied, or by a screen reader's reading of the heading), the titles are two phrases, not one.
    expect(await reader.locator('.entry__title').textContent()).toMatch(/Archive\s+Archivo/);
    await reader.close();
  });
});
