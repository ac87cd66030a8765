/**
 * The golden query set: what a reader types, in English and Spanish, and the hits that must come first and those that
 * must not appear, over the built site in Chromium (docs/search.md). Which items mention a word is read from the
 * archive's records, not written here, so the set holds as reports are added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/schemas/index.ts';
import { citationOf } from '../src/lib/citation.ts';
import { meetingsOf } from '../src/lib/citation-query.ts';
import { fold } from '../src/lib/search-query.ts';
import { type SearchRecord, searchRecords } from '../src/lib/search-records.ts';
import { itemPath, meetingsDataPath, pagePath, reportPath, reportsIndexPath } from '../src/lib/urls.ts';
import { pagePool, useBrowser } from './browser.ts';
import { contentArchive, normalise, SITE_DIR } from './helpers.ts';
import { allHits, paths, searchOn } from './search-page.ts';

const { browser, origin } = useBrowser();
// One context, three pages taking turns: Pagefind's files are fetched once, not once per query (a fresh context per
// query took about 3 minutes).
const pool = pagePool(browser, 3);
const search = (url: string) => pool.use((page) => searchOn(page, origin(), url));
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
  // Each word of the query in the item's own text: "el" in an item's text and "Salvador" in its venue is no match.
  {
    url: '/es/search/?q=El+Salvador',
    first: ['/es/countries/el-salvador/'],
    absent: itemsWithout('es', 'El Salvador', '2017-11-27'),
  },
  // No item of the seeds names both: IOM's items of the meeting in San Salvador are no hits.
  { url: '/en/search/?q=Salvador+IOM', none: true },
  {
    url: '/en/search/?q=Honduras+IOM',
    includes: ['/en/reports/2017-11-27/items/3/c/'],
    absent: itemsWithout('en', 'Honduras'),
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
  it.concurrent.for(GOLDEN)('$url', async ({ url, first = [], includes = [], absent = [], none }) => {
    const { hits, status } = await search(url);
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

describe('a query that may be a citation but is none', () => {
  // The citation reader looks at it, finds no meeting or item, and the page searches it as words: it answers (a count
  // or "No results"), never stays at "Searching…" (searchOn waits for the answer and fails the test without one).
  it.concurrent.for([
    '/en/search/?q=consular+protection+2017-11-27',
    '/en/search/?q=semester+2018%2C+2+workshops',
    '/es/search/?q=2016+2017',
    '/es/search/?q=semestre+2018%2C+2+talleres',
  ])('%s is searched', async (url, { expect }) => {
    const { status } = await search(url);
    expect(status).toMatch(/\d|No results|Sin resultados/);
  });
});

describe('hits a reader can trust', () => {
  const recordAt = (path: string): SearchRecord | undefined => records.find((record) => record.url === path);

  it('marks with "…" every excerpt cut at its start or end, and only those', async () => {
    const { hits } = await search('/en/search/?q=workshop');
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
    const { hits } = await search('/es/search/?q=taller');
    const items = hits.filter((hit) => hit.path.includes('/items/'));
    expect(items.length).toBeGreaterThan(0);
    for (const hit of items) {
      const record = recordAt(hit.path);
      expect(hit.title, hit.path).toContain(`Punto ${record?.lead ?? '?'}`);
      expect(hit.meta, hit.path).toBe(`Punto · ${record?.meta.date} · ${record?.meta.venue}`);
    }
  });

  it.for([
    ['en', 'IOM'],
    ['es', 'OIM'],
  ] as const)(
    '%s: newest first keeps each meeting as report, then its items in document order, over "Show more"',
    async ([lang, query]) => {
      const { status, first, hits } = await pool.use(async (page) => {
        const shown = await searchOn(page, origin(), `/${lang}/search/?q=${query}&sort=date`);
        return { status: shown.status, first: shown.hits.length, hits: await allHits(page) };
      });
      // More than a page: "Show more results" goes on where the first page stopped, inside a meeting or past it.
      expect(hits.length).toBeGreaterThan(first);
      expect(status).toMatch(new RegExp(`^${hits.length} `));
      const found = paths(hits).filter((path) => path.includes('/reports/'));
      expect(new Set(found).size).toBe(found.length);
      const order = records.filter((record) => record.language === lang).map((record) => record.url);
      const meetings = [...new Set(found.map((path) => path.split('/')[3]))];
      expect(meetings.length).toBeGreaterThan(1);
      expect(meetings).toEqual([...meetings].sort().reverse());
      for (const meeting of meetings) {
        const ofMeeting = found.filter((path) => path.split('/')[3] === meeting);
        expect(ofMeeting.length).toBeGreaterThan(1);
        expect(ofMeeting).toEqual([...ofMeeting].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      }
    },
  );

  it('the header box shows the query of the search page', async () => {
    const box = await pool.use(async (page) => {
      await searchOn(page, origin(), '/es/search/?q=consulados+conjuntos');
      return page.locator('#site-search-q').inputValue();
    });
    expect(box).toBe('consulados conjuntos');
  });

  it.for([320, 768, 1280])('the order box shows its longest choice whole, in Spanish, at %i px', async (width) => {
    const widths = await pool.use(async (page) => {
      await page.setViewportSize({ width, height: 800 });
      try {
        await page.goto(`${origin()}/es/search/`);
        return await page.locator('#search-sort').evaluate((select: HTMLSelectElement) => {
          const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
          canvas.font = getComputedStyle(select).font;
          const longest = Math.max(...[...select.options].map((option) => canvas.measureText(option.text).width));
          return { longest, room: select.clientWidth };
        });
      } finally {
        // Playwright's default viewport, which the other tests on this page expect.
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
    // Room for the text and the arrow (about 24 px) beside it.
    expect(widths.room).toBeGreaterThan(widths.longest + 24);
  });
});

/** The meeting filter's file of a language's index (Pagefind names it by a hash; its CBOR starts with the name). */
function meetingFilterFile(lang: Lang): string {
  const folder = join(SITE_DIR, 'pagefind', 'filter');
  const files = readdirSync(folder).filter(
    (name) =>
      name.startsWith(`${lang}_`) &&
      gunzipSync(readFileSync(join(folder, name)))
        .subarray(0, 24)
        .includes('meeting'),
  );
  if (files.length !== 1) throw new Error(`${files.length} meeting filter files in ${folder}`);
  return `/pagefind/filter/${files[0]}`;
}

/** The archive's own citation sentence of item 2.d of 27 November 2017, as pasted from a letter (another origin). */
function citationSentence(lang: Lang): string {
  const archive = contentArchive();
  const report = archive.reports.find((candidate) => candidate.lang === lang && candidate.id === '2017-11-27');
  if (!report) throw new Error(`no ${lang} report of 2017-11-27 in the content`);
  return citationOf(
    archive,
    report,
    'https://archive.example.int',
    report.items.find((i) => i.number === '2.d'),
  ).text;
}

/** A citation typed into a language's search page, and the page it must land on. */
interface Cited {
  lang: Lang;
  query: string;
  lands: string;
}

const ITEM_2D = (lang: Lang) => pagePath(lang, itemPath('2017-11-27', '2.d'));
const CITED: Cited[] = [
  { lang: 'en', query: 'item 2.d of the report of 27 November 2017', lands: ITEM_2D('en') },
  { lang: 'es', query: 'punto 2.d del informe del 27 de noviembre de 2017', lands: ITEM_2D('es') },
  { lang: 'en', query: '2.d, 27 November 2017', lands: ITEM_2D('en') },
  { lang: 'es', query: '27/11/2017 2.d', lands: ITEM_2D('es') },
  { lang: 'en', query: '27/11/17 2.d', lands: ITEM_2D('en') },
  { lang: 'en', query: '2017-11-27 2.d', lands: ITEM_2D('en') },
  { lang: 'en', query: 'report of 15 November 2016', lands: pagePath('en', reportPath('2016-11-15')) },
  { lang: 'es', query: '2017-11-27', lands: pagePath('es', reportPath('2017-11-27')) },
  { lang: 'en', query: citationSentence('en'), lands: ITEM_2D('en') },
  { lang: 'es', query: citationSentence('es'), lands: ITEM_2D('es') },
  // A pasted address opens in the language of the page it is pasted into.
  { lang: 'es', query: 'https://archive.example.int/en/reports/2017-11-27/items/2/d', lands: ITEM_2D('es') },
  { lang: 'en', query: '/id/2016-11-15/', lands: pagePath('en', reportPath('2016-11-15')) },
];

/** Opens a search URL without waiting for its page to load: a cited page replaces it as soon as it can. */
const openSearch = (page: Page, lang: Lang, query: string) =>
  page.goto(`${origin()}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });

describe('a cited meeting or item opens its page', () => {
  const meetings = meetingsOf(contentArchive());

  it.concurrent.for(CITED)('$lang: $query', async ({ lang, query, lands }) => {
    const url = await pool.use(async (page) => {
      await openSearch(page, lang, query);
      await page.waitForURL(`${origin()}${lands}`, { timeout: 10_000 });
      return new URL(page.url()).pathname;
    });
    expect(url).toBe(lands);
  });

  it('says where it goes, with a link, before it goes', async () => {
    const target = `${origin()}${ITEM_2D('en')}`;
    const shown = await pool.use(async (page) => {
      let asked = () => {};
      const going = new Promise<void>((resolve) => (asked = resolve));
      // The item page answers 204 No Content, so the browser stays on the search page (RFC 9110 §15.3.5) and what it
      // said can be read.
      await page.route(target, async (route) => {
        asked();
        await route.fulfill({ status: 204 });
      });
      try {
        await openSearch(page, 'en', '27 Nov 2017 item 2.d');
        // A page that never goes there fails on what it shows, not on the test's timeout.
        await Promise.race([going, page.waitForTimeout(10_000)]);
        const status = page.locator('.results [role=status]');
        return { status: await status.innerText(), link: await page.locator('.results__list a').getAttribute('href') };
      } finally {
        await page.unroute(target);
      }
    });
    expect(shown).toEqual({ status: 'Opening item 2.d of the report of 27 November 2017.', link: ITEM_2D('en') });
  });

  it('an item the meeting does not have: says so and lists the items it has', async () => {
    const { status, hits } = await search(
      `/es/search/?q=${encodeURIComponent('punto 2.e del informe del 27/11/2017')}`,
    );
    expect(status).toBe('El informe del 27 de noviembre de 2017 no tiene punto 2.e. Sus puntos:');
    expect(paths(hits)).toEqual((meetings['2017-11-27'] ?? []).map((n) => pagePath('es', itemPath('2017-11-27', n))));
  });

  it('a meeting the archive does not have: says so and lists the reports of that year', async () => {
    const { status, hits } = await search('/en/search/?q=2017-11-28+2.d');
    expect(status).toBe('The archive has no report of 28 November 2017. Reports of 2017:');
    const ofYear = Object.keys(meetings).filter((id) => id.startsWith('2017'));
    expect(ofYear.length).toBeGreaterThan(0);
    expect(paths(hits)).toEqual([
      ...ofYear.map((id) => pagePath('en', reportPath(id))),
      pagePath('en', reportsIndexPath()),
    ]);
  });

  it('a citation typed into the header box of another page opens its item', async () => {
    const url = await pool.use(async (page) => {
      await page.goto(`${origin()}/es/reports/2016-11-15/`);
      await page.locator('#site-search-q').fill('punto 2.d del informe del 27 de noviembre de 2017');
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(`${origin()}${ITEM_2D('es')}`, { timeout: 10_000 });
      return new URL(page.url()).pathname;
    });
    expect(url).toBe(ITEM_2D('es'));
  });

  /** The paths a search URL makes the browser request, and the URL of the page's lazily loaded reading of references. */
  const requestsOf = (url: string) =>
    pool.use(async (page) => {
      const requested: string[] = [];
      const listen = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
      page.on('request', listen);
      try {
        await searchOn(page, origin(), url);
      } finally {
        page.off('request', listen);
      }
      return { requested, lazy: await page.locator('[data-lazy-script=reference]').getAttribute('data-src') };
    });

  // A year with another number ("2.d 2016") loads the reading, which finds no reference: only then the index.
  it.concurrent.for(['/en/search/?q=IOM', '/en/search/?q=2019', '/es/search/?q=2.d'])(
    'a plain search (%s) loads neither the reading of references nor the list of meetings',
    async (url) => {
      const { requested, lazy } = await requestsOf(url);
      expect(requested.length).toBeGreaterThan(0);
      expect(requested.filter((path) => path === lazy || path.startsWith('/search/meetings/'))).toEqual([]);
    },
  );

  it('a search loads newest first and the meeting filter only when the reader asks for newest first', async () => {
    const loads = async (url: string) => {
      // A context of its own, cold: all that the search fetches is seen, the worker's requests too.
      const context = await browser().newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      try {
        await searchOn(page, origin(), url);
        const lazy = await page.locator('[data-lazy-script=newest]').getAttribute('data-src');
        return { requested, newest: [lazy, meetingFilterFile('en')] };
      } finally {
        await context.close();
      }
    };
    const relevance = await loads('/en/search/?q=joint+consulates');
    expect(relevance.requested.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
    expect(relevance.requested.filter((path) => relevance.newest.includes(path))).toEqual([]);
    const newest = await loads('/en/search/?q=joint+consulates&sort=date');
    expect(newest.requested).toEqual(expect.arrayContaining(newest.newest));
  });

  it('a reference loads both', async () => {
    const { requested, lazy } = await requestsOf('/en/search/?q=2017-11-28+2.d');
    expect(requested).toEqual(expect.arrayContaining([lazy, meetingsDataPath('2017')]));
  });
});
