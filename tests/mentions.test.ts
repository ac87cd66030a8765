/**
 * Every item knows what it mentions. The expected countries, organizations
 * and initiatives of every item of a report are pinned in its facts file
 * (tests/fixtures/expectations/), for both languages: a change to an alias
 * that breaks (or adds) a link fails.
 */
import { describe, expect, it } from 'vitest';
import { findReport, reportsIn } from '../src/lib/archive.ts';
import {
  applyMentionEdits,
  createMentionFinder,
  entityKinds,
  mentionsOf,
  unmodelledPhrases,
} from '../src/lib/mentions.ts';
import { reportExpectations, split } from './expectations.ts';
import { contentArchive } from './helpers.ts';

describe('entities mentioned by every item', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const { id, mentions } of reportExpectations()) {
      it(`${lang}/${id}: every item's countries, organizations and initiatives`, () => {
        const report = findReport(contentArchive(), lang, id);
        const actual = Object.fromEntries(report?.items.map((item) => [item.number, item.mentions]) ?? []);
        const expected = Object.fromEntries(
          Object.entries(mentions).map(([number, [countries, organizations, initiatives]]) => [
            number,
            { countries: split(countries), organizations: split(organizations), initiatives: split(initiatives) },
          ]),
        );
        expect(actual).toEqual(expected);
      });
    }
  }

  it('both languages of every report mention the same entities in every item', () => {
    const of = (lang: 'en' | 'es') =>
      reportsIn(contentArchive(), lang).map((report) => [
        report.id,
        report.items.map((item) => [item.number, item.mentions]),
      ]);
    expect(of('es')).toEqual(of('en'));
  });

  it('the content raises no warning about unmodelled names', () => {
    expect(contentArchive().warnings).toEqual([]);
  });
});

describe('mention finding', () => {
  const archive = contentArchive();
  const entities = {
    countries: [...archive.countries.values()],
    organizations: [...archive.organizations.values()],
    initiatives: [...archive.initiatives.values()],
  };
  const find = createMentionFinder(entities);

  it('matches acronyms only in capitals and names in any case, at word edges', () => {
    expect(mentionsOf(find('The iom and the Iom thank MEXICO; IOMX is no body.', 'en'))).toEqual({
      countries: ['mexico'],
      organizations: [],
      initiatives: [],
    });
    expect(mentionsOf(find('La OIM y Panamá.', 'es'))).toEqual({
      countries: ['panama'],
      organizations: ['iom'],
      initiatives: [],
    });
  });

  it('lets the longer of two overlapping names of one kind win, but nests names of different kinds', () => {
    expect(mentionsOf(find('The Technical Secretariat of the RCM.', 'en')).organizations).toEqual([
      'technical-secretariat',
    ]);
    expect(mentionsOf(find('Workshops offered by the Platform on Disaster Displacement.', 'en'))).toEqual({
      countries: [],
      organizations: ['pdd'],
      initiatives: ['workshops-disaster-displacement'],
    });
  });

  it('applies also/not corrections, and reports the ones that are unknown or change nothing', () => {
    const kinds = entityKinds(entities);
    const messages: string[] = [];
    const found = { countries: ['mexico'], organizations: ['iom'], initiatives: [] };
    const result = applyMentionEdits(
      found,
      { also: ['micic', 'narnia', 'iom'], not: ['mexico', 'panama'] },
      kinds,
      (message) => messages.push(message),
    );
    expect(result).toEqual({ countries: [], organizations: ['iom'], initiatives: ['micic'] });
    expect(messages).toEqual([
      'also: "narnia" is not a known country, organization or initiative id',
      'also: "iom" is already found in the text; remove it from also',
      'not: "panama" is not found in the text; remove it from not',
    ]);
  });

  it('warns about a name-like phrase that no entity accounts for', () => {
    const text =
      'To thank IOM for the “Consular Hackathon” and the Workshop on Consular Statistics, with XYZO and the IX Week of Labour Rights.';
    expect(unmodelledPhrases(text, find(text, 'en'))).toEqual([
      'Consular Hackathon',
      'XYZO',
      'Workshop on Consular Statistics',
    ]);
  });
});

describe('what countries and organizations do in an item', () => {
  const roles = (lang: 'en' | 'es', id: string, number: string) =>
    findReport(contentArchive(), lang, id)?.items.find((item) => item.number === number)?.roles;

  for (const lang of ['en', 'es'] as const) {
    for (const { id, roles: expected } of reportExpectations()) {
      it(`${lang}/${id}: thanked, offered, hosts, committed, asked and requested`, () => {
        for (const [number, itemRoles] of Object.entries(expected))
          expect(roles(lang, id, number), number).toEqual(itemRoles);
      });
    }
  }

  it('both languages give every item the same roles', () => {
    const of = (lang: 'en' | 'es') =>
      contentArchive()
        .reports.filter((report) => report.lang === lang)
        .map((report) => report.items.map((item) => item.roles));
    expect(of('es')).toEqual(of('en'));
  });
});
