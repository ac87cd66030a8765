/**
 * A search query read as a reference to a meeting or an item (src/lib/citation-query.ts, issue 20 part 4): every form
 * an official may paste, in English and Spanish, and the near misses that must stay searches. That the search page
 * lands on the page is pinned in Chromium by tests/search-golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mustGet } from '../src/lib/archive.ts';
import { citationOf } from '../src/lib/citation.ts';
import {
  fullYear,
  meetingsOf,
  readReference,
  type Reference,
  REGIONAL_MONTH_LOCALES,
  resolveReference,
} from '../src/lib/citation-query.ts';
import { INTL_LOCALE } from '../src/lib/locales.ts';
import { mayBeReference } from '../src/lib/search-query.ts';
import { identifierPath, itemPath, pagePath } from '../src/lib/urls.ts';
import { LANGS } from '../src/schemas/index.ts';
import { contentArchive } from './helpers.ts';

const ITEM: Reference = { report: '2017-11-27', item: '2.d' };
const REPORT: Reference = { report: '2016-11-15' };

/** Forms that name item 2.d of 27 November 2017 or the report of 15 November 2016, as typed or pasted. */
const FORMS: [string, Reference][] = [
  ['item 2.d of the report of 27 November 2017', ITEM],
  ['punto 2.d del informe del 27 de noviembre de 2017', ITEM],
  ['Punto 2.d, informe del 27 de noviembre del 2017', ITEM],
  ['2.d, 27 November 2017', ITEM],
  ['2.d, 27 de noviembre de 2017', ITEM],
  ['27 Nov 2017 item 2.d', ITEM],
  ['27 nov. 2017 punto 2.d', ITEM],
  ['November 27, 2017, item 2.d', ITEM],
  ['27/11/2017 2.d', ITEM],
  ['27-11-2017, punto 2.d.', ITEM],
  // Two-digit years, as POSIX strptime reads %y.
  ['27/11/17 2.d', ITEM],
  ['27.11.17 punto 2.d', ITEM],
  ['15/11/16', REPORT],
  ['2017-11-27 2.d', ITEM],
  ['2017-11-27', { report: '2017-11-27' }],
  ['2017-11-27-2 punto 3', { report: '2017-11-27-2', item: '3' }],
  ['report of 15 November 2016', REPORT],
  ['informe del 15 de noviembre de 2016', REPORT],
  ['15/11/2016', REPORT],
  ['Report of the meeting of 15 November 2016', REPORT],
];

/** Addresses of item 2.d and of the report of 15 November 2016: any origin, either language or none, slash or not. */
const ADDRESSES: [string, Reference][] = [
  ['https://archive.example.int/en/reports/2017-11-27/items/2/d/', ITEM],
  ['http://localhost:4321/es/reports/2017-11-27/items/2/d', ITEM],
  ['archivo.example.org/reports/2017-11-27/items/2/d/', ITEM],
  ['/es/reports/2017-11-27/items/2.d/', ITEM],
  ['https://archive.example.int/en/reports/2017-11-27/items/2.d', ITEM],
  [`https://archive.example.int${identifierPath('2017-11-27', '2.d')}`, ITEM],
  ['/id/2017-11-27/2/d', ITEM],
  ['<https://archive.example.int/en/reports/2016-11-15/>.', REPORT],
  ['/id/2016-11-15/', REPORT],
  ['/id/2016-11-15', REPORT],
  ['https://archive.example.int/es/reports/2016-11-15/items/3/', { report: '2016-11-15', item: '3' }],
];

/** Queries that are searches, not references. */
const NEAR_MISSES = [
  '2017',
  '2.d',
  'item 2.d',
  'punto 2.d',
  'consular protection',
  'protección consular',
  'November 2017',
  'consular protection 2017-11-27',
  'joint consulates 27 November 2017',
  '2.d 2.c 27 November 2017',
  '31/02/2017 2.d',
  '31/02/17 2.d',
  '27/11/017 2.d',
  '2017-13-45 2.d',
  '2017-02-29',
  '27 Foo 2017',
  '/en/reports/',
  '/en/reports/not-a-day/items/2/d/',
  '/en/reports/2017-13-45/',
];

describe('a query read as a reference', () => {
  it.for([...FORMS, ...ADDRESSES])('%s', ([query, expected]) => {
    expect(readReference(query)).toEqual(expected);
    // The search page loads the reading only for queries that pass this cheap test.
    expect(mayBeReference(query)).toBe(true);
  });

  it.for(NEAR_MISSES)('"%s" is no reference', (query) => {
    expect(readReference(query)).toBeUndefined();
  });

  it('reads a two-digit year as POSIX strptime reads %y: 69–99 in the 1900s, 00–68 in the 2000s', () => {
    expect(['17', '00', '68', '69', '99', '2017'].map(fullYear)).toEqual([2017, 2000, 2068, 1969, 1999, 2017]);
  });

  it('a year, a number or words alone do not load the reading at all', () => {
    for (const query of ['2017', '2019', '2.d', 'item 2.d', 'IOM', 'consulados conjuntos'])
      expect(mayBeReference(query), query).toBe(false);
  });

  it.for(LANGS)('the archive’s own citation sentence (%s), pasted whole or without its URL', (lang) => {
    const archive = contentArchive();
    const report = mustGet(new Map(archive.reports.filter((r) => r.lang === lang).map((r) => [r.id, r])), '2017-11-27');
    const item = report.items.find((candidate) => candidate.number === '2.d');
    const citation = citationOf(archive, report, 'https://archive.example.int', item);
    expect(readReference(citation.text)).toEqual(ITEM);
    expect(readReference(citation.text.replace(citation.url, '').trim())).toEqual(ITEM);
    const reportCitation = citationOf(archive, report, 'https://archive.example.int');
    expect(readReference(reportCitation.text.replace(reportCitation.url, '').trim())).toEqual({ report: '2017-11-27' });
  });

  it('September as the region also writes it: "setiembre" (es-PE in CLDR), whole and short', () => {
    expect(readReference('punto 2.d del informe del 27 de setiembre de 2017')).toEqual({
      report: '2017-09-27',
      item: '2.d',
    });
    expect(readReference('27 set. 2017')).toEqual({ report: '2017-09-27' });
  });

  it.for([...Object.entries(INTL_LOCALE), ...REGIONAL_MONTH_LOCALES.map((locale) => [locale, locale])])(
    'every month as Intl writes it in %s (%s), whole and short',
    ([, locale]) => {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
        for (let index = 0; index < 12; index++) {
          const name = format.format(Date.UTC(2016, index, 15));
          const day = `2016-${String(index + 1).padStart(2, '0')}-15`;
          expect(readReference(`15 ${name} 2016`), `${locale}: ${name}`).toEqual({ report: day });
          expect(readReference(`15 de ${name.toLocaleUpperCase(locale)} de 2016, 3`)).toEqual({
            report: day,
            item: '3',
          });
        }
      }
    },
  );
});

describe('where a reference leads', () => {
  const meetings = meetingsOf(contentArchive());

  it('lists every meeting with its item numbers in document order, the same in both languages', () => {
    const archive = contentArchive();
    const english = archive.reports.filter((report) => report.lang === 'en');
    expect(Object.keys(meetings)).toEqual(english.map((report) => report.id));
    for (const report of english) expect(meetings[report.id]).toEqual(report.items.map((item) => item.number));
    expect(meetingsOf(archive, 'es')).toEqual(meetings);
    expect(meetingsOf(archive, 'en', '2017')).toEqual(
      Object.fromEntries(Object.entries(meetings).filter(([id]) => id.startsWith('2017'))),
    );
  });

  it('an item or a report that exists: its page', () => {
    expect(resolveReference(ITEM, meetings)).toEqual({ reference: ITEM, to: itemPath('2017-11-27', '2.d') });
    expect(pagePath('es', (resolveReference(REPORT, meetings) as { to: string }).to)).toBe('/es/reports/2016-11-15/');
  });

  it('an item the meeting does not have: the items it has', () => {
    const missing = { report: '2017-11-27', item: '2.e' };
    expect(resolveReference(missing, meetings)).toEqual({
      reference: missing,
      missing: 'item',
      items: meetings['2017-11-27'],
    });
  });

  it('a meeting the archive does not have: the meetings of that year', () => {
    const missing = { report: '2017-11-28', item: '2.d' };
    expect(resolveReference(missing, meetings)).toEqual({
      reference: missing,
      missing: 'report',
      reports: Object.keys(meetings).filter((id) => id.startsWith('2017')),
    });
    expect(resolveReference({ report: '1999-01-01' }, meetings)).toMatchObject({ missing: 'report', reports: [] });
  });
});
