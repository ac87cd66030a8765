/**
 * The built site keeps the URL contract: every report and item exists at its
 * permanent address in every language, shows the item's own text, and every
 * report page carries an anchor for every item.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemAnchor, itemPath, pagePath, reportPath, sourcePath } from '../src/lib/urls.ts';
import { reportsIn } from '../src/lib/archive.ts';
import { reportExpectations } from './expectations.ts';
import {
  contentArchive,
  distFile,
  normalise,
  page,
  pageExists,
  select,
  selectAll,
  textOf,
  requireBuild,
  defaultContentDir,
} from './helpers.ts';

requireBuild();

describe('permanent URLs in dist/', () => {
  for (const { id, items } of reportExpectations()) {
    it(`has the report page and the ${items.length} item pages of ${id} pinned in its facts, in both languages`, () => {
      const urls = ['en', 'es'].flatMap((lang) => [
        `/${lang}/reports/${id}/`,
        ...items.map((number) => `/${lang}/reports/${id}/items/${number.replace('.', '/')}/`),
      ]);
      expect(urls.filter((url) => !pageExists(url))).toEqual([]);
    });
  }

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
          expect(textOf(tree, `#${itemAnchor(item.number)} > .item__text`)).toBe(
            normalise(item.html.replace(/<[^>]+>/g, ' ')),
          );
          const links = selectAll(`#${itemAnchor(item.number)} > .item__head a`, tree).map((a) => a.properties['href']);
          expect(links).toContain(pagePath(report.lang, itemPath(report.id, item.number)));
        }
      });

      it('the report page links the archived source document, served byte for byte', () => {
        const tree = page(reportUrl);
        const href = sourcePath(report.data.source.file);
        expect(selectAll('a', tree).some((a) => a.properties['href'] === href)).toBe(true);
        expect(readFileSync(distFile(href))).toEqual(
          readFileSync(join(defaultContentDir(), 'sources', report.data.source.file)),
        );
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

  it('the reports index lists every report, newest first, with its title, venue and number of items', () => {
    for (const lang of ['en', 'es'] as const) {
      const text = textOf(page(`/${lang}/reports/`), 'main') ?? '';
      const reports = reportsIn(contentArchive(), lang);
      const positions = reports.map((report) =>
        text.indexOf(textOf(page(pagePath(lang, reportPath(report.id))), 'h1') ?? '-'),
      );
      expect(
        positions.every((position) => position >= 0),
        lang,
      ).toBe(true);
      expect(positions, lang).toEqual([...positions].sort((a, b) => b - a));
      for (const report of reports) {
        expect(text, report.id).toContain(`${report.items.length} ${lang === 'en' ? 'items' : 'puntos'}`);
        if (report.data.venue) expect(text, report.id).toContain(report.data.venue.city);
      }
    }
  });
});
