/**
 * Machine-readable: the open data export validates against its documented,
 * versioned schema and carries the same hashes as the pages; JSON-LD,
 * OpenGraph, Atom feeds and robots.txt are there and well formed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { textHash } from '../src/lib/citation.ts';
import { SITE } from '../src/lib/site.ts';
import { ITEMS_CSV_COLUMNS, itemsFileSchema, reportsFileSchema } from '../src/schemas/data-export.ts';
import { contentArchive, page, select, selectAll, textOf, requireBuild } from './helpers.ts';

requireBuild();

const read = (path: string) => readFileSync(`dist${path}`, 'utf8');

describe('open data export', () => {
  it('items.json validates and has every item with both texts, hashes, entities and URLs', () => {
    const data = itemsFileSchema.parse(JSON.parse(read('/data/items.json')));
    const archive = contentArchive();
    const english = archive.reports.filter((report) => report.lang === 'en');
    expect(data.items.map((item) => item.id)).toEqual(
      english.flatMap((report) => report.items.map((item) => `${report.id}/${item.number}`)),
    );
    const item2d = data.items.find((item) => item.id === '2017-11-27/2.d');
    expect(item2d?.urls).toEqual({
      en: `${SITE}/en/reports/2017-11-27/items/2/d/`,
      es: `${SITE}/es/reports/2017-11-27/items/2/d/`,
      id: `${SITE}/id/2017-11-27/2/d/`,
    });
    expect(item2d?.entities.initiatives).toEqual(['joint-consulates']);
    for (const item of data.items) {
      expect(item.sha256.en).toBe(textHash(item.text.en));
      expect(item.sha256.es).toBe(textHash(item.text.es));
    }
  });

  it('the hash in the export is the one printed on the item page', () => {
    const item = itemsFileSchema.parse(JSON.parse(read('/data/items.json'))).items.find((candidate) => candidate.id === '2016-11-15/8');
    expect(textOf(page('/es/reports/2016-11-15/items/8/'), '.cite__hash code')).toBe(item?.sha256.es);
  });

  it('reports.json validates', () => {
    const data = reportsFileSchema.parse(JSON.parse(read('/data/reports.json')));
    expect(data.reports.map((report) => report.id)).toEqual(['2016-11-15', '2017-11-27']);
    expect(data.reports[1]?.translation).toEqual({
      en: { status: 'original', from: null, official: null },
      es: { status: 'translation', from: 'en', official: false },
    });
  });

  it('publishes its JSON Schemas, generated from the same definitions', () => {
    expect(JSON.parse(read('/data/schema/items.v1.json'))).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(itemsFileSchema))));
    expect(JSON.parse(read('/data/schema/reports.v1.json'))).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(reportsFileSchema))));
  });

  it('items.csv has the documented columns and one row per item', () => {
    const csv = read('/data/items.csv');
    // Split records on CRLF outside quotes.
    const records = csv.match(/(?:"(?:[^"]|"")*"|[^\r\n,"]*)(?:,(?:"(?:[^"]|"")*"|[^\r\n,"]*))*\r\n/g) ?? [];
    expect(records[0]?.trim().split(',')).toEqual([...ITEMS_CSV_COLUMNS]);
    const json = itemsFileSchema.parse(JSON.parse(read('/data/items.json')));
    expect(records.length - 1).toBe(json.items.length);
    expect(records.join('')).toBe(csv);
  });
});

describe('machine-readable pages', () => {
  it('item pages carry JSON-LD: a CreativeWork, part of its Report, with the text hash', () => {
    const script = select('script[type="application/ld+json"]', page('/en/reports/2017-11-27/items/2/d/'));
    const data = JSON.parse(textOf({ type: 'root', children: script ? [script] : [] }, 'script') ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'CreativeWork',
      position: '2.d',
      inLanguage: 'en',
      isPartOf: { '@type': 'Report', '@id': `${SITE}/en/reports/2017-11-27/` },
      identifier: { propertyID: 'sha256' },
    });
  });

  it('report pages carry JSON-LD: a Report with location, participants and parts', () => {
    const script = select('script[type="application/ld+json"]', page('/es/reports/2016-11-15/'));
    const data = JSON.parse(textOf({ type: 'root', children: script ? [script] : [] }, 'script') ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'Report', dateCreated: '2016-11-15', contentLocation: { address: { addressCountry: 'HN' } } });
    expect((data['hasPart'] as unknown[]).length).toBe(8);
    expect((data['contributor'] as unknown[]).length).toBe(10);
  });

  it('pages have OpenGraph tags', () => {
    const tree = page('/es/reports/2017-11-27/items/2/d/');
    const og = Object.fromEntries(
      selectAll('meta[property^="og:"]', tree).map((meta) => [meta.properties['property'], meta.properties['content']]),
    );
    expect(og).toMatchObject({ 'og:type': 'article', 'og:locale': 'es_ES', 'og:url': `${SITE}/es/reports/2017-11-27/items/2/d/` });
  });

  it('each language has an Atom feed of its reports, linked from every page', () => {
    for (const lang of ['en', 'es']) {
      const feed = read(`/${lang}/feed.xml`);
      expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(feed.match(/<entry>/g)).toHaveLength(2);
      expect(feed.indexOf('2017-11-27')).toBeLessThan(feed.indexOf('2016-11-15'));
      expect(select('link[type="application/atom+xml"]', page(`/${lang}/`))?.properties['href']).toBe(`/${lang}/feed.xml`);
    }
  });

  it('robots.txt allows everything and points to the sitemap', () => {
    expect(read('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});
