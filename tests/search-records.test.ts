/**
 * What goes into the search index: one record per item at its permanent URL,
 * one per report without the items' text, so no text is found twice, and one
 * per subject page found by its names.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/schemas/index.ts';
import { filterOptions, SEARCH_FILTERS, searchRecords } from '../src/lib/search-records.ts';
import { entityPath, itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { contentArchive } from './helpers.ts';

describe('search records', () => {
  const archive = contentArchive();
  const records = searchRecords(archive);

  it('has one record per item, per report and per subject page, each at a distinct permanent URL', () => {
    const subjects = LANGS.flatMap((lang) =>
      (['countries', 'organizations', 'initiatives'] as const).flatMap((kind) =>
        [...archive[kind].keys()].map((id) => pagePath(lang, entityPath(kind, id))),
      ),
    );
    const expected = archive.reports.flatMap((report) => [
      pagePath(report.lang, reportPath(report.id)),
      ...report.items.map((item) => pagePath(report.lang, itemPath(report.id, item.number))),
    ]);
    expected.push(...subjects);
    expect(records.map((record) => record.url)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
  });

  it("item records hold the item's number and own text, never the meeting's venue or date", () => {
    for (const report of archive.reports)
      for (const item of report.items) {
        const record = records.find(
          (candidate) => candidate.url === pagePath(report.lang, itemPath(report.id, item.number)),
        );
        expect(record?.lead).toBe(item.shown);
        expect(record?.content).toBe(item.text);
        expect(record?.filters.subject).toBeUndefined();
      }
    const itemOf2017 = records.find((record) => record.url === '/en/reports/2017-11-27/items/9/');
    expect(`${itemOf2017?.lead} ${itemOf2017?.content}`).not.toMatch(/El Salvador|2017|Cuscatlán/);
  });

  it('subject records are found by their names: name, acronym in brackets, aliases; not by their description', () => {
    const subject = (url: string) => records.find((record) => record.url === url);
    expect(subject('/es/organizations/iom/')).toMatchObject({
      lead: 'Organización Internacional para las Migraciones (OIM)',
      meta: { kind: 'subject', title: 'Organización Internacional para las Migraciones (OIM)' },
      filters: { subject: ['yes'], year: [] },
    });
    expect(subject('/en/initiatives/micic/')?.lead).toBe('MICIC Initiative');
    expect(subject('/en/initiatives/micic/')?.content).toContain('MICIC guidelines');
    expect(subject('/es/countries/panama/')?.lead).toBe('Panamá');
    const description = archive.initiatives.get('micic')?.description.en ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(subject('/en/initiatives/micic/')?.content).not.toContain(description);
  });

  it("item records hold the item's own text; report records never repeat item text", () => {
    for (const report of archive.reports) {
      const reportRecord = records.find((record) => record.url === pagePath(report.lang, reportPath(report.id)));
      for (const item of report.items) {
        const record = records.find(
          (candidate) => candidate.url === pagePath(report.lang, itemPath(report.id, item.number)),
        );
        expect(record?.content).toBe(item.text);
        expect(record?.language).toBe(report.lang);
        expect(reportRecord?.content).not.toContain(item.text);
      }
    }
  });

  it('filters come from the archive: year, and the entities each item mentions, in its language', () => {
    const item = (url: string) => records.find((record) => record.url === url);
    expect(item('/en/reports/2017-11-27/items/2/a/')?.filters).toEqual({
      year: ['2017'],
      country: ['El Salvador', 'Mexico', 'South Africa', 'Australia'],
      organization: [],
      initiative: ['Joint consulates'],
      asked: [],
      offered: [],
      meeting: ['2017-11-27'],
    });
    // Organizations are named as their pages name them: full name, acronym in brackets.
    expect(item('/es/reports/2017-11-27/items/7/')?.filters.organization).toEqual([
      'Comité Internacional de la Cruz Roja (CICR)',
      'Organización Internacional para las Migraciones (OIM)',
      'Grupo Regional de Consulta sobre Migración (GRCM)',
    ]);
    expect(item('/en/reports/2016-11-15/')?.filters.country).toContain('Honduras');
    // Items about an initiative that belongs to a broader one are filed under both.
    expect(item('/en/reports/2016-11-15/items/8/')?.filters.initiative).toEqual([
      'Workshops offered by the Platform on Disaster Displacement',
      'Workshop on Consular Crisis Management and MICIC Guidelines',
      'MICIC Initiative',
    ]);
  });

  it('files each item under who its actions ask something of and who offers, named as the entity pages do', () => {
    const item = (url: string) => records.find((record) => record.url === url)?.filters;
    // "The Technical Secretariat is requested to identify financial support"; Honduras and Mexico offer.
    expect(item('/en/reports/2016-11-15/items/2/')).toMatchObject({
      asked: ['RCM Technical Secretariat (TS)'],
      offered: ['Honduras', 'Mexico'],
    });
    expect(item('/es/reports/2016-11-15/items/6/')).toMatchObject({ asked: [], offered: ['Costa Rica'] });
    expect(item('/es/reports/2017-11-27/items/2/d/')).toMatchObject({
      asked: ['Organización Internacional para las Migraciones (OIM)'],
      offered: [],
    });
    // The same actions from both texts of every item: as many actors asked and offering in each language.
    const counts = (lang: string) =>
      records
        .filter((record) => record.language === lang && record.meta.kind === 'item')
        .map((record) => `${record.url.slice(3)} ${record.filters.asked.length}/${record.filters.offered.length}`);
    expect(counts('es')).toEqual(counts('en'));
    expect(records.filter((record) => record.filters.asked.length > 0).length).toBeGreaterThan(10);
  });

  it('every report and item record names its meeting (the report id) for newest first; subjects none', () => {
    for (const report of archive.reports) {
      const own = [reportPath(report.id), ...report.items.map((item) => itemPath(report.id, item.number))];
      const meetings = own.map((path) => records.find((record) => record.url === pagePath(report.lang, path)));
      expect(
        meetings.map((record) => record?.filters.meeting),
        report.id,
      ).toEqual(own.map(() => [report.id]));
    }
    expect(records.filter((record) => record.meta.kind === 'subject').every((record) => !record.filters.meeting)).toBe(
      true,
    );
    // Not a filter of the form: a list of every meeting would help no one choose.
    expect(SEARCH_FILTERS).not.toContain('meeting');
    expect(Object.keys(filterOptions(records, 'en'))).not.toContain('meeting');
  });

  it('offers the filter values of each language, years newest first', () => {
    const options = filterOptions(records, 'es');
    const years = [...new Set(contentArchive().reports.map((report) => report.data.date.slice(0, 4)))].sort().reverse();
    expect(options.year).toEqual(years);
    expect(years.length).toBeGreaterThan(0);
    expect(options.country).toContain('Panamá');
    expect(options.organization).toContain('Organización Internacional para las Migraciones (OIM)');
    expect(options.organization.some((name) => name.includes('IOM'))).toBe(false);
    expect(options.asked).toContain('Secretaría Técnica de la CRM (ST)');
    expect(options.offered).toContain('Países Miembros de la CRM');
  });
});
