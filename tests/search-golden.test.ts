/**
 * The golden query set: what a reader types, in English and Spanish, and the hits that must come first and those that
 * must not appear, over the built site in Chromium (docs/search.md). Which items mention a word is read from the
 * archive's records, not written here, so the set holds as reports are added.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/schemas/index.ts';
import { fold } from '../src/lib/search-query.ts';
import { type SearchRecord, searchRecords } from '../src/lib/search-records.ts';
import { useBrowser } from './browser.ts';
import { contentArchive, normalise } from './helpers.ts';
import { paths, searchAt } from './search-page.ts';

const { browser, origin } = useBrowser();
const records = searchRecords(contentArchive());

/** A golden query: where it is typed, what must lead, what must be among the hits, what must not appear. */
interface Golden {
  /** The search URL. */
  url: string;
  /** The first hits, in order. */
  first?: string[];
  /** Hits that must be there, anywhere. */
  includes?: string[];
  /** Paths that must not be hits. */
  absent?: string[];
  /** No hit at all: "No results". */
  none?: true;
}

/** The item records of a language whose own words (number and text) do not hold a phrase: they must not be hits. */
function itemsWithout(lang: Lang, phrase: string, reportId?: string): string[] {
  return records
    .filter((record) => record.language === lang && record.meta.kind === 'item')
    .filter((record) => !reportId || record.url.includes(`/reports/${reportId}/`))
    .filter((record) => !fold(`${record.lead} ${record.content}`).includes(fold(phrase)))
    .map((record) => record.url);
}

/** The items whose number is shown as `number` (e.g. "2.d"), in a language. */
function itemsNumbered(lang: Lang, number: string): string[] {
  return records.filter((r) => r.language === lang && r.meta.kind === 'item' && r.lead === number).map((r) => r.url);
}

const GOLDEN: Golden[] = [
  // Numbers match whole: a number that is nowhere gives nothing, not a prefix or a shorter number.
  { url: '/en/search/?q=2019', none: true },
  { url: '/en/search/?q=3000', none: true },
  { url: '/en/search/?q=70', none: true },
  { url: '/es/search/?q=70', none: true },
  { url: '/en/search/?q=2.e', none: true },
  { url: '/es/search/?q=2.e', none: true },
  {
    url: '/en/search/?q=2.d',
    includes: itemsNumbered('en', '2.d'),
    absent: [...itemsNumbered('en', '2'), ...itemsNumbered('en', '2.a')],
  },
  { url: '/es/search/?q=2.d', includes: itemsNumbered('es', '2.d'), absent: itemsNumbered('es', '2.e') },
  // A year finds the meetings of that year first.
  { url: '/en/search/?q=2017', first: ['/en/reports/2017-11-27/'], absent: ['/en/reports/2016-11-15/'] },
  { url: '/es/search/?q=2016', first: ['/es/reports/2016-11-15/'], absent: ['/es/reports/2017-11-27/'] },
  // A country: its page, then what names it; never the items of the meeting held there that do not.
  {
    url: '/en/search/?q=El+Salvador',
    first: ['/en/countries/el-salvador/'],
    includes: ['/en/reports/2017-11-27/items/2/a/', '/en/reports/2017-11-27/items/1/'],
    absent: itemsWithout('en', 'El Salvador', '2017-11-27'),
  },
  {
    url: '/es/search/?q=Honduras',
    first: ['/es/countries/honduras/'],
    absent: itemsWithout('es', 'Honduras', '2016-11-15'),
  },
  { url: '/es/search/?q=Panam%C3%A1', first: ['/es/countries/panama/'], absent: itemsWithout('es', 'Panamá') },
  // Typed without its accent.
  { url: '/es/search/?q=Panama', first: ['/es/countries/panama/'], includes: ['/es/reports/2017-11-27/items/7/c/'] },
  // Subjects and acronyms, each in its language.
  { url: '/en/search/?q=MICIC', first: ['/en/initiatives/micic/'], absent: itemsWithout('en', 'MICIC') },
  { url: '/es/search/?q=MICIC', first: ['/es/initiatives/micic/'], absent: itemsWithout('es', 'MICIC') },
  { url: '/en/search/?q=IOM', first: ['/en/organizations/iom/'] },
  { url: '/es/search/?q=OIM', first: ['/es/organizations/iom/'] },
  { url: '/es/search/?q=IOM', none: true },
  {
    url: '/es/search/?q=consulados+conjuntos',
    first: ['/es/initiatives/joint-consulates/'],
    includes: ['/es/reports/2017-11-27/items/2/a/', '/es/reports/2017-11-27/items/2/d/'],
  },
  {
    url: '/en/search/?q=joint+consulates',
    first: ['/en/initiatives/joint-consulates/'],
    includes: ['/en/reports/2017-11-27/items/2/a/', '/en/reports/2017-11-27/items/2/d/'],
  },
  // A quoted phrase: only the records that hold it as written.
  {
    url: '/en/search/?q=%22joint+consulates%22',
    includes: ['/en/reports/2017-11-27/items/2/a/'],
    absent: itemsWithout('en', 'joint consulates'),
  },
];

describe('golden queries', () => {
  it.for(GOLDEN)('$url', async ({ url, first = [], includes = [], absent = [], none }) => {
    const { hits, status, page } = await searchAt(browser(), origin(), url);
    await page.context().close();
    const found = paths(hits);
    if (none) {
      expect(found).toEqual([]);
      expect(status).toMatch(/^(No results|Sin resultados)/);
      return;
    }
    expect(found.length, status).toBeGreaterThan(0);
    expect(found.slice(0, first.length)).toEqual(first);
    expect(found).toEqual(expect.arrayContaining(includes));
    expect(found.filter((path) => absent.includes(path))).toEqual([]);
  });
});

describe('hits a reader can trust', () => {
  const recordAt = (path: string): SearchRecord | undefined => records.find((record) => record.url === path);

  it('marks with "…" every excerpt cut at its start or end, and only those', async () => {
    const { hits, page } = await searchAt(browser(), origin(), '/en/search/?q=workshop');
    await page.context().close();
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) {
      const whole = normalise(`${recordAt(hit.path)?.lead ?? ''} ${recordAt(hit.path)?.content ?? ''}`);
      const shown = normalise(hit.excerpt);
      const inner = shown.replace(/^… /, '').replace(/ …$/, '');
      expect(whole, hit.path).toContain(inner);
      expect(shown.startsWith('…'), `${hit.path}: ${shown}`).toBe(!whole.startsWith(inner));
      expect(shown.endsWith('…'), `${hit.path}: ${shown}`).toBe(!whole.endsWith(inner));
    }
    expect(hits.some((hit) => hit.excerpt.includes('…'))).toBe(true);
  });

  it('each item hit shows its number, its meeting date and venue', async () => {
    const { hits, page } = await searchAt(browser(), origin(), '/es/search/?q=taller');
    await page.context().close();
    const items = hits.filter((hit) => hit.path.includes('/items/'));
    expect(items.length).toBeGreaterThan(0);
    for (const hit of items) {
      const record = recordAt(hit.path);
      expect(hit.title, hit.path).toContain(`Punto ${record?.lead ?? '?'}`);
      expect(hit.meta, hit.path).toBe(`Punto · ${record?.meta.date} · ${record?.meta.venue}`);
    }
  });

  it('newest first keeps each meeting as report, then its items in document order', async () => {
    const { hits, page } = await searchAt(browser(), origin(), '/en/search/?q=IOM&sort=date');
    await page.context().close();
    const found = paths(hits).filter((path) => path.includes('/reports/'));
    const order = records.filter((record) => record.language === 'en').map((record) => record.url);
    const meetings = [...new Set(found.map((path) => path.split('/')[3]))];
    expect(meetings).toEqual([...meetings].sort().reverse());
    for (const meeting of meetings) {
      const ofMeeting = found.filter((path) => path.split('/')[3] === meeting);
      expect(ofMeeting.length).toBeGreaterThan(1);
      expect(ofMeeting).toEqual([...ofMeeting].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });

  it('the header box shows the query of the search page', async () => {
    const { page } = await searchAt(browser(), origin(), '/es/search/?q=consulados+conjuntos');
    expect(await page.locator('#site-search-q').inputValue()).toBe('consulados conjuntos');
    await page.context().close();
  });

  it.for([320, 768, 1280])('the order box shows its longest choice whole, in Spanish, at %i px', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin()}/es/search/`);
    const widths = await page.locator('#search-sort').evaluate((select: HTMLSelectElement) => {
      const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      canvas.font = getComputedStyle(select).font;
      const longest = Math.max(...[...select.options].map((option) => canvas.measureText(option.text).width));
      return { longest, room: select.clientWidth };
    });
    await context.close();
    // Room for the text and the arrow (about 24 px) beside it.
    expect(widths.room).toBeGreaterThan(widths.longest + 24);
  });
});
