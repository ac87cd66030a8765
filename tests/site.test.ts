/**
 * The built site keeps the URL contract: every report and item exists at its
 * permanent address in every language, shows the item's own text, and every
 * report page carries an anchor for every item.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemAnchor, itemPath, pagePath, reportPath, sourcePath } from '../src/lib/urls.ts';
import { contentArchive, distFile, normalise, page, pageExists, select, selectAll, textOf, requireBuild, CONTENT_DIR } from './helpers.ts';

requireBuild();

const EXPECTED_ITEM_URLS = [
  ...['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => `/en/reports/2016-11-15/items/${n}/`),
  ...['1', '2', '2/a', '2/b', '2/c', '2/d', '3', '3/a', '3/b', '3/c', '4', '4/a', '4/b', '5', '6', '7', '7/a', '7/b', '7/c', '8', '9'].map(
    (n) => `/en/reports/2017-11-27/items/${n}/`,
  ),
];

describe('permanent URLs in dist/', () => {
  it('has the 29 English item pages of the two seed reports', () => {
    expect(EXPECTED_ITEM_URLS).toHaveLength(29);
    expect(EXPECTED_ITEM_URLS.filter((url) => !pageExists(url))).toEqual([]);
  });

  it('has the two English report pages', () => {
    expect(['/en/reports/2016-11-15/', '/en/reports/2017-11-27/'].filter((url) => !pageExists(url))).toEqual([]);
  });

  for (const report of contentArchive().reports) {
    describe(`${report.lang}/${report.id}`, () => {
      const reportUrl = pagePath(report.lang, reportPath(report.id));

      it('every item page shows that item and its permanent URL', () => {
        for (const item of report.items) {
          const url = pagePath(report.lang, itemPath(report.id, item.number));
          const tree = page(url);
          expect(textOf(tree, 'main .item-text'), url).toContain(normalise(item.text.replaceAll('· ', '')));
          expect(textOf(tree, 'h1'), url).toMatch(new RegExp(`${item.number.replace('.', '\\.')}$`));
          expect(textOf(tree, '.permalink'), url).toMatch(new RegExp(`^https?://[^/]+${url}$`));
        }
      });

      it('the report page has an anchor with the text of every item and a link to its page', () => {
        const tree = page(reportUrl);
        for (const item of report.items) {
          const anchor = select(`#${itemAnchor(item.number)}`, tree);
          expect(anchor, `#${itemAnchor(item.number)}`).toBeDefined();
          expect(textOf(tree, `#${itemAnchor(item.number)} > .item__text`)).toBe(normalise(item.html.replace(/<[^>]+>/g, ' ')));
          const links = selectAll(`#${itemAnchor(item.number)} > .item__head a`, tree).map((a) => a.properties['href']);
          expect(links).toContain(pagePath(report.lang, itemPath(report.id, item.number)));
        }
      });

      it('the report page links the archived source document, served byte for byte', () => {
        const tree = page(reportUrl);
        const href = sourcePath(report.data.source.file);
        expect(selectAll('a', tree).some((a) => a.properties['href'] === href)).toBe(true);
        expect(readFileSync(distFile(href))).toEqual(readFileSync(join(CONTENT_DIR, 'sources', report.data.source.file)));
      });

      it('the <html lang> is the report language', () => {
        expect(select('html', page(reportUrl))?.properties['lang']).toBe(report.lang);
      });
    });
  }
});

describe('other pages', () => {
  it('/ offers both languages as plain links', () => {
    const links = selectAll('main a', page('/')).map((a) => a.properties['href']);
    expect(links).toEqual(['/en/', '/es/']);
  });

  it('has a 404 page in both languages', () => {
    const tree = page('/404.html');
    expect(textOf(tree, 'h1')).toContain('Page not found');
    expect(textOf(tree, 'h1')).toContain('Página no encontrada');
  });

  it('the reports index lists every report with its venue and number of items', () => {
    const text = textOf(page('/en/reports/'), 'main') ?? '';
    expect(text).toContain('Report of the meeting of 15 November 2016');
    expect(text).toContain('San Pedro Sula, Honduras');
    expect(text).toContain('21 items');
    expect(text.indexOf('2016')).toBeLessThan(text.indexOf('2017'));
  });

  it('the 2017 report records both the heading venue and the San Salvador of its first paragraph', () => {
    const text = textOf(page('/en/reports/2017-11-27/'), '.facts--report') ?? '';
    expect(text).toContain('Antiguo Cuscatlán, La Libertad, El Salvador');
    expect(text).toContain('The first paragraph of the report gives San Salvador, El Salvador.');
  });
});
