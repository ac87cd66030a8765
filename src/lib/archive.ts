/**
 * The archive as data: every report in every language with its items, and the
 * entities they point at. Built once per process from validated content,
 * whether that came from Astro's collections (the site) or from the files
 * directly (scripts and tests), so both see exactly the same archive.
 */
import type { Change, Country, Initiative, Lang, Organization, ReportData } from '../schemas/index.ts';
import { LANGS } from '../schemas/index.ts';
import { type Item, parseReportBody } from './items.ts';
import {
  applyMentionEdits,
  createMentionFinder,
  entityKinds,
  type Mentions,
  type MentionSpan,
  mentionsOf,
  unmodelledPhrases,
} from './mentions.ts';
import { type Role, rolesIn } from './roles.ts';
import { type Action, type ActionInput, applyActionEdits, findActions, twinActionWarnings } from './actions.ts';
import { followUpProblems } from './follow-ups.ts';
import { linkEntities } from './entity-links.ts';
import { parityProblems } from './parity.ts';
import { ContentError, cut, type Problem } from './problems.ts';

/** A report file as handed over by a loader: validated frontmatter and the raw body. */
export interface ReportInput {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Validated frontmatter. */
  data: ReportData;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /**
   * Line of a frontmatter field (`['numbering', 'skipped', 0]`), when the loader knows it; problems with a declaration
   * point there.
   */
  fieldLine?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  /** Column of a frontmatter field's value, when known. */
  fieldColumn?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}

/** An item of the archive: what the report says, and what it mentions. */
export interface ReportItem extends Item {
  /** The countries, organizations and initiatives the item mentions (its wording, corrected by also/not). */
  mentions: Mentions;
  /** Where in `text` the wording names them. */
  spans: MentionSpan[];
  /** What each named country or organization does in the item (thanked, offered…). */
  roles: Record<string, Role[]>;
  /** `html` with the first mention of each entity linked to its page and acronyms expanded. */
  linkedHtml: string;
  /** What the item asks of or records from whom, by when (src/lib/actions.ts), corrected by actions/notActions. */
  actions: Action[];
}

/** A report in one language, with its items. */
export interface Report {
  /** The report id (meeting date), shared by all languages. */
  id: string;
  /** The language of this text. */
  lang: Lang;
  /** Path of the source file. */
  file: string;
  /** Validated frontmatter. */
  data: ReportData;
  /** The network or RCM body whose meeting produced the document (`data.network`), for titles and citations. */
  issuer: Organization;
  /** Unnumbered paragraphs before item 1, as plain text. */
  preambleText: string;
  /** The same as HTML. */
  preambleHtml: string;
  /** Items and sub-items in document order. */
  items: ReportItem[];
}

/** Everything the site shows, indexed for the lookups pages need. */
export interface Archive {
  /** Every report, all languages, oldest meeting first. */
  reports: Report[];
  /** Things worth a look that do not stop the build (name-like phrases no entity accounts for). */
  warnings: Problem[];
  /** Countries by id. */
  countries: Map<string, Country>;
  /** Organizations by id. */
  organizations: Map<string, Organization>;
  /** Initiatives by id. */
  initiatives: Map<string, Initiative>;
  /** Published URLs that moved or were withdrawn, by old path. */
  changes: Change[];
}

/** Everything a loader hands over. */
export interface ArchiveInput {
  /** Report files. */
  reports: ReportInput[];
  /** Country entries. */
  countries: Country[];
  /** Organization entries. */
  organizations: Organization[];
  /** Initiative entries. */
  initiatives: Initiative[];
  /** Published URLs that moved or were withdrawn. */
  changes: Change[];
}

/**
 * Builds the archive, or throws a ContentError listing every problem: item numbering, entity corrections, language
 * parity (not URL changes: `readArchive` adds `changeProblems`).
 */
export function buildArchive(input: ArchiveInput): Archive {
  const { archive, problems } = assembleArchive(input);
  if (problems.length > 0) throw new ContentError(problems);
  return archive;
}

/** What every report of one archive is read with: the entities, a mention finder, and where problems go. */
interface AssemblyContext {
  input: ArchiveInput;
  findMentions: ReturnType<typeof createMentionFinder>;
  kinds: ReturnType<typeof entityKinds>;
  /** Ids an action's actor may be (countries and organizations). */
  actorIds: Set<string>;
  organizations: Map<string, Organization>;
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Builds the archive and returns it with every problem found, never stopping
 * at the first kind: item numbering, entity corrections and language parity
 * are all checked, so `npm run check` shows everything at once (the URL
 * changes of `content/changes.yaml` are checked by `changeProblems`, changes.ts).
 * `elsewhere` holds `lang/id` keys (`es/2017-11-27`) of report files that
 * exist but were rejected before this step: they count as present for parity
 * (no "translation missing" for them) and their items are not compared.
 * The archive is only fit to publish when `problems` is empty.
 * Example: `assembleArchive(content, new Set(['es/2017-11-27'])).problems` → `[]` or the list of problems.
 */
export function assembleArchive(
  input: ArchiveInput,
  elsewhere: ReadonlySet<string> = new Set(),
): { archive: Archive; problems: Problem[] } {
  const context: AssemblyContext = {
    input,
    findMentions: createMentionFinder(input),
    kinds: entityKinds(input),
    actorIds: new Set([...input.countries, ...input.organizations].map((entity) => entity.id)),
    organizations: byId(input.organizations),
    problems: [],
    warnings: [],
  };
  // A body that could not be read at all (not valid MDX, nested too deep) has no items to compare with its
  // twin: it counts as present for parity, like a rejected file, so its one problem is not drowned in "no twin".
  const unreadable = new Set(elsewhere);
  const reports = input.reports.map((report) => assembleReport(report, context, unreadable));
  const readable = reports.filter((report) => !unreadable.has(`${report.lang}/${report.id}`));
  context.problems.push(...parityProblems(readable, unreadable), ...followUpProblems(readable));
  context.warnings.push(...twinActionWarnings(readable));
  reports.sort(compareReports);
  const archive = {
    reports,
    warnings: context.warnings,
    countries: byId(input.countries),
    organizations: context.organizations,
    initiatives: byId(input.initiatives),
    changes: [...input.changes].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { archive, problems: context.problems };
}

/** One report of the archive: its body read into items; a body with no items and problems is added to `unreadable`. */
function assembleReport(report: ReportInput, context: AssemblyContext, unreadable: Set<string>): Report {
  const body = parseReportBody(report.body, {
    file: report.file,
    firstLine: report.bodyLine,
    numbering: report.data.numbering,
    fieldLine: report.fieldLine,
    fieldColumn: report.fieldColumn,
  });
  context.problems.push(...body.problems);
  if (body.items.length === 0 && body.problems.length > 0) unreadable.add(`${report.data.lang}/${report.data.id}`);
  return {
    id: report.data.id,
    lang: report.data.lang,
    file: report.file,
    data: report.data,
    issuer: mustGet(context.organizations, report.data.network.id),
    preambleText: body.preambleText,
    preambleHtml: body.preambleHtml,
    items: body.items.map((item) => assembleItem(item, report, context)),
  };
}

/**
 * One item with what it mentions (corrected by also/not), the roles of those it names and its linked HTML; a
 * name-like phrase no entity accounts for is a warning.
 */
function assembleItem(item: Item, report: ReportInput, context: AssemblyContext): ReportItem {
  const { lang } = report.data;
  const spans = context.findMentions(item.text, lang);
  for (const phrase of unmodelledPhrases(item.text, spans)) {
    context.warnings.push({
      file: report.file,
      line: item.line,
      where: `item ${item.number}`,
      message:
        `"${cut(phrase)}" looks like a name but matches no country, organization or ` +
        `initiative; add it (or an alias) to content/`,
    });
  }
  const edited = applyMentionEdits(mentionsOf(spans), item, context.kinds, (message) =>
    context.problems.push({ file: report.file, line: item.line, where: `item ${item.number}`, message }),
  );
  return {
    ...item,
    mentions: edited,
    spans,
    roles: rolesIn(item.text, spans, lang),
    actions: itemActions(item, report, context, { spans, mentions: edited }),
    linkedHtml: linkEntities(item.html, lang, context.findMentions, (kind, id) =>
      entityNames(context.input, kind, id, lang),
    ),
  };
}

/** An item's actions: what its wording states, corrected by its `actions`/`notActions`, problems at their words. */
function itemActions(
  item: Item,
  report: ReportInput,
  context: AssemblyContext,
  found: Pick<ActionInput, 'spans' | 'mentions'>,
): Action[] {
  const input: ActionInput = {
    ...found,
    text: item.text,
    lang: report.data.lang,
    reportId: report.data.id,
    meeting: report.data.date,
    number: item.number,
    network: report.data.network.id,
  };
  return applyActionEdits(findActions(input), input, item.corrections, context.actorIds, (word, message) =>
    context.problems.push({
      file: report.file,
      line: word.line,
      column: word.column,
      where: `item ${item.number}`,
      message,
    }),
  );
}

/** Oldest meeting first; same-day meetings by id; languages in the archive's order. */
export function compareReports(a: Report, b: Report): number {
  return (
    a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id) || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang)
  );
}

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map([...records].sort((a, b) => a.id.localeCompare(b.id)).map((record) => [record.id, record]));
}

/**
 * The one order of every list of reports a reader sees (home, reports index, entity pages): newest meeting first, the
 * reverse of `compareReports` (issue 21: one order everywhere, stated on the page). Returns a new array.
 * @example newestFirst(reportsIn(archive, 'en')).map((report) => report.id) // ['2017-11-27', '2016-11-15']
 */
export function newestFirst(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => compareReports(b, a));
}

/** The reports of one language, oldest first (date order: `compareReports`). */
export function reportsIn(archive: Archive, lang: Lang): Report[] {
  return archive.reports.filter((report) => report.lang === lang);
}

/**
 * A function of the archive computed on first use and kept as long as the
 * archive: the indexes that spare each page a scan of every report or item
 * (a scan per page made the build grow with the square of the reports).
 */
export function perArchive<T>(compute: (archive: Archive) => T): (archive: Archive) => T {
  const cache = new WeakMap<Archive, T>();
  return (archive) => {
    if (!cache.has(archive)) cache.set(archive, compute(archive));
    return cache.get(archive) as T;
  };
}

/** Reports by `lang/id`. */
const reportIndex = perArchive(
  (archive) => new Map(archive.reports.map((report) => [`${report.lang}/${report.id}`, report])),
);

/** One report in one language, or undefined. */
export function findReport(archive: Archive, lang: Lang, id: string): Report | undefined {
  return reportIndex(archive).get(`${lang}/${id}`);
}

/** One item of a report by its official number, or undefined. */
export function findItem(report: Report, number: string): ReportItem | undefined {
  return report.items.find((item) => item.number === number);
}

/** The items just before and after an item, in document order. */
export function neighbours(report: Report, item: ReportItem): { previous?: ReportItem; next?: ReportItem } {
  const index = report.items.indexOf(item);
  const previous = report.items[index - 1];
  const next = report.items[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Looks up an entity that validation has already proven to exist. */
export function mustGet<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`unknown id "${id}" (validation should have caught this)`);
  return found;
}

/** Reports (in one language) of meetings a country took part in, newest first (`newestFirst`). */
export function reportsAttendedBy(archive: Archive, countryId: string, lang: Lang): Report[] {
  return newestFirst(
    reportsIn(archive, lang).filter((report) =>
      report.data.participants.some((participant) => participant.id === countryId),
    ),
  );
}

/** Reports (in one language) of meetings a country hosted, newest first (`newestFirst`). */
export function reportsHostedBy(archive: Archive, countryId: string, lang: Lang): Report[] {
  return newestFirst(reportsIn(archive, lang).filter((report) => report.data.venue?.country.id === countryId));
}

/** An entity's name and acronym in a language, for link titles and <abbr>. */
function entityNames(
  input: ArchiveInput,
  kind: 'countries' | 'organizations' | 'initiatives',
  id: string,
  lang: Lang,
): { name: string; acronym?: string } {
  const entity = [...input[kind]].find((candidate) => candidate.id === id);
  if (!entity) return { name: id };
  const acronym = 'acronym' in entity ? entity.acronym?.[lang] : undefined;
  return acronym === undefined ? { name: entity.name[lang] } : { name: entity.name[lang], acronym };
}
