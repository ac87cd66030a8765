/**
 * Tables and pictures across meetings where layout and colour matter (issue 21, part 4), in Chromium over dist/: at
 * 390 px the tables across meetings never cut off their last columns without a hint (a labelled, focusable scrolling
 * region under a visible "scroll sideways" note, scrolled to its end shows its last column) and the page itself does
 * not scroll sideways; shaded cells and timeline marks keep 3:1 against the page (WCAG 1.4.11), year labels 4.5:1,
 * in light and dark mode; in print, marks are black.
 */
import { wcagContrast } from 'culori';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../src/lib/i18n.ts';
import { LANGS } from '../src/schemas/index.ts';
import { useBrowser } from './browser.ts';

const { browser, origin } = useBrowser();
const PHONE = { width: 390, height: 844 };
let tab: Page;

beforeAll(async () => {
  tab = await browser().newPage({ viewport: PHONE });
});
afterAll(() => tab?.close());

const tables = LANGS.flatMap((lang) =>
  ['initiatives', 'countries'].map((kind) => ({ lang, url: `/${lang}/${kind}/` })),
);

describe('tables across meetings at 390 px', () => {
  it.for(tables)('$url: every count can be scrolled into view and is not covered by the row names', async ({ url }) => {
    await tab.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await tab.goto(`${origin()}${url}`);
    const covered = await tab.locator('.table-scroll').evaluate((region) =>
      [...region.querySelectorAll<HTMLElement>('td a, td')]
        .filter((cell) => cell.tagName === 'A' || !cell.querySelector('a'))
        .slice(0, 12)
        .filter((cell) => {
          cell.scrollIntoView({ block: 'center', inline: 'end' });
          const box = cell.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return top !== cell && !cell.contains(top);
        })
        .map((cell) => cell.textContent?.trim()),
    );
    expect(covered).toEqual([]);
  });

  it.for(tables)('$url: the last column is reached by scrolling, under a visible hint', async ({ lang, url }) => {
    await tab.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await tab.goto(`${origin()}${url}`);
    const found = await tab.locator('.table-scroll').evaluate((region) => {
      const labelled = document.getElementById(region.getAttribute('aria-labelledby') ?? '');
      const hint = document.getElementById(region.getAttribute('aria-describedby') ?? '');
      const box = hint?.getBoundingClientRect();
      const overflows = region.scrollWidth > region.clientWidth;
      region.scrollLeft = region.scrollWidth;
      const last = region.querySelector('thead th:last-child')!.getBoundingClientRect();
      const edge = region.getBoundingClientRect();
      return {
        overflows,
        overflowX: getComputedStyle(region).overflowX,
        role: region.localName === 'section' && region.hasAttribute('aria-labelledby') ? 'region' : 'none',
        tabIndex: region.tabIndex,
        name: labelled?.textContent?.trim() ?? '',
        hint: hint?.textContent?.replace(/\s+/g, ' ').trim(),
        hintShown: box !== undefined && box.width > 0 && box.height > 0 && box.right <= window.innerWidth,
        hintAbove: box !== undefined && box.bottom <= edge.top,
        lastInView: last.right <= edge.right + 1 && last.left >= edge.left - 1,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    // At 390 px even two meetings are wider than the screen: the test exercises the scrolling case.
    expect(found.overflows).toBe(true);
    expect(found).toMatchObject({ overflowX: 'auto', role: 'region', tabIndex: 0, hintShown: true, hintAbove: true });
    expect(found.name.length).toBeGreaterThan(10);
    expect(found.hint).toBe(`${useTranslations(lang)('matrix.scroll')} →`);
    expect(found.lastInView).toBe(true);
    expect(found.pageWidth).toBeLessThanOrEqual(PHONE.width);
  });
});

/** Colours of a page as computed: its background, and each of `selectors`' `property`. */
async function colours(
  page: Page,
  selectors: Record<string, string>,
): Promise<{ bg: string; [key: string]: string[] | string }> {
  return page.evaluate((wanted) => {
    const layers = [document.body, document.documentElement].map(
      (element) => getComputedStyle(element).backgroundColor,
    );
    const bg = layers.find((colour) => colour !== 'rgba(0, 0, 0, 0)') ?? 'rgb(255, 255, 255)';
    const result: Record<string, string[] | string> = { bg };
    for (const [key, spec] of Object.entries(wanted)) {
      const [selector = '', property = ''] = spec.split('|');
      result[key] = [...document.querySelectorAll(selector)].map((element) =>
        getComputedStyle(element).getPropertyValue(property),
      );
    }
    return result as { bg: string };
  }, selectors);
}

/** The lowest contrast of colours against a background (culori's WCAG 2 contrast ratio). */
const lowest = (values: string[] | string | undefined, bg: string) => {
  const list = [values ?? []].flat();
  expect(list.length).toBeGreaterThan(0);
  return Math.min(...list.map((colour) => wcagContrast(colour, bg)));
};

describe.for(['light', 'dark'] as const)('contrast in %s mode', (scheme) => {
  it('shaded cells of both tables have a boundary at least 3:1 against the page', async () => {
    await tab.emulateMedia({ colorScheme: scheme, media: 'screen' });
    for (const url of ['/en/initiatives/', '/en/countries/']) {
      await tab.goto(`${origin()}${url}`);
      const found = await colours(tab, {
        outlined: '.matrix__cell--on, .matrix__cell--attended|outline-color',
        filled: '.matrix__cell--hosted|background-color',
      });
      expect(lowest(found['outlined'], found.bg), url).toBeGreaterThanOrEqual(3);
      if (url === '/en/countries/') expect(lowest(found['filled'], found.bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('timeline marks 3:1 and year labels 4.5:1 against the page', async () => {
    await tab.emulateMedia({ colorScheme: scheme, media: 'screen' });
    // Honduras attended one meeting and hosted the other; Belize is listed at none (content/reports).
    await tab.goto(`${origin()}/en/countries/honduras/`);
    const found = await colours(tab, {
      on: '.timeline__mark--on, .timeline__mark--hosted|fill',
      axis: '.timeline__axis|stroke',
      years: '.timeline__year|fill',
    });
    await tab.goto(`${origin()}/en/countries/belize/`);
    const off = await colours(tab, { off: '.timeline__mark--off|stroke' });
    expect(lowest(found['on'], found.bg)).toBeGreaterThanOrEqual(3);
    expect(lowest(off['off'], off.bg)).toBeGreaterThanOrEqual(3);
    expect(lowest(found['axis'], found.bg)).toBeGreaterThanOrEqual(3);
    expect(lowest(found['years'], found.bg)).toBeGreaterThanOrEqual(4.5);
  });
});

it('in print, timeline marks are black and the scroll hint is gone', async () => {
  await tab.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await tab.goto(`${origin()}/es/initiatives/micic/`);
  const found = await colours(tab, { on: '.timeline__mark--on|fill' });
  expect(new Set(found['on'])).toEqual(new Set(['rgb(0, 0, 0)']));
  await tab.goto(`${origin()}/es/initiatives/`);
  expect(await tab.locator('.matrix-hint').isVisible()).toBe(false);
  await tab.emulateMedia({ media: 'screen' });
});
