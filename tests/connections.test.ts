/**
 * The connected record in the built site: initiative timelines, country and
 * organization pages, links inside the text, related items, the glossary and
 * the tables across meetings, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { reportsIn } from '../src/lib/archive.ts';
import { countryPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { contentArchive, page, select, selectAll, textOf, requireBuild } from './helpers.ts';

requireBuild();

/** Item links (`/…/items/…/`) inside an element of a built page, without the language prefix. */
function itemLinks(url: string, selector = 'main'): string[] {
  const root = select(selector, page(url));
  if (!root) return [];
  const hrefs = selectAll('a', root).map((a) => String(a.properties['href']));
  return [...new Set(hrefs.filter((href) => href.includes('/items/')).map((href) => href.replace(/^\/(en|es)\/reports\//, '')))];
}

describe('initiative pages', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: MICIC lists 2016 items 5 and 8 and 2017 item 5 (and the course in 6), oldest first`, () => {
      expect(itemLinks(`/${lang}/initiatives/micic/`, '#timeline + p + .item-list')).toEqual([
        '2016-11-15/items/5/',
        '2016-11-15/items/8/',
        '2017-11-27/items/5/',
        '2017-11-27/items/6/',
      ]);
    });

    it(`${lang}: the Week of Labour Rights lists 2016 item 2 and 2017 item 2.c`, () => {
      expect(itemLinks(`/${lang}/initiatives/week-of-labour-rights/`, '.item-list')).toEqual([
        '2016-11-15/items/2/',
        '2017-11-27/items/2/c/',
      ]);
    });

    it(`${lang}: joint consulates lists 2017 items 2, 2.a and 2.d`, () => {
      expect(itemLinks(`/${lang}/initiatives/joint-consulates/`, '.item-list')).toEqual([
        '2017-11-27/items/2/',
        '2017-11-27/items/2/a/',
        '2017-11-27/items/2/d/',
      ]);
    });

    it(`${lang}: the index groups initiatives by kind and counts meetings and items`, () => {
      const text = textOf(page(`/${lang}/initiatives/`), 'main') ?? '';
      expect(text).toContain(lang === 'en' ? 'Workshops' : 'Talleres');
      expect(text).toMatch(lang === 'en' ? /MICIC Initiative \(2 meetings, 4 items\)/ : /Iniciativa MICIC \(2 reuniones, 4 puntos\)/);
    });
  }
});

describe('country pages', () => {
  it('every country page shows the meetings it attended and hosted', () => {
    const archive = contentArchive();
    for (const lang of ['en', 'es'] as const) {
      for (const country of archive.countries.values()) {
        const tree = page(pagePath(lang, countryPath(country.id)));
        const attended = selectAll('#attended ~ .report-summary a, section:has(> #attended) .report-summary a', tree).map(
          (a) => a.properties['href'],
        );
        const expected = reportsIn(archive, lang)
          .filter((report) => report.data.participants.some((participant) => participant.id === country.id))
          .map((report) => pagePath(lang, reportPath(report.id)));
        expect(attended, `${lang} ${country.id}`).toEqual(expected);
      }
    }
    expect(selectAll('section:has(> #attended) .report-summary', page('/en/countries/mexico/'))).toHaveLength(2);
  });

  it('lists the items where a country acts, with what it does', () => {
    const text = textOf(page('/en/countries/panama/'), 'section:has(> #actions)') ?? '';
    expect(text).toContain('Item 7.c made an offer · to host');
    expect(textOf(page('/es/countries/honduras/'), 'section:has(> #actions)')).toContain('Punto 3.c hizo una solicitud');
  });

  it('draws who took part in each meeting as a table', () => {
    const rows = selectAll('table.matrix tbody tr', page('/en/countries/'));
    const honduras = rows.find((row) => textOf({ type: 'root', children: [row] }, 'th') === 'Honduras');
    expect(honduras && textOf({ type: 'root', children: [honduras] }, 'td:nth-of-type(1)')).toBe('■ host');
    expect(honduras && textOf({ type: 'root', children: [honduras] }, 'td:nth-of-type(2)')).toBe('● attended');
  });
});

describe('organization pages', () => {
  it('say what the organization committed to or was asked to do', () => {
    const text = textOf(page('/en/organizations/icrc/'), 'section:has(> #actions)') ?? '';
    expect(text).toContain('Item 7.b committed');
    const iom = textOf(page('/en/organizations/iom/'), 'section:has(> #actions)') ?? '';
    expect(iom).toContain('Item 2.d asked to act');
    expect(iom).toContain('Item 3.a committed');
  });
});

describe('links inside the text', () => {
  it('links the first mention of each entity and expands acronyms', () => {
    const tree = page('/en/reports/2017-11-27/items/2/d/');
    const text = select('main .item-text', tree);
    const links = text ? selectAll('a.entity', text).map((a) => a.properties['href']) : [];
    expect(links).toEqual(['/en/organizations/iom/', '/en/initiatives/joint-consulates/', '/en/organizations/rcm/']);
    expect(
      text && selectAll('abbr', text).map((abbr) => [abbr.properties['title'], textOf({ type: 'root', children: [abbr] }, 'abbr')]),
    ).toEqual([
      ['International Organization for Migration', 'IOM'],
      ['Regional Conference on Migration', 'RCM'],
    ]);
  });

  it('does the same on the report page, in Spanish with Spanish acronyms', () => {
    const item = select('#item-2-d .item__text', page('/es/reports/2017-11-27/'));
    expect(item && selectAll('abbr', item).map((abbr) => abbr.properties['title'])).toEqual([
      'Organización Internacional para las Migraciones',
      'Conferencia Regional sobre Migración',
    ]);
  });
});

describe('item pages', () => {
  it('list related items of other meetings that share an initiative', () => {
    expect(itemLinks('/en/reports/2017-11-27/items/5/', 'section:has(> #related)')).toEqual(['2016-11-15/items/5/', '2016-11-15/items/8/']);
    expect(itemLinks('/es/reports/2016-11-15/items/2/', 'section:has(> #related)')).toEqual(['2017-11-27/items/2/c/']);
  });

  it('list what the item mentions', () => {
    const hrefs = selectAll('section:has(> #mentions) a', page('/en/reports/2017-11-27/items/7/c/')).map((a) => a.properties['href']);
    expect(hrefs).toEqual(['/en/initiatives/workshop-disappeared-migrants/', '/en/countries/panama/']);
  });
});

describe('glossary', () => {
  for (const [lang, acronyms] of [
    ['en', ['RCM', 'RCGM', 'TS', 'IOM', 'RNCOM', 'ICRC', 'ILO', 'SIECA', 'MICIC', 'PDD']],
    ['es', ['CRM', 'GRCM', 'ST', 'OIM', 'RROCM', 'CICR', 'OIT', 'SIECA', 'MICIC', 'PDD']],
  ] as const) {
    it(`${lang}: has every acronym with its meaning and its twin`, () => {
      const tree = page(`/${lang}/glossary/`);
      const terms = selectAll('.glossary dt', tree).map((dt) => textOf({ type: 'root', children: [dt] }, 'dt'));
      expect(terms).toEqual(expect.arrayContaining([...acronyms]));
      expect(textOf(tree, '.glossary')).toContain(
        lang === 'en'
          ? 'IOM International Organization for Migration In Spanish: OIM'
          : 'OIM Organización Internacional para las Migraciones En inglés: IOM',
      );
    });
  }
});
