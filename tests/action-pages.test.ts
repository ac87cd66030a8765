/**
 * Actions on report and entity pages of the built site (issue 22, part 4): every action of both seed reports is on
 * its meeting's actions page in both languages, in item order, with its actor, kind, the item's own words, its
 * deadline and its status with the day it is for, linked to its item's permanent page; the report page links to that
 * page; a country's or organization's page lists exactly the actions that name it among their actors, split into
 * what it was asked to do and what it offered, newest meeting first. Expectations come from the actions module over
 * the content (`ReportItem.actions`, `actionStatus`), not from the page module, plus literal rows for a few seed
 * actions.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { statusDate } from '../src/lib/action-data.ts';
import { actorName } from '../src/lib/present.ts';
import { ENTITY_ACTIONS_SHOWN } from '../src/lib/action-lists.ts';
import { actionStatus } from '../src/lib/action-status.ts';
import { type Action, twinKey } from '../src/lib/actions.ts';
import { findReport, reportsIn } from '../src/lib/archive.ts';
import { formatDate } from '../src/lib/dates.ts';
import { siteUrls } from '../src/lib/permalinks.ts';
import { PAGE_BUDGETS, pageWeight } from '../src/lib/site-check.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { countryPath, itemPath, organizationPath, pagePath, reportActionsPath, reportPath } from '../src/lib/urls.ts';
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
} from './helpers.ts';

requireBuild();

const LANGS = ['en', 'es'] as const;
const archive = contentArchive();
const asOf = statusDate(archive);
const text = (node: Element | undefined) => (node ? normalise(toText(node)) : undefined);
const subtree = (node: Element): Root => ({ type: 'root', children: [node] });

/** Every action of the content, English order, with its Spanish twin and its status as of the status date. */
const actions = reportsIn(archive, 'en').flatMap((report) =>
  report.items.flatMap((item) => {
    const spanish = findReport(archive, 'es', report.id)?.items.find((twin) => twin.number === item.number);
    const left = [...(spanish?.actions ?? [])];
    return item.actions.map((action, index) => {
      const twinIndex = left.findIndex((candidate) => twinKey(candidate) === twinKey(action));
      const twin = twinIndex < 0 ? undefined : left.splice(twinIndex, 1)[0];
      return {
        action,
        twin,
        id: `${report.id}/${item.number}/${index + 1}`,
        status: actionStatus(action, asOf, archive),
      };
    });
  }),
);
type Expected = (typeof actions)[number];

/** What an entry of a page must say, in a language. */
function expectedEntry({ action, twin, id, status }: Expected, lang: Lang) {
  const t = useTranslations(lang);
  const inLang = (en: string, es: string | undefined) => (lang === 'en' ? en : (es ?? en));
  const date = (reportId: string) => findReport(archive, lang, reportId)?.data.date ?? reportId;
  return {
    id,
    actors: action.actors.map((actor) => actorName(archive, actor, lang)).join(', '),
    // Agreeing with who must act: several actors, or the Member Countries as a whole, take the plural wording.
    kind: t(
      action.actors.length > 1 || action.actors[0] === 'member-countries'
        ? `actions.kinds.${action.kind}`
        : `actions.kind.${action.kind}`,
    ),
    words: inLang(action.subject.words, twin?.subject.words),
    deadline: action.deadline ? inLang(action.deadline.stated, twin?.deadline?.stated) : t('actions.noDeadline'),
    status: t(`actions.state.${status.state}`),
    history: laterMeetings(action).map((day) => {
      const then = actionStatus(action, day, archive);
      const items = then.followUps.map((ref) => t('actions.stepItem', { number: ref.number }));
      return `${formatted(day, lang)}: ${t(`actions.state.${then.state}`)}${items.length ? ` (${items.join(', ')})` : ''}`;
    }),
    followUps: status.followUps.map((ref) => pagePath(lang, itemPath(ref.reportId, ref.number))),
    href: pagePath(lang, itemPath(action.reportId, action.number)),
    item: t('actions.item', { number: action.number, date: formatted(date(action.reportId), lang) }),
  };
}

const formatted = (day: string, lang: Lang) => formatDate(day, lang);

/**
 * The meetings after an action's, up to the status date. The seeds have two meetings, so an action has at most one
 * later meeting and its history one step per meeting (runs of meetings are folded into one step: action-lists.test).
 */
function laterMeetings(action: Action): string[] {
  const days = reportsIn(archive, 'en')
    .map((report) => report.data.date)
    .filter((day) => day > (findReport(archive, 'en', action.reportId)?.data.date ?? '') && day <= asOf);
  expect(days.length).toBeLessThanOrEqual(1);
  return days;
}

/** The entries of an action list on a page, as the reader sees them. */
function entries(scope: Root) {
  return selectAll('li[data-action]', scope).map((li) => {
    const tree = subtree(li);
    const q = select('p q', tree);
    return {
      id: String(li.properties['dataAction']),
      actors: text(select('.action-list__actors', tree)),
      kind: text(select('p', tree))
        ?.slice((text(select('.action-list__actors', tree)) ?? '').length)
        .split(':')[0]
        ?.trim(),
      words: q ? toText(q) : undefined,
      deadline: text(select('.action-list__deadline', tree)),
      status: text(select('.action-list__status', tree)),
      history: text(select('.action-list__history', tree))?.split('; ') ?? [],
      followUps: selectAll('.action-list__history a', tree).map((a) => String(a.properties['href'])),
      href: String(select('a.action-list__item', tree)?.properties['href']),
      item: text(select('a.action-list__item', tree)),
    };
  });
}

describe.each(LANGS)('a meeting’s actions, /%s/reports/{id}/actions/', (lang) => {
  const reports = reportsIn(archive, lang);

  it('the report page links to its actions page, which exists and links back', () => {
    expect(reports.length).toBe(2);
    for (const report of reports) {
      const links = selectAll('a', page(pagePath(lang, reportPath(report.id)))).map((a) =>
        String(a.properties['href']),
      );
      const resolved = links.map((href) => new URL(href, `http://x${pagePath(lang, reportPath(report.id))}`).pathname);
      expect(resolved).toContain(pagePath(lang, reportActionsPath(report.id)));
      expect(pageExists(pagePath(lang, reportActionsPath(report.id)))).toBe(true);
      const back = selectAll('main a', page(pagePath(lang, reportActionsPath(report.id)))).map(
        (a) => a.properties['href'],
      );
      expect(back).toContain(pagePath(lang, reportPath(report.id)));
    }
  });

  it('lists every action of the meeting in item order: actor, kind, own words, deadline, status, item link', () => {
    for (const report of reports) {
      const expected = actions.filter(({ action }) => action.reportId === report.id).map((a) => expectedEntry(a, lang));
      expect(expected.length).toBeGreaterThan(5);
      expect(entries(page(pagePath(lang, reportActionsPath(report.id))))).toEqual(expected);
    }
  });

  it('says once, above the list, the day its statuses are for; no entry repeats it', () => {
    const date = formatted(asOf, lang);
    for (const report of reports) {
      const tree = page(pagePath(lang, reportActionsPath(report.id)));
      expect(normalise(toText(select('.report-actions__as-of', tree)!))).toBe(
        useTranslations(lang)('actions.asOf', { date }),
      );
      expect(normalise(toText(select('main', tree)!)).split(date)).toHaveLength(2);
    }
  });

  it('is not a permanent address: the ledger never takes it (the report and its items are what is cited)', () => {
    const urls = siteUrls(SITE_DIR);
    for (const report of reports) {
      expect(urls.has(pagePath(lang, reportPath(report.id)))).toBe(true);
      expect(urls.has(pagePath(lang, reportActionsPath(report.id)))).toBe(false);
    }
  });

  it('every link of an entry leads to a page of the site, and the page stays within the report budget', () => {
    for (const report of reports) {
      const path = pagePath(lang, reportActionsPath(report.id));
      for (const entry of entries(page(path)))
        for (const href of [entry.href, ...entry.followUps]) expect(pageExists(href), href).toBe(true);
      expect(pageWeight(SITE_DIR, distFile(path))).toBeLessThanOrEqual(PAGE_BUDGETS.report);
    }
  });
});

describe('literal rows of the seed actions', () => {
  const entry = (lang: Lang, reportId: string, id: string) =>
    entries(page(pagePath(lang, reportActionsPath(reportId)))).find((each) => each.id === id);

  it('Costa Rica’s offer to host in 2016: deadline as stated, past it as of the status date, both languages', () => {
    expect(entry('en', '2016-11-15', '2016-11-15/6/1')).toMatchObject({
      actors: 'Costa Rica',
      kind: 'offers to host',
      deadline: 'during the first semester of 2017',
      history: ['27 November 2017: past its deadline, no follow-up'],
      status: 'past its deadline, no follow-up',
      href: '/en/reports/2016-11-15/items/6/',
    });
    expect(entry('es', '2016-11-15', '2016-11-15/6/1')).toMatchObject({
      deadline: 'durante el primer semestre de 2017',
      history: ['27 de noviembre de 2017: plazo vencido, sin seguimiento'],
      status: 'plazo vencido, sin seguimiento',
      href: '/es/reports/2016-11-15/items/6/',
    });
  });

  it('Honduras and Mexico offer to host: the kind agrees with several actors, in both languages', () => {
    expect(entry('en', '2016-11-15', '2016-11-15/2/1')).toMatchObject({
      actors: 'Honduras, Mexico',
      kind: 'offer to host',
    });
    expect(entry('es', '2016-11-15', '2016-11-15/2/1')).toMatchObject({
      actors: 'Honduras, México',
      kind: 'ofrecen ser sede',
    });
    expect(entry('en', '2016-11-15', '2016-11-15/6/1')).toMatchObject({ kind: 'offers to host' });
  });

  it('IOM’s 2016 offer of a MICIC workshop: followed up at the 2017 meeting, linked to its item', () => {
    expect(entry('en', '2016-11-15', '2016-11-15/5/1')).toMatchObject({
      actors: 'International Organization for Migration (IOM)',
      kind: 'offers',
      history: ['27 November 2017: followed up (item 5)'],
      status: 'followed up',
      followUps: ['/en/reports/2017-11-27/items/5/'],
    });
    expect(entry('es', '2016-11-15', '2016-11-15/5/1')).toMatchObject({
      history: ['27 de noviembre de 2017: con seguimiento (punto 5)'],
      followUps: ['/es/reports/2017-11-27/items/5/'],
    });
  });

  it('Honduras and Mexico’s 2016 offer to host is not followed up by 2.c, which follows up Mexico’s offer only', () => {
    for (const lang of LANGS) {
      const t = useTranslations(lang);
      expect(entry(lang, '2016-11-15', '2016-11-15/2/1')).toMatchObject({
        status: t('actions.state.open'),
        followUps: [],
      });
      expect(entry(lang, '2016-11-15', '2016-11-15/2/3')).toMatchObject({
        status: t('actions.state.followed-up'),
        followUps: [pagePath(lang, itemPath('2017-11-27', '2.c'))],
      });
      const open = page(pagePath(lang, 'actions/'));
      expect(select('li[data-action="2016-11-15/2/1"]', open), lang).toBeDefined();
      expect(select('li[data-action="2016-11-15/2/2"]', open), lang).toBeDefined();
      expect(select('li[data-action="2016-11-15/5/2"]', open), lang).toBeDefined();
      expect(select('li[data-action="2016-11-15/2/3"]', open), lang).toBeUndefined();
    }
  });

  it('an action of the latest meeting has no later meeting to show', () => {
    expect(entry('en', '2017-11-27', '2017-11-27/7.b/1')).toMatchObject({
      history: [],
      status: 'past its deadline, no follow-up',
    });
  });
});

/** Every country and organization page, with the id of its entity. */
const entityPages = LANGS.flatMap((lang) => [
  ...[...archive.countries.keys()].map((id) => ({ lang, id, path: pagePath(lang, countryPath(id)) })),
  ...[...archive.organizations.keys()].map((id) => ({ lang, id, path: pagePath(lang, organizationPath(id)) })),
]);

/** An entity's actions, newest meeting first (each meeting's in item order), as a page lists them. */
function entityExpected(id: string, lang: Lang, asked: boolean) {
  const mine = actions.filter(({ action }) => action.actors.includes(id) && isAsked(action) === asked);
  const meetings = [...new Set(mine.map(({ action }) => action.reportId))].sort().reverse();
  const ordered = meetings.flatMap((reportId) => mine.filter(({ action }) => action.reportId === reportId));
  // The page lists the items themselves: an entry links its item by number and does not quote its words again.
  const shown = ordered
    .slice(0, ENTITY_ACTIONS_SHOWN)
    .map((each) => ({ ...expectedEntry(each, lang), words: undefined }));
  return { total: mine.length, shown };
}

/** "Asked of it": someone else asks the actor to act (is requested, is instructed). */
const isAsked = (action: Action) => action.kind === 'is-requested' || action.kind === 'is-instructed';

describe('country and organization pages: what it was asked to do, and what it offered', () => {
  it('some entity pages have actions of each list, and an entity no action names has no section', () => {
    const withActions = entityPages.filter(({ id }) => actions.some(({ action }) => action.actors.includes(id)));
    expect(withActions.length).toBeGreaterThan(6);
    expect(withActions.filter(({ id, lang }) => entityExpected(id, lang, true).total > 0).length).toBeGreaterThan(1);
    for (const { id, path } of entityPages.filter((each) => !withActions.includes(each)))
      expect(select('.entity-actions', page(path)), id).toBeUndefined();
  });

  it.for(entityPages)(
    '$path lists exactly the actions that name it, each list newest meeting first',
    ({ lang, id, path }) => {
      const tree = page(path);
      for (const [list, asked] of [
        ['.actions-asked', true],
        ['.actions-offered', false],
      ] as const) {
        const expected = entityExpected(id, lang, asked);
        const section = select(list, tree);
        // An empty list is left out (issue 21: no empty sections, on screen or printed).
        if (expected.total === 0) {
          expect(section, list).toBeUndefined();
          continue;
        }
        expect(section, list).toBeDefined();
        expect(text(select('h3', subtree(section!)))).toMatch(new RegExp(`\\(${expected.total}\\)$`));
        expect(entries(subtree(section!))).toEqual(expected.shown);
      }
    },
  );

  it.for(entityPages)(
    '$path links its group on the Open actions page when it has actions not followed up',
    ({ lang, id, path }) => {
      const open = actions.some(({ action, status }) => action.actors.includes(id) && status.state !== 'followed-up');
      const link = select('.entity-actions__open a', page(path));
      if (!open) return expect(link).toBeUndefined();
      const href = String(link?.properties['href']);
      expect(href).toBe(`${pagePath(lang, 'actions/')}#actor-${id}`);
      expect(select(`[id="actor-${id}"]`, page(pagePath(lang, 'actions/')))).toBeDefined();
    },
  );
});
