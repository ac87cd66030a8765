/**
 * Search in real Chromium over the built site: hits are items at their
 * permanent URLs, in the page's language, with filters and order in the URL.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecords } from '../src/lib/search-records.ts';
import { useBrowser } from './browser.ts';
import { contentArchive } from './helpers.ts';
import { allHits, paths, searchOn } from './search-page.ts';

const { browser, origin } = useBrowser();

/**
 * One page for the file's searches, in turn (its tests run one at a time): a context per search cost about 1.2 s
 * before its first byte, a navigation in this page 0.16 s. The search page keeps no state between loads (no storage).
 */
let tab: Page | undefined;
beforeAll(async () => {
  tab = await browser().newPage();
});
afterAll(() => tab?.close());

/** Opens a search URL in the file's page and returns the hits once the count is announced, and the page. */
async function searchAt(path: string): Promise<Awaited<ReturnType<typeof searchOn>> & { page: Page }> {
  if (!tab) throw new Error('the page is not open');
  return { ...(await searchOn(tab, origin(), path)), page: tab };
}

describe('search, English', () => {
  it('"joint consulates" returns 2017 items 2.a and 2.d, each once, with excerpt, date, venue and number', async () => {
    const { hits, status } = await searchAt('/en/search/?q=joint+consulates');
    expect(paths(hits)).toEqual(
      expect.arrayContaining(['/en/reports/2017-11-27/items/2/a/', '/en/reports/2017-11-27/items/2/d/']),
    );
    expect(new Set(paths(hits)).size).toBe(hits.length);
    expect(status).toBe(`${hits.length} result${hits.length === 1 ? '' : 's'}`);
    const item2d = hits.find((hit) => hit.path === '/en/reports/2017-11-27/items/2/d/');
    expect(item2d?.title).toBe('Item 2.d · Report of the meeting of 27 November 2017');
    expect(item2d?.meta).toBe('Item · 27 November 2017 · Antiguo Cuscatlán, La Libertad, El Salvador');
    expect(item2d?.marked.map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['joint', 'consulates']));
  });

  it('"disappeared migrants" returns 2017 item 7 first', async () => {
    const { hits } = await searchAt('/en/search/?q=disappeared+migrants&year=2017');
    expect(hits[0]?.path).toBe('/en/reports/2017-11-27/items/7/');
  });

  it('finds a report by its venue', async () => {
    const { hits } = await searchAt('/en/search/?q=San+Pedro+Sula');
    expect(hits[0]?.path).toBe('/en/reports/2016-11-15/');
    expect(hits[0]?.meta).toMatch(/^Report · 15 November 2016/);
  });

  it('a year filter narrows the results, and the form shows the search', async () => {
    const all = await searchAt('/en/search/?q=IOM');
    const only2016 = await searchAt('/en/search/?q=IOM&year=2016');
    expect(only2016.hits.length).toBeGreaterThan(0);
    expect(only2016.hits.length).toBeLessThan(all.hits.length);
    expect(only2016.hits.every((hit) => hit.path.startsWith('/en/reports/2016-11-15/'))).toBe(true);
    expect(await only2016.page.locator('#search-year').inputValue()).toBe('2016');
    expect(await only2016.page.locator('#search-q').inputValue()).toBe('IOM');
  });

  it('filters by initiative, organization and country without a query: exactly the items filed under each', async () => {
    const records = searchRecords(contentArchive());
    const filed = (kind: 'initiative' | 'organization' | 'country' | 'asked', value: string) =>
      records
        .filter(
          (record) =>
            record.language === 'en' && record.url.includes('/items/') && record.filters[kind]?.includes(value),
        )
        .map((record) => record.url)
        .sort();
    const micic = await searchAt('/en/search/?initiative=MICIC+Initiative');
    expect(paths(micic.hits).sort()).toEqual(filed('initiative', 'MICIC Initiative'));
    expect(micic.hits.length).toBeGreaterThan(0);
    const icrcName = 'International Committee of the Red Cross (ICRC)';
    const icrc = await searchAt(`/en/search/?organization=${encodeURIComponent(icrcName)}`);
    expect(paths(icrc.hits).sort()).toEqual(filed('organization', icrcName));
    expect(icrc.hits.length).toBeGreaterThan(0);
    // Issue 22, part 6: actions found by who is asked and who offers.
    const secretariat = 'RCM Technical Secretariat (TS)';
    const asked = await searchAt(`/en/search/?asked=${encodeURIComponent(secretariat)}`);
    expect(paths(asked.hits).sort()).toEqual(filed('asked', secretariat));
    expect(asked.hits.length).toBeGreaterThan(1);
    const offered = await searchAt('/en/search/?q=workshop&offered=Panama');
    expect(paths(offered.hits)).toEqual(['/en/reports/2017-11-27/items/7/c/']);
    const panama = await searchAt('/en/search/?q=workshop&country=Panama');
    expect(paths(panama.hits).sort()).toEqual(
      expect.arrayContaining(['/en/reports/2017-11-27/items/7/c/', '/en/reports/2017-11-27/items/8/']),
    );
    expect(paths(panama.hits).every((path) => filed('country', 'Panama').includes(path))).toBe(true);
  });

  it('orders by date on request, newest meeting first', async () => {
    const sorted = await searchAt('/en/search/?q=IOM&sort=date');
    // Subjects lead the list and have no date; the reports and items follow, newest meeting first.
    const dates = paths(await allHits(sorted.page))
      .filter((path) => path.includes('/reports/'))
      .map((path) => path.split('/')[3] ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const unsorted = await searchAt('/en/search/?q=IOM');
    const unsortedDates = paths(await allHits(unsorted.page))
      .filter((path) => path.includes('/reports/'))
      .map((path) => path.split('/')[3] ?? '');
    expect(new Set(dates)).toEqual(new Set(unsortedDates));
    expect(new Set(dates).size).toBeGreaterThan(1);
  });

  it('"Show more results" by the keyboard gives the focus to the first new hit', async () => {
    const { page } = await searchAt('/en/search/?q=consular');
    const more = page.locator('.results__more');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('.results__list > li:nth-child(11)').waitFor({ timeout: 10_000 });
    const focused = await page.evaluate(() => {
      const item = document.activeElement?.closest('li');
      return item ? [...(item.parentElement?.children ?? [])].indexOf(item) : -1;
    });
    expect(focused).toBe(10);
  });

  it("a hit's link opens the item page", async () => {
    const { page } = await searchAt('/en/search/?q=disappeared+migrants');
    // The first item hit (subjects the query names come before the items).
    await page.locator('.results__list a[href*="/items/"]').first().click();
    await page.waitForURL(`${origin()}/en/reports/2017-11-27/items/7/`);
    expect(await page.locator('h1').innerText()).toBe('Item 7');
  });

  it('the header box works from any page with the keyboard, and without JavaScript lands on the search page', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin()}/en/reports/2017-11-27/items/2/d/`);
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('joint consulates');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin()}/en/search/?q=joint+consulates`);
    expect(await page.locator('noscript').count()).toBe(1);
    await context.close();
  });
});

describe('search, Spanish', () => {
  it('"consulados conjuntos" returns 2017 items 2.a and 2.d on /es/', async () => {
    const { hits, status } = await searchAt('/es/search/?q=consulados+conjuntos');
    expect(paths(hits)).toEqual(
      expect.arrayContaining(['/es/reports/2017-11-27/items/2/a/', '/es/reports/2017-11-27/items/2/d/']),
    );
    expect(paths(hits).every((path) => path.startsWith('/es/'))).toBe(true);
    expect(status).toMatch(/^\d+ resultados?$/);
    expect(hits.find((hit) => hit.path.endsWith('/2/d/'))?.meta).toBe(
      'Punto · 27 de noviembre de 2017 · Antiguo Cuscatlán, La Libertad, El Salvador',
    );
  });

  it('"migrantes desaparecidos" returns 2017 item 7 first', async () => {
    const { hits } = await searchAt('/es/search/?q=migrantes+desaparecidos&year=2017');
    expect(hits[0]?.path).toBe('/es/reports/2017-11-27/items/7/');
  });

  it('finds words typed without accents: "migracion" → migración, "Panama" → Panamá', async () => {
    const migracion = await searchAt('/es/search/?q=migracion');
    expect(migracion.hits.length).toBeGreaterThan(0);
    expect(migracion.hits.some((hit) => /migraci[oó]n/i.test(hit.excerpt))).toBe(true);
    const panama = await searchAt('/es/search/?q=Panama');
    expect(paths(panama.hits)).toEqual(
      expect.arrayContaining(['/es/reports/2017-11-27/items/7/c/', '/es/reports/2017-11-27/items/2/b/']),
    );
    expect(panama.hits.some((hit) => hit.marked.includes('Panamá'))).toBe(true);
  });

  it('acronyms work in each language: OIM on /es/, IOM on /en/', async () => {
    const oim = await searchAt('/es/search/?q=OIM');
    const iom = await searchAt('/en/search/?q=IOM');
    expect(oim.hits.length).toBeGreaterThan(5);
    expect(paths(oim.hits).map((path) => path.replace('/es/', '/'))).toEqual(
      expect.arrayContaining(paths(iom.hits).map((path) => path.replace('/en/', '/'))),
    );
    expect((await searchAt('/es/search/?q=IOM')).hits).toEqual([]);
  });

  it('says when nothing is found, in Spanish', async () => {
    const { status, hits } = await searchAt('/es/search/?q=zzzxqy');
    expect(hits).toEqual([]);
    expect(status).toBe('Sin resultados. Pruebe con otras palabras o con menos filtros.');
  });
});
