/**
 * Machine-readable: the open data export validates against its documented,
 * versioned schema and carries the same hashes as the pages; JSON-LD,
 * OpenGraph, Atom feeds and robots.txt are there and well formed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { findReport, reportsIn } from '../src/lib/archive.ts';
import { textHash } from '../src/lib/citation.ts';
import { itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';
import { CSV_BOM, ITEMS_CSV_COLUMNS, itemsFileSchema, reportsFileSchema } from '../src/schemas/data-export.ts';
import { reportExpectations } from './expectations.ts';
import { contentArchive, page, scratchDir, select, selectAll, textOf, requireBuild, SITE_DIR } from './helpers.ts';

requireBuild();

/** The JSON-LD of a built page. */
function jsonLd(url: string): Record<string, unknown> {
  const script = select('script[type="application/ld+json"]', page(url));
  return JSON.parse(textOf({ type: 'root', children: script ? [script] : [] }, 'script') ?? '{}') as Record<
    string,
    unknown
  >;
}

const read = (path: string) => readFileSync(`${SITE_DIR}${path}`, 'utf8');

describe('open data export', () => {
  it('items.json validates and has every item with both texts, hashes, entities and URLs', () => {
    const data = itemsFileSchema.parse(JSON.parse(read('/data/items.json')));
    const archive = contentArchive();
    const english = archive.reports.filter((report) => report.lang === 'en');
    expect(data.items.map((item) => item.id)).toEqual(
      english.flatMap((report) => report.items.map((item) => `${report.id}/${item.number}`)),
    );
    const exported = new Map(data.items.map((item) => [item.id, item]));
    for (const report of english) {
      for (const item of report.items) {
        const path = `${report.id}/${item.number.replace('.', '/')}/`;
        const entry = exported.get(`${report.id}/${item.number}`);
        expect(entry?.urls).toEqual({
          en: `${SITE}/en/reports/${path.replace('/', '/items/')}`,
          es: `${SITE}/es/reports/${path.replace('/', '/items/')}`,
          id: `${SITE}/id/${path}`,
        });
        expect(entry?.entities).toEqual(item.mentions);
        expect(entry?.text.en).toBe(item.text);
      }
    }
    for (const item of data.items) {
      expect(item.sha256.en).toBe(textHash(item.text.en));
      expect(item.sha256.es).toBe(textHash(item.text.es));
    }
  });

  it('the hash in the export is the one printed on every item page', () => {
    for (const item of itemsFileSchema.parse(JSON.parse(read('/data/items.json'))).items) {
      for (const lang of ['en', 'es'] as const) {
        expect(textOf(page(new URL(item.urls[lang]).pathname), '.cite__hash code'), `${lang} ${item.id}`).toBe(
          item.sha256[lang],
        );
      }
    }
  });

  it('reports.json validates', () => {
    const data = reportsFileSchema.parse(JSON.parse(read('/data/reports.json')));
    const english = reportsIn(contentArchive(), 'en');
    expect(data.reports.map((report) => report.id)).toEqual(english.map((report) => report.id));
    for (const [index, report] of data.reports.entries()) {
      const translation = (lang: 'en' | 'es') => {
        const given = findReport(contentArchive(), lang, report.id)?.data.translation;
        return given?.status === 'translation'
          ? { status: given.status, from: given.from, official: given.official }
          : { status: given?.status, from: null, official: null };
      };
      expect(report.translation, report.id).toEqual({ en: translation('en'), es: translation('es') });
      expect(report.items, report.id).toEqual(english[index]?.items.map((item) => item.number));
    }
  });

  it('publishes its JSON Schemas, generated from the same definitions', () => {
    expect(JSON.parse(read('/data/schema/items.v1.json'))).toEqual(
      JSON.parse(JSON.stringify(z.toJSONSchema(itemsFileSchema))),
    );
    expect(JSON.parse(read('/data/schema/reports.v1.json'))).toEqual(
      JSON.parse(JSON.stringify(z.toJSONSchema(reportsFileSchema))),
    );
  });

  it('items.csv has the documented columns and one row per item, each with its texts (RFC 4180, read by csv-parse)', () => {
    const rows = parse(read('/data/items.csv'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...ITEMS_CSV_COLUMNS]);
    const json = itemsFileSchema.parse(JSON.parse(read('/data/items.json')));
    expect(rows.slice(1).map((row) => [row[0], row[4], row[5]])).toEqual(
      json.items.map((item) => [item.id, item.text.en, item.text.es]),
    );
  });
});

describe('items.csv opens in a spreadsheet with its accents intact', () => {
  const csvFile = join(SITE_DIR, 'data/items.csv');
  const cells = () => parse(readFileSync(csvFile, 'utf8'), { bom: true }) as string[][];
  const accented = (rows: string[][]) => rows.flat().filter((cell) => /Panamá/.test(cell));

  it('starts with the UTF-8 byte order mark (CSV_BOM)', () => {
    expect([...readFileSync(csvFile).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(csvFile, 'utf8').startsWith(CSV_BOM)).toBe(true);
  });

  it('read as Excel reads a CSV (UTF-8 when it starts with the mark, else Windows-1252), every cell is intact', () => {
    const bytes = readFileSync(csvFile);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // TextDecoder drops the mark of UTF-8 text, as Excel does.
    const asExcel = parse(new TextDecoder(hasBom ? 'utf-8' : 'windows-1252').decode(bytes)) as string[][];
    expect(accented(asExcel).length).toBeGreaterThan(0);
    expect(asExcel).toEqual(cells());
  });

  it('LibreOffice Calc, with the character set its import dialog selects for the mark, keeps every cell and the header "id"', () => {
    if (spawnSync('soffice', ['--version']).error)
      throw new Error(
        'LibreOffice is needed to open items.csv as a spreadsheet: apt-get install libreoffice-calc-nogui',
      );
    const dir = scratchDir('csv-');
    // Import: comma, double quote, UTF-8 (76), from line 1, every one of the columns as text (format 2) so no cell is
    // turned into a date or number; export: the same as a UTF-8 CSV, to compare cell by cell.
    const asText = ITEMS_CSV_COLUMNS.map((_, index) => `${index + 1}/2`).join('/');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        `--infilter=Text - txt - csv (StarCalc):44,34,76,1,${asText}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        join(dir, 'out'),
        csvFile,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const out = join(dir, 'out', basename(csvFile));
    // Without Calc, soffice (Writer only) has no CSV filter: it writes nothing and still exits with 0.
    if (!existsSync(out))
      throw new Error('LibreOffice Calc is needed to open items.csv: apt-get install libreoffice-calc-nogui');
    const opened = parse(readFileSync(out, 'utf8')) as string[][];
    expect(opened[0]?.[0]).toBe('id');
    expect(accented(opened)).toEqual(accented(cells()));
    expect(opened).toEqual(cells());
  }, 180_000);
});

describe('machine-readable pages', () => {
  it('every item page carries JSON-LD: a CreativeWork, part of its Report, with the text hash; and OpenGraph tags', () => {
    for (const report of contentArchive().reports) {
      for (const item of report.items) {
        const url = pagePath(report.lang, itemPath(report.id, item.number));
        const tree = page(url);
        expect(jsonLd(url), url).toMatchObject({
          '@type': 'CreativeWork',
          position: item.number,
          inLanguage: report.lang,
          isPartOf: { '@type': 'Report', '@id': `${SITE}${pagePath(report.lang, reportPath(report.id))}` },
          identifier: { propertyID: 'sha256', value: textHash(item.text) },
        });
        const og = Object.fromEntries(
          selectAll('meta[property^="og:"]', tree).map((meta) => [
            meta.properties['property'],
            meta.properties['content'],
          ]),
        );
        expect(og, url).toMatchObject({
          'og:type': 'article',
          'og:locale': report.lang === 'es' ? 'es_ES' : 'en_GB',
          'og:url': `${SITE}${url}`,
        });
      }
    }
  });

  it('every report page carries JSON-LD: a Report with location, participants and parts', () => {
    const expected = new Map(reportExpectations().map((facts) => [facts.id, facts]));
    for (const report of contentArchive().reports) {
      const url = pagePath(report.lang, reportPath(report.id));
      const data = jsonLd(url);
      const country = report.data.venue
        ? contentArchive().countries.get(report.data.venue.country.id)?.iso2
        : undefined;
      expect(data, url).toMatchObject({
        '@type': 'Report',
        dateCreated: report.data.date,
        contentLocation: { address: { addressCountry: country } },
      });
      expect(country, url).toBe(expected.get(report.id)?.addressCountry ?? country);
      expect((data['hasPart'] as unknown[]).length, url).toBe(report.items.length);
      expect((data['contributor'] as unknown[]).length, url).toBe(report.data.participants.length);
    }
  });

  it('each language has an Atom feed of its reports, linked from every page', () => {
    for (const lang of ['en', 'es']) {
      const feed = read(`/${lang}/feed.xml`);
      expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      const newestFirst = reportsIn(contentArchive(), lang as 'en' | 'es')
        .map((report) => report.id)
        .reverse();
      expect(feed.match(/<entry>/g)).toHaveLength(newestFirst.length);
      const positions = newestFirst.map((id) => feed.indexOf(`/reports/${id}/`));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(select('link[type="application/atom+xml"]', page(`/${lang}/`))?.properties['href']).toBe(
        `/${lang}/feed.xml`,
      );
    }
  });

  it('robots.txt allows everything and points to the sitemap', () => {
    expect(read('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});
