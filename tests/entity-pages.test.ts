/**
 * Entity pages of the built site (issue 21 part 1): every country, organization and initiative page and every role
 * view lists each item once, by meeting, newest first (and says so); the role filter links to views that exist and
 * list only items with their role, the current one marked with `aria-current`; meetings attended are a compact list,
 * newest first; and an entity page weighs no more than a report page (`PAGE_BUDGETS.report`).
 */
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS, pageWeight } from '../src/lib/site-check.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import type { Role } from '../src/lib/roles.ts';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import type { Lang } from '../src/schemas/index.ts';
import {
  contentArchive,
  distFile,
  normalise,
  page,
  pageExists,
  requireBuild,
  select,
  selectAll,
  SITE_DIR,
  sitePages,
} from './helpers.ts';
import { toText } from 'hast-util-to-text';

requireBuild();

const ENTITY = /^\/(en|es)\/(countries|organizations|initiatives)\/[^/]+\/([a-z]+\/)?$/;
const pages = sitePages().filter((path) => ENTITY.test(path));
const roleViews = pages.filter((path) => path.split('/').length === 6);
const attr = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');
const langOf = (path: string) => path.split('/')[1] as Lang;

/** An element without the actions section (`.entity-actions`) it may hold. */
function withoutActions(element: Element): Element {
  const isActions = (node: Element['children'][number]) =>
    node.type === 'element' && String(node.properties['className'] ?? '').includes('entity-actions');
  return {
    ...element,
    children: element.children
      .filter((node) => !isActions(node))
      .map((node) => (node.type === 'element' ? withoutActions(node) : node)),
  };
}

/** The first 60 characters of each sentence of an item's text long enough to be its own (30 characters or more). */
function sentences(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => sentence.length >= 30)
    .map((sentence) => sentence.slice(0, 60));
}

/** Every item of the archive by the URL of its page. */
const items = new Map(
  contentArchive().reports.flatMap((report) =>
    report.items.map((item) => [pagePath(report.lang, itemPath(report.id, item.number)), item] as const),
  ),
);

/** Entity pages that list items (an entity only attending meetings has none: its page says so). */
const listing = pages.filter((path) => selectAll('.entity-meeting', page(path)).length > 0);

it('the site has entity pages and role views, and most entity pages list items', () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(roleViews.length).toBeGreaterThan(10);
  expect(roleViews.filter((path) => select(`.role-filter a[href="${path}"]`, page(path))).length).toBeGreaterThan(10);
  expect(listing.length).toBeGreaterThan(pages.length / 2);
});

it('an entity page without items says so, and has no empty list', () => {
  for (const path of pages.filter((each) => !listing.includes(each))) {
    const section = select('.entity-items', page(path))!;
    expect(select('.entity-meetings', section)).toBeUndefined();
    expect(normalise(toText(section)).length).toBeGreaterThan(20);
  }
});

describe.for(listing)('%s', (path) => {
  const tree = () => page(path);
  const main = () => select('main', tree())!;
  // The listing links each item once. The actions section (issue 22) links the item of each action by number (an
  // item can hold several actions): its links are not counted here; its text is.
  const listing = () => withoutActions(main());

  it('no item link appears twice in the listing, and no item text twice on the page, actions included', () => {
    const links = selectAll('a[href*="/items/"]', listing()).map((link) => attr(link, 'href'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href, index) => links.indexOf(href) !== index)).toEqual([]);
    const text = normalise(toText(main()));
    // Every sentence of every item the page lists, not only the first: an action quotes the sentence that states it.
    const twice = links.flatMap((href) =>
      sentences(items.get(href)?.text ?? '').filter((words) => text.indexOf(words) !== text.lastIndexOf(words)),
    );
    expect(twice).toEqual([]);
  });

  it('groups its items by meeting, newest first, and says so', () => {
    const t = useTranslations(langOf(path));
    const meetings = selectAll('.entity-meeting', main());
    const dates = meetings.map((meeting) => attr(select('h3 time', meeting), 'dateTime'));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBe(dates.length);
    for (const meeting of meetings) {
      const report = attr(select('h3 a', meeting), 'href');
      for (const link of selectAll('.entity-item__number', meeting)) expect(attr(link, 'href')).toContain(report);
    }
    expect(normalise(toText(select('.entity-items .list-order', main())!))).toContain(
      t('reports.order').replace(/\.$/, '').toLowerCase(),
    );
  });
});

const filtered = pages.filter((path) => /\/(countries|organizations)\//.test(path));

describe.for(filtered.filter((path) => select('.role-filter', page(path))))('%s: role filter', (path) => {
  it('links to views that exist; the current one is this page, marked aria-current', () => {
    const links = selectAll('.role-filter a', page(path));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(pageExists(attr(link, 'href'))).toBe(true);
    const current = links.filter((link) => attr(link, 'ariaCurrent') === 'page');
    expect(current.map((link) => attr(link, 'href'))).toEqual([path]);
  });
});

describe.for(roleViews)('%s: role view', (path) => {
  it('lists only items that give the entity this role, as many as its filter link says', () => {
    const [, , , id, role] = path.split('/') as [string, string, string, string, Role];
    const listed = selectAll('.entity-item__number', page(path)).map((link) => attr(link, 'href'));
    expect(listed.filter((href) => !items.get(href)?.roles[id]?.includes(role))).toEqual([]);
    // A view whose role only the other language's text gives lists nothing, and the filter does not offer it.
    const link = select(`.role-filter a[href="${path}"]`, page(path));
    if (link) expect(normalise(toText(link))).toContain(`(${listed.length})`);
    else expect(listed).toEqual([]);
  });
});

describe.for(pages.filter((path) => /\/countries\/[^/]+\/$/.test(path)))('%s: meetings', (path) => {
  it('meetings attended are a compact list (date linked, venue), newest first, no report cards', () => {
    const tree = page(path);
    expect(selectAll('.report-summary', tree)).toEqual([]);
    const attended = select('section[aria-labelledby="attended"]', tree)!;
    const dates = selectAll('.meeting-links time', attended).map((time) => attr(time, 'dateTime'));
    expect(dates).toEqual([...dates].sort().reverse());
    if (dates.length > 0)
      expect(normalise(toText(select('.list-order', attended)!))).toBe(useTranslations(langOf(path))('meetings.order'));
  });
});

it('no entity page weighs more than a report page (gzip, with its CSS and JS)', () => {
  const over = pages
    .map((path) => [path, pageWeight(SITE_DIR, distFile(path))] as const)
    .filter(([, bytes]) => bytes > PAGE_BUDGETS.report);
  expect(over).toEqual([]);
});
