/**
 * The connected record in the built site: initiative timelines, country and
 * organization pages, links inside the text, related items, the glossary and
 * the tables across meetings, in both languages.
 */
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { newestFirst, reportsIn } from '../src/lib/archive.ts';
import { itemsAbout, meetingCount, relatedItems, withAncestors } from '../src/lib/connections.ts';
import { countryPath, initiativePath, itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { reportExpectations } from './expectations.ts';
import { contentArchive, page, select, selectAll, textOf, requireBuild } from './helpers.ts';

requireBuild();

/** Item links (`/…/items/…/`) inside an element of a built page, without the language prefix. */
function itemLinks(url: string, selector = 'main'): string[] {
  const root = select(selector, page(url));
  if (!root) return [];
  const hrefs = selectAll('a', root).map((a) => String(a.properties['href']));
  return [
    ...new Set(
      hrefs.filter((href) => href.includes('/items/')).map((href) => href.replace(/^\/(en|es)\/reports\//, '')),
    ),
  ];
}

/** An item's link as `itemLinks` gives it: `2017-11-27/items/2/d/`. */
const link = (reportId: string, number: string): string => itemPath(reportId, number).replace(/^reports\//, '');

/** Item links (without the language prefix) of the items of a language that are about an initiative (or one that belongs to it), oldest first. */
function itemsAboutInitiative(lang: 'en' | 'es', id: string): string[] {
  return itemsAbout(contentArchive(), lang, 'initiatives', id).map(({ report, item }) => link(report.id, item.number));
}

describe('initiative pages', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: every initiative's page lists the items about it (or an initiative that belongs to it), newest meeting first`, () => {
      for (const initiative of contentArchive().initiatives.values()) {
        const mentioning = reportsIn(contentArchive(), lang).flatMap((report) =>
          report.items
            .filter((item) =>
              item.mentions.initiatives.some((id) => withAncestors(contentArchive(), id).includes(initiative.id)),
            )
            .map((item) => link(report.id, item.number)),
        );
        expect(itemsAboutInitiative(lang, initiative.id), initiative.id).toEqual(mentioning);
        // Newest meeting first, items of a meeting in document order (issue 21); the seed has fewer meetings than
        // the page folds at (ENTITY_MEETINGS_SHOWN).
        const byMeeting = Map.groupBy(mentioning, (path) => path.split('/')[0]!);
        const shown = [...byMeeting.keys()]
          .sort()
          .reverse()
          .flatMap((meeting) => byMeeting.get(meeting)!);
        if (mentioning.length > 0) {
          expect(itemLinks(`/${lang}/initiatives/${initiative.id}/`, '.entity-meetings'), initiative.id).toEqual(shown);
        }
      }
    });

    for (const { id, timelines } of reportExpectations()) {
      it(`${lang}: the timelines list the items of ${id} pinned in its facts`, () => {
        for (const [initiative, numbers] of Object.entries(timelines)) {
          const ofReport = itemsAboutInitiative(lang, initiative).filter((path) => path.startsWith(`${id}/`));
          expect(ofReport, initiative).toEqual(numbers.map((number) => link(id, number)));
        }
      });
    }

    it(`${lang}: the index groups initiatives by kind and counts meetings and items`, () => {
      const text = textOf(page(`/${lang}/initiatives/`), 'main') ?? '';
      expect(text).toContain(lang === 'en' ? 'Workshops' : 'Talleres');
      for (const initiative of contentArchive().initiatives.values()) {
        const items = itemsAbout(contentArchive(), lang, 'initiatives', initiative.id);
        if (items.length === 0) continue;
        const meetings = meetingCount(items);
        const counts =
          lang === 'en'
            ? `(${meetings} meeting${meetings === 1 ? '' : 's'}, ${items.length} item${items.length === 1 ? '' : 's'})`
            : `(${meetings} reuni${meetings === 1 ? 'ón' : 'ones'}, ${items.length} punto${items.length === 1 ? '' : 's'})`;
        expect(text, initiative.id).toContain(`${initiative.name[lang]} ${counts}`);
      }
    });
  }
});

describe('country pages', () => {
  it('every country page shows the meetings it attended and hosted', () => {
    const archive = contentArchive();
    for (const lang of ['en', 'es'] as const) {
      for (const country of archive.countries.values()) {
        const tree = page(pagePath(lang, countryPath(country.id)));
        const attended = selectAll('section:has(> #attended) .meeting-links a', tree).map((a) => a.properties['href']);
        // Newest first, as every list of reports (issue 21).
        const expected = newestFirst(
          reportsIn(archive, lang).filter((report) =>
            report.data.participants.some((participant) => participant.id === country.id),
          ),
        ).map((report) => pagePath(lang, reportPath(report.id)));
        expect(attended, `${lang} ${country.id}`).toEqual(expected);
      }
    }
    // Every report's participants and host are listed on some country page.
    for (const report of archive.reports) {
      const host = report.data.venue?.country.id;
      if (host !== undefined)
        expect(
          selectAll('section:has(> #hosted) a, #hosted ~ * a', page(pagePath(report.lang, countryPath(host)))).length,
          host,
        ).toBeGreaterThan(0);
    }
  });

  it('draws who took part in each meeting as a table: one row per country, one cell per meeting, oldest first', () => {
    const ABSENT = '– not listed';
    const archive = contentArchive();
    const rows = selectAll('table.matrix tbody tr', page('/en/countries/'));
    const reports = reportsIn(archive, 'en');
    for (const country of archive.countries.values()) {
      const row = rows.find((candidate) => textOf({ type: 'root', children: [candidate] }, 'th') === country.name.en);
      if (!row) continue;
      const cells = selectAll('td', row).map((cell) => textOf({ type: 'root', children: [cell] }, 'td') ?? '');
      const expected = reports.map((report) =>
        report.data.venue?.country.id === country.id
          ? '■ host'
          : report.data.participants.some((p) => p.id === country.id)
            ? '● attended'
            : ABSENT,
      );
      expect(cells.slice(0, reports.length), country.id).toEqual(expected);
    }
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('facts shown on pages', () => {
  for (const { id, pages } of reportExpectations()) {
    it(`the pages show what the facts of ${id} say`, () => {
      for (const { url, selector, contains } of pages) {
        const text = textOf(page(url), selector) ?? '';
        for (const expected of contains) expect(text, `${url} ${selector}`).toContain(expected);
      }
    });
  }
});

describe('links inside the text', () => {
  it('links the first mention of each entity and expands acronyms', () => {
    const tree = page('/en/reports/2017-11-27/items/2/d/');
    const text = select('main .item-text', tree);
    const links = text ? selectAll('a.entity', text).map((a) => a.properties['href']) : [];
    expect(links).toEqual(['/en/organizations/iom/', '/en/initiatives/joint-consulates/', '/en/organizations/rcm/']);
    expect(
      text &&
        selectAll('abbr', text).map((abbr) => [
          abbr.properties['title'],
          textOf({ type: 'root', children: [abbr] }, 'abbr'),
        ]),
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
    for (const report of contentArchive().reports) {
      for (const item of report.items) {
        const url = pagePath(report.lang, itemPath(report.id, item.number));
        const expected = relatedItems(contentArchive(), report, item).map((entry) =>
          link(entry.report.id, entry.item.number),
        );
        expect(itemLinks(url, 'section:has(> #related)'), url).toEqual(expected);
        expect(
          expected.every((path) => !path.startsWith(`${report.id}/`)),
          url,
        ).toBe(true);
      }
    }
    for (const { id, related } of reportExpectations()) {
      for (const [number, paths] of Object.entries(related)) {
        for (const lang of ['en', 'es'] as const) {
          expect(
            itemLinks(pagePath(lang, itemPath(id, number)), 'section:has(> #related)'),
            `${lang} ${id} ${number}`,
          ).toEqual(expect.arrayContaining(paths));
        }
      }
    }
  });

  it('list what the item mentions', () => {
    const hrefs = selectAll('section:has(> #mentions) a', page('/en/reports/2017-11-27/items/7/c/')).map(
      (a) => a.properties['href'],
    );
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

describe('an initiative page names each initiative once', () => {
  const pages = [...contentArchive().initiatives.keys()].flatMap((id) =>
    (['en', 'es'] as const).map((lang) => pagePath(lang, initiativePath(id))),
  );

  it.for(pages)('%s: no initiative under "Part of" or "Includes" is listed again as related', (url) => {
    const tree = page(url);
    const links = selectAll('main a[href*="/initiatives/"]', tree).map((a) => String(a.properties['href']));
    expect(links.filter((href, index) => links.indexOf(href) !== index)).toEqual([]);
  });

  it('MICIC, which includes initiatives, lists them once', () => {
    const parts = selectAll('main .facts a[href*="/initiatives/"]', page('/en/initiatives/micic/'));
    expect(parts.length).toBeGreaterThan(0);
  });
});

describe('linked dates in lists have no space inside their link (it would be underlined)', () => {
  const pages = ['/en/countries/panama/', '/es/countries/mexico/', '/es/countries/panama/'];

  it.for(pages)('%s', (url) => {
    const links = selectAll('.meeting-links a', page(url)).map((a) => toText(a));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((text) => text !== text.trim())).toEqual([]);
  });
});
