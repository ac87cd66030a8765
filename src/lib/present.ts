/**
 * How archive data is written for readers: titles, venues, names. Pages call
 * these instead of assembling strings in templates, so every page (and later
 * citations and search) words a report the same way.
 */
import type { Country, Lang, Organization, Ref, SourceFileFormat } from '../schemas/index.ts';
import { sourceFormatOf } from '../schemas/index.ts';
import { type ActionKind, MEMBER_COUNTRIES } from './actions.ts';
import { type Archive, mustGet, type Report, type ReportItem } from './archive.ts';
import { formatDays, yearOf } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { comesAfter, occurrenceOf, shownNumber } from './item-number.ts';

/**
 * Whether a document is a report of a network (the archive's own kind of
 * document): it keeps the network's title and citation, "Report of the
 * meeting of 27 November 2017". Conclusions, declarations and communiqués,
 * and any document of an RCM body, name their kind and body instead.
 */
export function isNetworkReport(report: Report): boolean {
  return report.data.documentKind === 'report' && report.issuer.kind === 'network';
}

/**
 * A document's display title, in titles, lists, feeds and citations alike:
 * "Report of the meeting of 27 November 2017" for a network's report,
 * "Conclusions of the Regional Consultation Group on Migration, Managua, 24–25 June 2014" otherwise.
 */
export function reportTitle(report: Report, lang: Lang = report.lang): string {
  const t = useTranslations(lang);
  const date = formatDays(report.data.date, report.data.endDate, lang);
  if (isNetworkReport(report)) return t('report.title', { date });
  const values = { kind: t(`document.kind.${report.data.documentKind}`), of: ofBody(report.issuer, lang), date };
  const city = report.data.venue?.city;
  return city === undefined ? t('document.titleNoPlace', values) : t('document.title', { ...values, place: city });
}

/**
 * "of the Regional Consultation Group on Migration" / "del Grupo Regional …":
 * Spanish contracts the article by the name's gender, read from its first
 * word (Grupo, Foro, Consejo: masculine; Conferencia, Red, Reunión, Secretaría: feminine).
 */
function ofBody(body: Organization, lang: Lang): string {
  const masculine = /^(?:\S+o|Comité)\s/u.test(body.name.es);
  return useTranslations(lang)(masculine ? 'document.of.masculine' : 'document.of.feminine', { body: body.name[lang] });
}

/**
 * Why an item's number is not simply as printed, for the item's page and its
 * place in the full text: "Numbered by the Archive: …", "The second item
 * numbered 4 in the original."; undefined for an ordinary item.
 */
export function numberingNote(item: ReportItem, lang: Lang): string | undefined {
  const t = useTranslations(lang);
  if (item.byArchive) return t('numbering.archive');
  if (item.occurrence === undefined) return undefined;
  const number = String(occurrenceOf(item.numberedItem).printed);
  return t(item.letter === undefined ? 'numbering.repeated' : 'numbering.repeatedPart', { number });
}

/**
 * An item's number as cited: `"2.d"`, `"[3] (numbered by the archive)"`,
 * `"4 (the second item numbered 4)"`. Every citation form uses this, so none
 * passes the archive's number off as the original's.
 */
export function citedNumber(item: ReportItem, lang: Lang): string {
  const note = citedNumberNote(item, lang);
  return note === undefined ? item.shown : useTranslations(lang)('cite.number', { number: item.shown, note });
}

/** The short note a citation adds after an item's number ("numbered by the archive"), or undefined. */
export function citedNumberNote(item: ReportItem, lang: Lang): string | undefined {
  const t = useTranslations(lang);
  if (item.byArchive) return t('numbering.archiveShort');
  if (item.occurrence === undefined) return undefined;
  const number = String(occurrenceOf(item.numberedItem).printed);
  return t(item.letter === undefined ? 'numbering.repeatedShort' : 'numbering.repeatedPartShort', { number });
}

/** Whether a report's numbers are the archive's (`numbering.by: archive`): its pages say so once, above the items. */
export function numberedByArchive(report: Report): boolean {
  return report.data.numbering?.by === 'archive';
}

/**
 * The declared gaps of a report, each before the item that follows it:
 * `{ "7" → ["6"] }` for `skipped: ["6"]`, so the report page says
 * "The original has no item 6." where the gap is.
 */
export function gapsBefore(report: Report): Map<string, string[]> {
  const gaps = new Map<string, string[]>();
  for (const skipped of report.data.numbering?.skipped ?? []) {
    const next = report.items.find((item) => comesAfter(item.number, skipped));
    if (next !== undefined) gaps.set(next.number, [...(gaps.get(next.number) ?? []), shownNumber(skipped)]);
  }
  return gaps;
}

/** Media types of the archived originals' formats, for links to them. */
export const SOURCE_MEDIA_TYPES: Record<SourceFileFormat, string> = {
  txt: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
};

/** The format of a report's archived original: `txt`, `pdf`, `docx` or `html`. */
export function sourceFormat(report: Report): SourceFileFormat {
  return report.data.source.format ?? sourceFormatOf(report.data.source.file) ?? 'txt';
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

/**
 * An action's kind as its list writes it after who must act, agreeing with them (issue 22): "Costa Rica offers to
 * host", "Honduras, Mexico offer to host", "RCM Member Countries will submit"; Spanish "ofrece ser sede", "ofrecen ser
 * sede". Plural for several actors, and for the RCM Member Countries as a whole (a plural subject in both languages);
 * the wordings are the dictionaries' `actions.kind.*` (one actor) and `actions.kinds.*` (several).
 * @example actionKindText('offers-to-host', ['honduras', 'mexico'], 'es') // 'ofrecen ser sede'
 */
export function actionKindText(kind: ActionKind, actors: readonly string[], lang: Lang): string {
  const plural = actors.length > 1 || actors[0] === MEMBER_COUNTRIES;
  return useTranslations(lang)(plural ? `actions.kinds.${kind}` : `actions.kind.${kind}`);
}

/**
 * The name of an action's actor in a language: a country's or organization's name (`countryName`,
 * `organizationName`), or "RCM Member Countries" for `member-countries`. Throws as they do for an unknown id.
 * @example actorName(archive, 'member-countries', 'es') // 'Países Miembros de la CRM'
 */
export function actorName(archive: Archive, id: string, lang: Lang): string {
  if (id === MEMBER_COUNTRIES) return useTranslations(lang)('actions.memberCountries');
  return archive.countries.has(id) ? countryName(archive, id, lang) : organizationName(archive, id, lang);
}

/** Where the meeting was held, as its heading gives it: "Antiguo Cuscatlán, La Libertad, El Salvador". */
export function venueText(archive: Archive, report: Report, lang: Lang = report.lang): string | undefined {
  const venue = report.data.venue;
  if (venue === undefined) return undefined;
  return [venue.city, venue.region, countryName(archive, venue.country, lang)].filter(Boolean).join(', ');
}

/**
 * Where the meeting was held, for a page: the venue (`venueText`), or, for a virtual meeting (which has none), "Virtual
 * meeting" in the page's language, so no page shows an empty venue or a dangling separator.
 *
 * @example placeText(archive, report2017, 'es') // 'Antiguo Cuscatlán, La Libertad, El Salvador'
 * @example placeText(archive, virtualReport, 'es') // 'Reunión virtual'
 */
export function placeText(archive: Archive, report: Report, lang: Lang = report.lang): string {
  return venueText(archive, report, lang) ?? useTranslations(lang)('report.online');
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
export function entityName(
  archive: Archive,
  kind: 'countries' | 'organizations' | 'initiatives',
  id: string,
  lang: Lang,
): string {
  if (kind === 'countries') return countryName(archive, id, lang);
  if (kind === 'organizations') return organizationName(archive, id, lang);
  const initiative = mustGet(archive.initiatives, id);
  return initiative.name[lang];
}

/** One line of the glossary: an acronym, what it stands for, and the same in the other language. */
export interface GlossaryTerm {
  /** Which collection the entity is in. */
  kind: 'organizations' | 'initiatives';
  /** The entity id (for its page). */
  id: string;
  /** Acronym in the page's language. */
  acronym: string;
  /** Full name in the page's language. */
  name: string;
  /** What the acronym stands for, when the name does not spell it out (`expansion` of an initiative). */
  expansion?: string;
  /** Acronym in the other language. */
  otherAcronym: string;
  /** Full name in the other language. */
  otherName: string;
}

/** Every acronym of the archive's organizations and initiatives, sorted in the page's language. */
export function glossary(archive: Archive, lang: Lang, other: Lang): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const [kind, map] of [
    ['organizations', archive.organizations],
    ['initiatives', archive.initiatives],
  ] as const) {
    for (const entity of map.values()) {
      if (!entity.acronym) continue;
      terms.push({
        kind,
        id: entity.id,
        acronym: entity.acronym[lang],
        name: entity.name[lang],
        ...('expansion' in entity && entity.expansion && { expansion: entity.expansion[lang] }),
        otherAcronym: entity.acronym[other],
        otherName: entity.name[other],
      });
    }
  }
  const collator = new Intl.Collator(lang);
  return terms.sort((a, b) => collator.compare(a.acronym, b.acronym));
}
