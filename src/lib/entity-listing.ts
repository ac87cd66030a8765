/**
 * What an entity page (country, organization, initiative) lists, built for thirty years of meetings (issue 21, part
 * 1): each item that involves the entity once, with the roles it gives the entity, grouped by meeting, newest meeting
 * first, each item as a short excerpt linked to its permanent page, and only the most recent meetings
 * (`ENTITY_MEETINGS_SHOWN`); the meetings a country attended or hosted as a compact list folded the same way. Role
 * views (`/en/countries/mexico/offered/`) list only the items that give the entity that role. Why static role pages
 * and these sizes: docs/entity-pages.md.
 */
import { type Archive, newestFirst, type Report, type ReportItem } from './archive.ts';
import { type EntityKind, itemsAbout } from './connections.ts';
import { formatDays } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { entityName, placeText, reportTitle } from './present.ts';
import { ROLES, type Role } from './roles.ts';
import { entityPath, entityRolePath, itemPath, pagePath, reportPath, searchPath } from './urls.ts';
import type { Lang } from '../schemas/index.ts';

/** How many meetings an entity page lists, newest first, before it folds the rest (stated on the page). */
export const ENTITY_MEETINGS_SHOWN = 20;

/** The longest excerpt of an item's text, in characters, before it is cut at a word and marked "…". */
export const EXCERPT_CHARS = 160;

/** One item in an entity's list: its page, number, the entity's roles in it, and an excerpt of its text. */
export interface EntityEntry {
  /** The item's permanent page, `/en/reports/2017-11-27/items/2/d/`. */
  href: string;
  /** The number readers see, `2.d`. */
  shown: string;
  /** The roles the item gives the entity, in `ROLES` order; empty when it only mentions it. */
  roles: Role[];
  /** The start of its text, whitespace collapsed, words untouched (`excerpt`). */
  excerpt: string;
  /** True when `excerpt` is cut (the page adds "…"). */
  cut: boolean;
}

/** One meeting in an entity's list, with its items in document order. */
export interface EntityMeeting {
  /** The report's page. */
  href: string;
  /** The report's title. */
  title: string;
  /** Its date(s) as the language writes them, `27 November 2017`. */
  date: string;
  /** Its first day, ISO 8601 (`<time datetime>`). */
  datetime: string;
  /** Where it met (`placeText`). */
  place: string;
  /** Its items that involve the entity (or give it the chosen role). */
  items: EntityEntry[];
}

/** An entity's items, by meeting, newest first, folded after `shown` meetings. */
export interface EntityListing {
  /** The meetings shown, newest first. */
  meetings: EntityMeeting[];
  /** How many meetings involve the entity (with the chosen role) in all. */
  totalMeetings: number;
  /** How many items, in all meetings. */
  totalItems: number;
  /** Each role the entity has in at least one item of this language, with how many items give it. */
  roles: { role: Role; count: number }[];
  /** How many items involve the entity, whatever the role (the "All" filter). */
  allItems: number;
}

/**
 * The start of a text for a list: whitespace collapsed to single spaces, cut at the last space before `max`
 * characters so no word is split or altered; `cut` says whether anything was left out.
 *
 * @example excerpt('To thank Mexico for its offer.', 12) // { text: 'To thank', cut: true }
 */
export function excerpt(text: string, max = EXCERPT_CHARS): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const space = flat.lastIndexOf(' ', max);
  // A single word longer than `max` is kept whole rather than split.
  const end = space > 0 ? space : flat.indexOf(' ', max);
  return { text: (end > 0 ? flat.slice(0, end) : flat).replace(/[\s,;:]+$/, ''), cut: end > 0 };
}

/**
 * The items of one language that involve an entity, newest meeting first, each item once (`itemsAbout` lists an item
 * once per entity; an item is kept once by identity all the same), optionally only those that give it `role`, the
 * first `shown` meetings of them.
 *
 * @example entityListing(archive, 'en', 'countries', 'mx', { role: 'offered' }).meetings[0]?.items[0]?.roles
 *   // ['offered', …]
 */
export function entityListing(
  archive: Archive,
  lang: Lang,
  kind: EntityKind,
  id: string,
  { role, shown = ENTITY_MEETINGS_SHOWN }: { role?: Role | undefined; shown?: number } = {},
): EntityListing {
  const seen = new Set<ReportItem>();
  const all = itemsAbout(archive, lang, kind, id).filter(({ item }) => !seen.has(item) && seen.add(item));
  const chosen = role === undefined ? all : all.filter(({ item }) => item.roles[id]?.includes(role));
  const byReport = new Map<Report, ReportItem[]>();
  for (const { report, item } of chosen) byReport.set(report, [...(byReport.get(report) ?? []), item]);
  const reports = newestFirst([...byReport.keys()]);
  const count = (wanted: Role) => all.filter(({ item }) => item.roles[id]?.includes(wanted)).length;
  return {
    meetings: reports.slice(0, shown).map((report) => ({
      ...meetingFacts(archive, lang, report),
      items: (byReport.get(report) ?? []).map((item) => entityEntry(lang, report, item, id)),
    })),
    totalMeetings: reports.length,
    totalItems: chosen.length,
    roles: ROLES.map((wanted) => ({ role: wanted, count: count(wanted) })).filter(({ count }) => count > 0),
    allItems: all.length,
  };
}

/** One item of an entity's list. */
function entityEntry(lang: Lang, report: Report, item: ReportItem, id: string): EntityEntry {
  const { text, cut } = excerpt(item.text);
  return {
    href: pagePath(lang, itemPath(report.id, item.number)),
    shown: item.shown,
    roles: item.roles[id] ?? [],
    excerpt: text,
    cut,
  };
}

/** A meeting as the compact lists show it: its page, title, date and place. */
export type MeetingFacts = Omit<EntityMeeting, 'items'>;

/** The facts of one meeting in a language. */
function meetingFacts(archive: Archive, lang: Lang, report: Report): MeetingFacts {
  return {
    href: pagePath(lang, reportPath(report.id)),
    title: reportTitle(report, lang),
    date: formatDays(report.data.date, report.data.endDate, lang),
    datetime: report.data.date,
    place: placeText(archive, report, lang),
  };
}

/**
 * Meetings as a compact list (date, venue, link), newest first, the first `shown` of them, and how many there are.
 *
 * @example meetingLinks(archive, 'en', reportsAttendedBy(archive, 'mx', 'en')).meetings[0]?.date // '27 November 2017'
 */
export function meetingLinks(
  archive: Archive,
  lang: Lang,
  reports: readonly Report[],
  shown = ENTITY_MEETINGS_SHOWN,
): { meetings: MeetingFacts[]; total: number } {
  return {
    meetings: newestFirst(reports)
      .slice(0, shown)
      .map((report) => meetingFacts(archive, lang, report)),
    total: reports.length,
  };
}

/**
 * The roles an entity has in at least one item of a language: the role views its pages link to, and the static paths
 * of those views (`entityRolePaths`).
 *
 * @example entityRoles(archive, 'en', 'countries', 'mx') // ['thanked', 'offered', 'hosts']
 */
export function entityRoles(archive: Archive, lang: Lang, kind: EntityKind, id: string): Role[] {
  const roles = new Set(itemsAbout(archive, lang, kind, id).flatMap(({ item }) => item.roles[id] ?? []));
  return ROLES.filter((role) => roles.has(role));
}

/** The role filter of a country or organization page: its page ("All"), the role shown, and each role view. */
export interface RoleFilter {
  /** The entity's page, every item whatever the role. */
  all: string;
  /** The role the page lists; absent on the entity's own page. */
  role?: Role | undefined;
  /** Each role it has in this language, its view's page and how many items give it. */
  views: { role: Role; href: string; count: number }[];
}

/**
 * The links of the role filter, from a listing's role counts (`entityListing`).
 *
 * @example roleFilter('en', 'countries', 'mx', listing, 'offered').views[0]?.href // '/en/countries/mx/thanked/'
 */
export function roleFilter(
  lang: Lang,
  kind: 'countries' | 'organizations',
  id: string,
  listing: EntityListing,
  role?: Role,
): RoleFilter {
  return {
    all: pagePath(lang, entityPath(kind, id)),
    role,
    views: listing.roles.map(({ role: each, count }) => ({
      role: each,
      href: pagePath(lang, entityRolePath(kind, id, each)),
      count,
    })),
  };
}

/**
 * The search page filtered by an entity (`src/scripts/search.ts` reads `country`, `organization`, `initiative`, whose
 * values are the names the search records give: `src/lib/search-records.ts`): where the items past the fold are found.
 *
 * @example entitySearchHref(archive, 'en', 'countries', 'mx') // '/en/search/?country=Mexico'
 */
export function entitySearchHref(archive: Archive, lang: Lang, kind: EntityKind, id: string): string {
  const param = { countries: 'country', organizations: 'organization', initiatives: 'initiative' }[kind];
  return `${pagePath(lang, searchPath())}?${param}=${encodeURIComponent(entityName(archive, kind, id, lang))}`;
}

/** Everything a role view shows (`EntityRoleView.astro`). */
export interface RoleViewData {
  /** The entity's name. */
  name: string;
  /** The page's title and heading, `Mexico: made an offer`. */
  title: string;
  /** The role's name in the page's language. */
  roleName: string;
  /** The items that give it the role. */
  listing: EntityListing;
  /** The role filter, this role current. */
  filter: RoleFilter;
  /** The search page filtered by the entity. */
  searchHref: string;
}

/**
 * The data of a country's or organization's role view (`/en/countries/mexico/offered/`).
 *
 * @example roleViewData(archive, 'en', 'countries', 'mx', 'offered').title // 'Mexico: made an offer'
 */
export function roleViewData(
  archive: Archive,
  lang: Lang,
  kind: 'countries' | 'organizations',
  id: string,
  role: Role,
): RoleViewData {
  const t = useTranslations(lang);
  const name = entityName(archive, kind, id, lang);
  const roleName = t(`role.${role}`);
  // The filter counts every role of the entity, not only this view's items.
  const every = entityListing(archive, lang, kind, id, { shown: 0 });
  return {
    name,
    title: t('entity.roleTitle', { name, role: roleName }),
    roleName,
    listing: entityListing(archive, lang, kind, id, { role }),
    filter: roleFilter(lang, kind, id, every, role),
    searchHref: entitySearchHref(archive, lang, kind, id),
  };
}
