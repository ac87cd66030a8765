/**
 * Every item knows what it mentions. The expected countries, organizations
 * and initiatives of every item of both reports are pinned here, for both
 * languages: a change to an alias that breaks (or adds) a link fails.
 */
import { describe, expect, it } from 'vitest';
import { findReport } from '../src/lib/archive.ts';
import { applyMentionEdits, createMentionFinder, entityKinds, mentionsOf, unmodelledPhrases } from '../src/lib/mentions.ts';
import { contentArchive } from './helpers.ts';

/** Per item: [countries, organizations, initiatives], ids in order of first mention. */
const EXPECTED: Record<string, Record<string, [string, string, string]>> = {
  '2016-11-15': {
    '1': ['honduras mexico guatemala dominican-republic canada panama united-states', '', ''],
    '2': ['honduras mexico', 'technical-secretariat', 'workshop-temporary-migrant-workers week-of-labour-rights'],
    '3': ['mexico honduras guatemala', 'technical-secretariat', 'consular-registration-platform'],
    '4': ['', 'iom rncom migrant-children-network rcm', 'campaign-informarte iom-mesoamerica-program campaign-justicia-sin-barreras'],
    '5': ['united-states costa-rica', 'iom vice-ministerial-meeting', 'micic workshop-crisis-management-micic iom-mesoamerica-program'],
    '6': ['costa-rica', 'pdd vice-ministerial-meeting', 'workshops-disaster-displacement'],
    '7': ['', 'rncom', 'civil-society-participation'],
    '8': ['', 'pdd', 'workshops-disaster-displacement workshop-crisis-management-micic'],
  },
  '2017-11-27': {
    '1': ['costa-rica dominican-republic el-salvador guatemala honduras mexico nicaragua panama united-states', '', ''],
    '2': ['', '', 'joint-consulates'],
    '2.a': ['el-salvador mexico south-africa australia', '', 'joint-consulates'],
    '2.b': ['panama costa-rica', 'sieca', 'juxtaposed-borders'],
    '2.c': ['mexico', '', 'week-of-labour-rights'],
    '2.d': ['', 'iom rcm', 'joint-consulates'],
    '3': ['', 'iom rncom', 'regional-diagnosis-assistance-centers'],
    '3.a': ['', 'iom rcm', 'regional-diagnosis-assistance-centers'],
    '3.b': ['', 'iom rcm', 'regional-diagnosis-assistance-centers'],
    '3.c': ['honduras', 'iom', 'regional-diagnosis-assistance-centers'],
    '4': ['', 'rncom rcm', ''],
    '4.a': ['', 'rncom', ''],
    '4.b': ['', 'rncom', ''],
    '5': ['', 'iom rcm', 'course-migrants-in-crises micic'],
    '6': ['', 'iom technical-secretariat', 'course-migrants-in-crises'],
    '7': ['', 'icrc iom rcgm', 'workshop-disappeared-migrants'],
    '7.a': ['', 'technical-secretariat rcgm', 'workshop-disappeared-migrants'],
    '7.b': ['', 'icrc rcm rcgm', 'workshop-disappeared-migrants'],
    '7.c': ['panama', '', 'workshop-disappeared-migrants'],
    '8': [
      'united-states panama',
      'iom ilo technical-secretariat consular-protection-network rcgm',
      'workshop-consular-protection-migrant-workers',
    ],
    '9': ['', 'iom', 'course-migrant-women'],
  },
};

const split = (ids: string) => (ids ? ids.split(' ') : []);

describe('entities mentioned by every item', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const [id, items] of Object.entries(EXPECTED)) {
      it(`${lang}/${id}: every item's countries, organizations and initiatives`, () => {
        const report = findReport(contentArchive(), lang, id);
        const actual = Object.fromEntries(report?.items.map((item) => [item.number, item.mentions]) ?? []);
        const expected = Object.fromEntries(
          Object.entries(items).map(([number, [countries, organizations, initiatives]]) => [
            number,
            { countries: split(countries), organizations: split(organizations), initiatives: split(initiatives) },
          ]),
        );
        expect(actual).toEqual(expected);
      });
    }
  }

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
    expect(mentionsOf(find('La OIM y Panamá.', 'es'))).toEqual({ countries: ['panama'], organizations: ['iom'], initiatives: [] });
  });

  it('lets the longer of two overlapping names of one kind win, but nests names of different kinds', () => {
    expect(mentionsOf(find('The Technical Secretariat of the RCM.', 'en')).organizations).toEqual(['technical-secretariat']);
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
    const result = applyMentionEdits(found, { also: ['micic', 'narnia', 'iom'], not: ['mexico', 'panama'] }, kinds, (message) =>
      messages.push(message),
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
    expect(unmodelledPhrases(text, find(text, 'en'))).toEqual(['Consular Hackathon', 'XYZO', 'Workshop on Consular Statistics']);
  });
});

describe('what countries and organizations do in an item', () => {
  const roles = (lang: 'en' | 'es', id: string, number: string) =>
    findReport(contentArchive(), lang, id)?.items.find((item) => item.number === number)?.roles;

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: thanked, offered, hosts, committed, asked and requested`, () => {
      expect(roles(lang, '2016-11-15', '2')).toEqual({
        honduras: ['thanked', 'offered', 'hosts'],
        mexico: ['thanked', 'offered', 'hosts'],
        'technical-secretariat': ['asked'],
      });
      expect(roles(lang, '2016-11-15', '6')).toEqual({ 'costa-rica': ['hosts'] });
      expect(roles(lang, '2017-11-27', '3')).toEqual({ iom: ['thanked'], rncom: ['thanked'] });
      expect(roles(lang, '2017-11-27', '3.c')).toEqual({ honduras: ['requested'], iom: ['asked'] });
      expect(roles(lang, '2017-11-27', '7.b')).toEqual({ icrc: ['committed'] });
      expect(roles(lang, '2017-11-27', '7.c')).toEqual({ panama: ['offered', 'hosts'] });
      expect(roles(lang, '2017-11-27', '2.d')).toEqual({ iom: ['asked'] });
    });
  }

  it('both languages give every item the same roles', () => {
    const of = (lang: 'en' | 'es') =>
      contentArchive()
        .reports.filter((report) => report.lang === lang)
        .map((report) => report.items.map((item) => item.roles));
    expect(of('es')).toEqual(of('en'));
  });
});
