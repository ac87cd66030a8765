/**
 * Pictures and tables across meetings on the built site (issue 21, part 4): every initiative page and every country
 * page, in both languages, has its timeline as an SVG with `role="img"`, an accessible name and the text alternative
 * in its language, with a mark per meeting and the emphasised ones the meetings the archive says (counted here from
 * the items' mentions and the reports' participants, not by the code that draws them); and the initiatives-by-meeting
 * table lists its rows in the collation order of the page's language, its counts linking to items about the
 * initiative, its empty cells announced.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import type { Archive, Report } from '../src/lib/archive.ts';
import { plural, useTranslations } from '../src/lib/i18n.ts';
import { countryPath, initiativePath, itemAnchor, pagePath, reportPath } from '../src/lib/urls.ts';
import { LANGS, type Lang } from '../src/schemas/index.ts';
import { contentArchive, normalise, page, pageExists, requireBuild, select, selectAll } from './helpers.ts';

requireBuild();

const archive = contentArchive();
const attr = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');
const text = (node: Element | Root | undefined) => (node ? normalise(toText(node)) : '');
const reportsOf = (lang: Lang) => archive.reports.filter((report) => report.lang === lang);

/** Whether an initiative is, or includes (through `partOf`), one an item mentions. */
function isAbout(archive: Archive, mentioned: string, initiativeId: string): boolean {
  for (let id: string | undefined = mentioned, steps = 0; id && steps < 20; steps++) {
    if (id === initiativeId) return true;
    id = archive.initiatives.get(id)?.partOf?.id;
  }
  return false;
}

/** The meetings where an initiative comes up. */
const initiativeMeetings = (lang: Lang, id: string) =>
  reportsOf(lang).filter((report) =>
    report.items.some((item) => item.mentions.initiatives.some((each) => isAbout(archive, each, id))),
  );

/** The meetings a country attended or hosted. */
const countryMeetings = (lang: Lang, id: string) =>
  reportsOf(lang).filter(
    (report) => report.data.venue?.country.id === id || report.data.participants.some((each) => each.id === id),
  );

/** Whether a link leads somewhere: its page exists and, with a fragment, holds an element with that id. */
function resolves(href: string): boolean {
  const [path = '', fragment] = href.split('#');
  if (!pageExists(path)) return false;
  return fragment === undefined || select(`[id="${fragment}"]`, page(path)) !== undefined;
}

const entityPages = LANGS.flatMap((lang) => [
  ...[...archive.initiatives.keys()].map((id) => ({
    lang,
    path: pagePath(lang, initiativePath(id)),
    meetings: initiativeMeetings(lang, id),
    sentence: 'timeline.appears' as const,
  })),
  ...[...archive.countries.keys()].map((id) => ({
    lang,
    path: pagePath(lang, countryPath(id)),
    meetings: countryMeetings(lang, id),
    sentence: 'timeline.tookPart' as const,
  })),
]);

it('the archive has initiatives and countries to draw, some in several meetings', () => {
  expect(entityPages.length).toBeGreaterThan(40);
  expect(entityPages.filter((each) => each.meetings.length > 1).length).toBeGreaterThan(5);
});

describe.for(entityPages)('$path: timeline', ({ lang, path, meetings, sentence }) => {
  const t = useTranslations(lang);
  const figure = () => select('.timeline figure', page(path));
  const svg = () => select('svg', figure());

  it('is an SVG image named by its title and the sentence under it, in the page’s language', () => {
    expect(attr(svg(), 'role')).toBe('img');
    const ids = [svg()?.properties['ariaLabelledBy']].flat().map(String);
    expect(ids).toHaveLength(2);
    const [title, summary] = ids.map((id) => text(select(`[id="${id}"]`, page(path))));
    expect(select('title', svg())?.properties['id']).toBe(ids[0]);
    const name = text(select('h1', page(path)));
    expect(title).toContain(name);
    const dates = reportsOf(lang).map((report) => report.data.date.slice(0, 4));
    expect(title).toContain(`${dates[0]}–${dates.at(-1)}`);
    expect(summary).toBe(
      t(sentence, { count: meetings.length, meetings: plural(lang, 'country.meetingCount', reportsOf(lang).length) }),
    );
    expect(text(select('h2', select('.timeline', page(path))))).toBe(t('timeline.heading'));
  });

  it('draws a mark per meeting; the emphasised ones are those meetings, listed and linked under it', () => {
    const marks = selectAll('.timeline__mark', svg());
    expect(marks).toHaveLength(reportsOf(lang).length);
    // An image's children are presentational: no link inside the picture; the dates under it are the links.
    expect(selectAll('a', svg())).toEqual([]);
    const emphasised = selectAll('.timeline__mark--on, .timeline__mark--hosted', svg());
    expect(emphasised).toHaveLength(meetings.length);
    const listed = selectAll('figcaption a', figure());
    const tooltips = selectAll('.timeline__mark-group--linked > title', svg()).map((title) => text(title));
    expect(listed.map((link) => text(link))).toEqual(tooltips);
    const reports = listed.map((link) => attr(link, 'href').split('#')[0]);
    expect(reports).toEqual(meetings.map((report) => pagePath(lang, reportPath(report.id))));
    for (const link of listed) expect(resolves(attr(link, 'href')), attr(link, 'href')).toBe(true);
    expect(selectAll('.timeline__mark--off', svg())).toHaveLength(reportsOf(lang).length - meetings.length);
  });

  it('colours come from the page’s custom properties, not from the markup', () => {
    const drawn = selectAll('line, circle, rect, text', svg());
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.filter((each) => 'fill' in each.properties || 'stroke' in each.properties)).toEqual([]);
  });
});

describe.for(LANGS)('the initiatives-by-meeting table (%s)', (lang) => {
  const tree = () => page(pagePath(lang, 'initiatives/'));
  const rows = () => selectAll('table.matrix tbody tr', tree());

  it('lists its rows by name in the language’s collation order, not by address', () => {
    const names = rows().map((row) => text(select('th', row)));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
  });

  it('links each count to an item about the initiative at that meeting, on the report page', () => {
    const reports = reportsOf(lang);
    let links = 0;
    for (const row of rows()) {
      const id = attr(select('th a', row), 'href').split('/').at(-2) ?? '';
      selectAll('td', row).forEach((cell, index) => {
        const report = reports[index] as Report;
        const count = report.items.filter((item) =>
          item.mentions.initiatives.some((each) => isAbout(archive, each, id)),
        ).length;
        const link = select('a', cell);
        if (count === 0) {
          expect(link, `${id} ${report.id}`).toBeUndefined();
          return;
        }
        links++;
        expect(text(link)).toBe(plural(lang, 'report.itemCount', count));
        const href = attr(link, 'href');
        expect(resolves(href), href).toBe(true);
        const item = report.items.find(
          (each) => `${pagePath(lang, reportPath(report.id))}#${itemAnchor(each.number)}` === href,
        );
        expect(
          item?.mentions.initiatives.some((each) => isAbout(archive, each, id)),
          href,
        ).toBe(true);
      });
    }
    expect(links).toBeGreaterThan(5);
  });

  it('announces empty cells to screen readers in the page’s language', () => {
    const empty = rows().flatMap((row) => selectAll('td', row).filter((cell) => !select('a', cell)));
    expect(empty.length).toBeGreaterThan(0);
    const none = useTranslations(lang)('matrix.none');
    for (const cell of empty) expect(text(select('.visually-hidden', cell))).toBe(none);
  });
});

describe.for(LANGS)('the participation table (%s)', (lang) => {
  it('lists its rows by name in the language’s collation order, in a labelled, focusable scrolling region', () => {
    const tree = page(pagePath(lang, 'countries/'));
    const names = selectAll('table.matrix tbody th', tree).map((cell) => text(cell));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort(new Intl.Collator(lang).compare));
    const region = select('.table-scroll', tree);
    // A section with a name is a region (HTML-AAM), as html-validate's prefer-native-element asks.
    expect([region?.tagName, attr(region, 'tabIndex')]).toEqual(['section', '0']);
    expect(text(select(`[id="${attr(region, 'ariaLabelledBy')}"]`, tree)).length).toBeGreaterThan(10);
  });
});
