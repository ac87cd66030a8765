/**
 * How archive data is written for readers: titles, venues, names. Pages call
 * these instead of assembling strings in templates, so every page (and later
 * citations and search) words a report the same way.
 */
import type { Country, Lang, Organization, Ref } from '../schemas/index.ts';
import { type Archive, mustGet, type Report, type ReportItem } from './archive.ts';
import { formatDays, yearOf } from './dates.ts';
import { useTranslations } from './i18n.ts';

/** A report's display title: "Report of the meeting of 27 November 2017". */
export function reportTitle(report: Report, lang: Lang = report.lang): string {
  return useTranslations(lang)('report.title', { date: formatDays(report.data.date, report.data.endDate, lang) });
}

/** A country's name in a language. */
export function countryName(archive: Archive, ref: Ref | string, lang: Lang): string {
  return mustGet<Country>(archive.countries, typeof ref === 'string' ? ref : ref.id).name[lang];
}

/** An organization's full name with its acronym: "Regional Consultation Group on Migration (RCGM)". */
export function organizationName(archive: Archive, ref: Ref | string, lang: Lang): string {
  const organization = mustGet<Organization>(archive.organizations, typeof ref === 'string' ? ref : ref.id);
  return organization.acronym ? `${organization.name[lang]} (${organization.acronym[lang]})` : organization.name[lang];
}

/** Where the meeting was held, as its heading gives it: "Antiguo Cuscatlán, La Libertad, El Salvador". */
export function venueText(archive: Archive, report: Report, lang: Lang = report.lang): string | undefined {
  const venue = report.data.venue;
  if (venue === undefined) return undefined;
  return [venue.city, venue.region, countryName(archive, venue.country, lang)].filter(Boolean).join(', ');
}

/** A numbered item with its sub-items, for showing a report as nested text. */
export interface ItemNode {
  /** The numbered item. */
  item: ReportItem;
  /** Its lettered sub-items, in order. */
  children: ReportItem[];
}

/** The items of a report as a two-level tree, in document order. */
export function itemTree(report: Report): ItemNode[] {
  const nodes: ItemNode[] = [];
  for (const item of report.items) {
    if (item.parent === undefined) nodes.push({ item, children: [] });
    else nodes.at(-1)?.children.push(item);
  }
  return nodes;
}

/** The first sentence-ish of an item, for lists and link titles. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

/** Reports grouped by the year of the meeting, in the order given. */
export function groupByYear(reports: Report[]): { year: string; reports: Report[] }[] {
  const groups: { year: string; reports: Report[] }[] = [];
  for (const report of reports) {
    const year = yearOf(report.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.reports.push(report);
    else groups.push({ year, reports: [report] });
  }
  return groups;
}

/** An entity's display name in a language; organizations and initiatives with an acronym get it appended. */
export function entityName(archive: Archive, kind: 'countries' | 'organizations' | 'initiatives', id: string, lang: Lang): string {
  if (kind === 'countries') return countryName(archive, id, lang);
  if (kind === 'organizations') return organizationName(archive, id, lang);
  const initiative = mustGet(archive.initiatives, id);
  return initiative.name[lang];
}

/** One line of the glossary: an acronym, what it stands for, and the same in the other language. */
export interface GlossaryEntry {
  /** Which collection the entity is in. */
  kind: 'organizations' | 'initiatives';
  /** The entity id (for its page). */
  id: string;
  /** Acronym in the page's language. */
  acronym: string;
  /** Full name in the page's language. */
  name: string;
  /** Acronym in the other language. */
  otherAcronym: string;
  /** Full name in the other language. */
  otherName: string;
}

/** Every acronym of the archive's organizations and initiatives, sorted in the page's language. */
export function glossary(archive: Archive, lang: Lang, other: Lang): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const [kind, map] of [
    ['organizations', archive.organizations],
    ['initiatives', archive.initiatives],
  ] as const) {
    for (const entity of map.values()) {
      if (!entity.acronym) continue;
      entries.push({
        kind,
        id: entity.id,
        acronym: entity.acronym[lang],
        name: entity.name[lang],
        otherAcronym: entity.acronym[other],
        otherName: entity.name[other],
      });
    }
  }
  const collator = new Intl.Collator(lang);
  return entries.sort((a, b) => collator.compare(a.acronym, b.acronym));
}
