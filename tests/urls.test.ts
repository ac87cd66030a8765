/**
 * The URL contract (src/lib/urls.ts, design.md): English path keywords under a language prefix, one segment per
 * part of an item number, the identifier of every report and item, and paths read back into what they name.
 */
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  countriesIndexPath,
  countryPath,
  entityPath,
  feedPath,
  glossaryPath,
  identifierOfPath,
  identifierPath,
  initiativePath,
  initiativesIndexPath,
  itemAnchor,
  itemPath,
  organizationPath,
  organizationsIndexPath,
  pagePath,
  parseReportPath,
  reportPath,
  reportsIndexPath,
  searchPath,
  sourcePath,
} from '../src/lib/urls.ts';

describe('paths of pages', () => {
  it('puts the same English path under each language prefix, the home page being the bare prefix', () => {
    expect(pagePath('en')).toBe('/en/');
    expect(pagePath('es', reportsIndexPath())).toBe('/es/reports/');
    expect(pagePath('en', reportPath('2017-11-27'))).toBe('/en/reports/2017-11-27/');
    expect(pagePath('es', searchPath())).toBe('/es/search/');
    expect(pagePath('es', glossaryPath())).toBe('/es/glossary/');
  });

  it('gives an item one segment per part of its number, as officials cite it', () => {
    expect(pagePath('en', itemPath('2017-11-27', '2.d'))).toBe('/en/reports/2017-11-27/items/2/d/');
    expect(itemPath('2017-11-27', '2')).toBe('reports/2017-11-27/items/2/');
    // The second item printed 4 in an original that uses 4 twice.
    expect(itemPath('2016-11-15', '4-2.a')).toBe('reports/2016-11-15/items/4-2/a/');
  });

  it('anchors an item in its report page with a hyphen for the slash', () => {
    expect(itemAnchor('2')).toBe('item-2');
    expect(itemAnchor('2.d')).toBe('item-2-d');
    expect(itemAnchor('4-2.a')).toBe('item-4-2-a');
  });

  it('refuses to make an address from anything but an item number, naming the value', () => {
    for (const bad of ['', '2d', '2.D', '0', '2.d.e', '../2', '2/d'])
      expect(() => itemPath('2017-11-27', bad), bad).toThrow(`not an item number: "${bad}"`);
    expect(() => identifierPath('2017-11-27', 'x')).toThrow('not an item number: "x"');
  });

  it('gives each entity kind its index and pages', () => {
    expect(countriesIndexPath()).toBe('countries/');
    expect(organizationsIndexPath()).toBe('organizations/');
    expect(initiativesIndexPath()).toBe('initiatives/');
    expect(entityPath('countries', 'el-salvador')).toBe(countryPath('el-salvador'));
    expect(entityPath('countries', 'el-salvador')).toBe('countries/el-salvador/');
    expect(entityPath('organizations', 'iom')).toBe(organizationPath('iom'));
    expect(entityPath('organizations', 'iom')).toBe('organizations/iom/');
    expect(entityPath('initiatives', 'joint-consulates')).toBe(initiativePath('joint-consulates'));
    expect(entityPath('initiatives', 'joint-consulates')).toBe('initiatives/joint-consulates/');
  });

  it('keeps sources, feeds and identifiers outside the language prefix where they have one file', () => {
    expect(sourcePath('2017-11-27.en.txt')).toBe('/sources/2017-11-27.en.txt');
    expect(feedPath('es')).toBe('/es/feed.xml');
    expect(identifierPath('2017-11-27')).toBe('/id/2017-11-27/');
    expect(identifierPath('2017-11-27', '2.d')).toBe('/id/2017-11-27/2/d/');
  });

  it('makes absolute URLs on the site whether the origin ends in a slash or not', () => {
    expect(absoluteUrl('/en/reports/', 'https://archive.test.example')).toBe(
      'https://archive.test.example/en/reports/',
    );
    expect(absoluteUrl('/en/', new URL('https://archive.test.example/'))).toBe('https://archive.test.example/en/');
  });
});

describe('reading a path back', () => {
  it('reads report and item paths into the report id and written item number, and nothing else', () => {
    expect(parseReportPath('reports/2017-11-27/')).toEqual({ reportId: '2017-11-27' });
    expect(parseReportPath('reports/2017-11-27/items/2/')).toEqual({ reportId: '2017-11-27', number: '2' });
    expect(parseReportPath('reports/2017-11-27/items/2/d/')).toEqual({ reportId: '2017-11-27', number: '2.d' });
    expect(parseReportPath('reports/2016-11-15/items/4-2/a/')).toEqual({ reportId: '2016-11-15', number: '4-2.a' });
    for (const other of ['reports/', 'countries/mexico/', 'reports/2017-11-27', 'reports/2017-11-27/items/'])
      expect(parseReportPath(other), other).toBeUndefined();
  });

  it('is the inverse of itemPath for every form of number', () => {
    for (const number of ['1', '12', '2.d', '4-2', '4-2.a'])
      expect(parseReportPath(itemPath('2017-11-27', number))).toEqual({ reportId: '2017-11-27', number });
  });

  it('gives the identifier of a report or item page, and none for other pages', () => {
    expect(identifierOfPath('reports/2017-11-27/items/2/d/')).toBe('/id/2017-11-27/2/d/');
    expect(identifierOfPath('reports/2017-11-27/')).toBe('/id/2017-11-27/');
    expect(identifierOfPath('glossary/')).toBeUndefined();
  });
});
