/**
 * Print (issue 21, parts 5 and 7): pages printed by Chromium to A4 PDF (`page.pdf`, as "Save as PDF" does) over dist/,
 * read back with Debian's poppler-utils (`pdfinfo` for the number of pages, `pdftotext` for the text). Every item page
 * of every report, in both languages, is one A4 page and opens with the site's name and the item's permanent URL; a
 * report page opens the same way, prints none of the navigation, chips, copy and download texts, and no URL but its
 * own, its citation's and those of links out of the archive; the open actions fit on three pages.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type UIKey, useTranslations } from '../src/lib/i18n.ts';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';
import { absoluteUrl, actionsPath, countryPath, itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { LANGS } from '../src/schemas/index.ts';
import { useBrowser } from './browser.ts';
import { toText } from 'hast-util-to-text';
import { contentArchive, normalise, page, scratchDir, select, selectAll } from './helpers.ts';

const { browser, origin } = useBrowser();
let tab: Page;
let folder: string;

beforeAll(async () => {
  tab = await browser().newPage();
  folder = scratchDir('print-');
});
afterAll(() => tab?.close());

/** Runs one of poppler-utils' tools on a file; says what to install when the tool is missing. */
function poppler(tool: 'pdfinfo' | 'pdftotext', ...args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`${tool} not found: install Debian's poppler-utils (apt-get install poppler-utils; .ci/run does)`);
  }
}

/** The page at a path, printed to A4 by Chromium: its number of pages and its text, line by line (blank lines out). */
async function printed(path: string): Promise<{ pages: number; lines: string[] }> {
  await tab.goto(`${origin()}${path}`);
  const file = join(folder, `${path.replaceAll('/', '_')}.pdf`);
  writeFileSync(file, await tab.pdf({ format: 'A4' }));
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', file))?.[1]);
  const lines = poppler('pdftotext', '-enc', 'UTF-8', file, '-')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { pages, lines };
}

/** The tests' builds are previews: every permanent URL is on the preview origin (tests/global-setup.ts). */
const pageUrl = (path: string) => absoluteUrl(path, PREVIEW_ORIGIN);

/** The line under the site's name on a report's or an item's printout: its URL, labelled as the permalink it is. */
const permanentUrl = (path: string) =>
  `${useTranslations(path.startsWith('/es/') ? 'es' : 'en')('print.permanentUrl')} ${pageUrl(path)}`;

describe('an item prints on one A4 page, under the site name and its permanent URL', () => {
  const items = contentArchive().reports.flatMap((report) =>
    report.items.map((item) => pagePath(report.lang, itemPath(report.id, item.number))),
  );

  it.for(items)('%s', async (path) => {
    const { pages, lines } = await printed(path);
    expect(pages).toBe(1);
    const lang = path.startsWith('/es/') ? 'es' : 'en';
    expect(lines.slice(0, 2)).toEqual([useTranslations(lang)('site.name'), permanentUrl(path)]);
  });
});

describe.for(LANGS)('%s: a report page prints its text, not the site around it', (lang) => {
  const t = useTranslations(lang);
  const path = pagePath(lang, reportPath('2017-11-27'));
  /** Texts of navigation, chips, copy buttons, downloads and the per-item permalinks, none of which is printed. */
  const notPrinted: UIKey[] = [
    'nav.skip',
    'nav.glossary',
    'report.previousMeeting',
    'cite.copy',
    'cite.download',
    'cite.downloadsOnItemPage',
  ];
  let lines: string[] = [];
  beforeAll(async () => {
    ({ lines } = await printed(path));
  });

  it('opens with the site name and the permanent URL', () => {
    expect(lines.slice(0, 2)).toEqual([t('site.name'), permanentUrl(path)]);
  });

  it('prints no navigation, chip, copy or download text, nor the items’ “Item 2.d” links', () => {
    const text = lines.join('\n');
    const shown = [...notPrinted.map((key) => t(key)), t('item.title', { number: '2.d' })].filter((words) =>
      text.includes(words),
    );
    expect(shown).toEqual([]);
  });

  it('prints its own URL, its citation’s, and the URL of each link out of the archive in its text only', () => {
    const outbound = selectAll('.report-text a[href^="http"]', page(path)).length;
    const printedUrls = lines.join('\n').match(/https?:\/\//g) ?? [];
    expect(printedUrls.length).toBeGreaterThanOrEqual(2);
    expect(printedUrls.length).toBeLessThanOrEqual(2 + outbound);
  });
});

describe('the printout calls a URL permanent only where it is a permalink', () => {
  /** Pages that are no permalinks (src/lib/permalinks.ts, NOT_PERMALINKS) or not a report or an item. */
  const others = [
    ...LANGS.map((lang) => pagePath(lang, `${reportPath('2017-11-27')}actions/`)),
    '/en/countries/panama/offered/',
    '/es/reports/',
  ];

  it.for(others)('%s: its URL, with no label', async (path) => {
    const { lines } = await printed(path);
    expect(lines.slice(0, 2)).toEqual([
      useTranslations(path.startsWith('/es/') ? 'es' : 'en')('site.name'),
      pageUrl(path),
    ]);
  });
});

describe.for(LANGS)('%s: links that only lead elsewhere are not printed', (lang) => {
  const meeting = reportPath('2017-11-27');
  it.for([meeting, 'reports/', `${meeting}actions/`])('%s', async (local) => {
    const path = pagePath(lang, local);
    // Each such link's words, and the whole paragraph or navigation around them.
    const blocks = selectAll('main p:has(> a[href*="actions/"]), .year-nav', page(path));
    const texts = [...blocks, ...blocks.flatMap((block) => selectAll('a', block))].map((node) =>
      normalise(toText(node)),
    );
    expect(texts.length).toBeGreaterThan(0);
    const { lines } = await printed(path);
    expect(lines.map(normalise).filter((line) => texts.includes(line))).toEqual([]);
  });
});

describe('headings stay with what follows them', () => {
  /** A4's height less the 15 mm margins of `@page` (global.css), in CSS px (96 per inch). */
  const PAGE_HEIGHT = ((297 - 30) / 25.4) * 96;

  it.for(LANGS)('%s: a heading that would end the first page starts the second, with its text', async (lang) => {
    const path = pagePath(lang, reportPath('2017-11-27'));
    await tab.goto(`${origin()}${path}`);
    // Laid out as printed (A4 less margins: 180 mm wide), a spacer puts the first h2 at the foot of the first page.
    await tab.emulateMedia({ media: 'print' });
    await tab.setViewportSize({ width: Math.round((180 / 25.4) * 96), height: 1000 });
    const heading = await tab.evaluate((pageHeight) => {
      const h2 = document.querySelector('main h2')!;
      const spacer = h2.parentElement!.insertBefore(document.createElement('div'), h2);
      // 20 px above the page's foot: room for the heading (less, and rounding sends it over), none for the next line.
      spacer.style.height = `${pageHeight - h2.getBoundingClientRect().bottom - 20}px`;
      return h2.textContent!.trim();
    }, PAGE_HEIGHT);
    const file = join(folder, `headings-${lang}.pdf`);
    writeFileSync(file, await tab.pdf({ format: 'A4' }));
    await tab.emulateMedia({ media: null });
    const [first = '', second = ''] = poppler('pdftotext', '-enc', 'UTF-8', file, '-').split('\f');
    const lines = (text: string) =>
      text
        .split('\n')
        .map(normalise)
        .filter((line) => line !== '');
    expect(lines(first).at(-1)).not.toBe(heading);
    expect(lines(second)[0]).toBe(heading);
  });
});

describe('no empty sections on paper', () => {
  // Panama hosted no meeting of the seeds: its page says so on screen, and prints no such section.
  it.for(LANGS)('%s: a country that hosted no meeting prints no "Meetings hosted" section', async (lang) => {
    const t = useTranslations(lang);
    const path = pagePath(lang, countryPath('panama'));
    expect(toText(select('main', page(path))!)).toContain(t('country.none'));
    const { lines } = await printed(path);
    expect(lines.filter((line) => line === t('country.none') || line === t('country.hosted'))).toEqual([]);
  });
});

describe('the open actions print compactly', () => {
  // Two runs of text an entry: seven or more entries an A4 page (21 open actions took 3 pages; on screen, 7).
  it.for(LANGS)('%s: at least seven actions an A4 page', async (lang) => {
    const entries = selectAll('li[data-action]', page(pagePath(lang, actionsPath()))).length;
    expect(entries).toBeGreaterThan(20);
    expect((await printed(pagePath(lang, actionsPath()))).pages).toBeLessThanOrEqual(Math.ceil(entries / 7));
  });
});
