/**
 * What goes into the search index: one record per item at its permanent URL
 * and one per report without the items' text, so no text is found twice.
 */
import { describe, expect, it } from 'vitest';
import { filterOptions, searchRecords } from '../src/lib/search-records.ts';
import { itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { contentArchive } from './helpers.ts';

describe('search records', () => {
  const archive = contentArchive();
  const records = searchRecords(archive);

  it('has one record per item and per report, each at a distinct permanent URL', () => {
    const expected = archive.reports.flatMap((report) => [
      pagePath(report.lang, reportPath(report.id)),
      ...report.items.map((item) => pagePath(report.lang, itemPath(report.id, item.number))),
    ]);
    expect(records.map((record) => record.url)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
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
    });
    expect(item('/es/reports/2017-11-27/items/7/')?.filters.organization).toEqual(['CICR', 'OIM', 'GRCM']);
    expect(item('/en/reports/2016-11-15/')?.filters.country).toContain('Honduras');
    // Items about an initiative that belongs to a broader one are filed under both.
    expect(item('/en/reports/2016-11-15/items/8/')?.filters.initiative).toEqual([
      'Workshops offered by the Platform on Disaster Displacement',
      'Workshop on Consular Crisis Management and MICIC Guidelines',
      'MICIC Initiative',
    ]);
  });

  it('sorts by meeting date, and by item order within a meeting', () => {
    for (const report of archive.reports) {
      const ofReport = records.filter((record) => record.url.startsWith(pagePath(report.lang, reportPath(report.id))));
      const keys = ofReport.map((record) => record.sort.date);
      expect(keys, report.id).toEqual([...keys].sort());
      expect(new Set(keys).size, report.id).toBe(keys.length);
      expect(keys.length, report.id).toBe(report.items.length + 1);
    }
    const all = records.map((record) => record.sort.date.slice(0, 10));
    expect(all.filter((key, index) => index > 0 && key < (all[index - 1] ?? '')).length).toBe(0);
  });

  it('offers the filter values of each language, years newest first', () => {
    const options = filterOptions(records, 'es');
    const years = [...new Set(contentArchive().reports.map((report) => report.data.date.slice(0, 4)))].sort().reverse();
    expect(options.year).toEqual(years);
    expect(years.length).toBeGreaterThan(0);
    expect(options.country).toContain('Panamá');
    expect(options.organization).toContain('OIM');
    expect(options.organization).not.toContain('IOM');
  });
});
