/**
 * The actions of the archive as the site publishes them (issue 22, parts 4 and 5): one record per action with both
 * languages' words and its status as of the build's status date, written as `/data/actions.json` and `.csv`, as an
 * iCalendar file of deadlines per language (RFC 5545, by ical-generator), and grouped by actor for the "Open actions"
 * page. The actions themselves come from `src/lib/actions.ts`, their status from `src/lib/action-status.ts`.
 */
import ical from 'ical-generator';
import type { z } from 'astro/zod';
import { ACTIONS_CSV_COLUMNS, DATA_VERSION, type exportedActionSchema } from '../schemas/data-export.ts';
import type { Lang } from '../schemas/index.ts';
import { intervalEnd } from './action-deadlines.ts';
import { actionStatus } from './action-status.ts';
import { type Action, twinKey } from './actions.ts';
import { type Archive, findReport, type Report, type ReportItem, reportsIn } from './archive.ts';
import { csvFile } from './csv.ts';
import { formatDate } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { actionKindText, actorName, excerpt } from './present.ts';
import { UserError } from './problems.ts';
import { absoluteUrl, actionsCalendarPath, identifierPath, itemPath, pagePath } from './urls.ts';

/** One action of `/data/actions.json` (`exportedActionSchema` in src/schemas/data-export.ts). */
export type ActionRecord = z.input<typeof exportedActionSchema>;

/**
 * The day every published status is computed for, `YYYY-MM-DD`. A build must be byte-reproducible, so this is no
 * clock: it is the day `SOURCE_DATE_EPOCH` gives when set (seconds since 1970, the reproducible-builds.org convention
 * for "the date of this build"; a deployment that rebuilds daily sets it to the day), else the latest day the archive
 * published or corrected a report text (`published`/`updated` in the report files).
 * Throws a UserError when `SOURCE_DATE_EPOCH` is not a whole number of seconds, or gives a day before the latest
 * meeting of the archive (a status cannot be computed for a day before its action existed).
 * @example statusDate(archive, {}) // '2026-11-30' (the seeds' `published`)
 */
export function statusDate(archive: Archive, env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const latestMeeting = latest(archive.reports.map((report) => report.data.date));
  if (epoch === undefined || epoch === '')
    return latest([latestMeeting, ...archive.reports.map((report) => report.data.updated ?? report.data.published)]);
  if (!/^\d{1,12}$/.test(epoch))
    throw new UserError(`SOURCE_DATE_EPOCH="${epoch}": write the build's date as seconds since 1970 (date +%s)`);
  const day = new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  // Twelve digits reach the year 33658, which ISO 8601 writes "+033658-…" (an expanded year): no build day.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new UserError(`SOURCE_DATE_EPOCH=${epoch} is after the year 9999: write the build's date (date +%s)`);
  if (day < latestMeeting)
    throw new UserError(
      `SOURCE_DATE_EPOCH=${epoch} is ${day}, before the archive's latest meeting (${latestMeeting}): ` +
        'statuses are computed for the build day; unset it or give a later date',
    );
  return day;
}

function latest(days: readonly string[]): string {
  return days.reduce((a, b) => (b > a ? b : a), '0000-01-01');
}

/** The permanent URLs of an item: each language's page and the language-neutral identifier. */
function itemUrls(site: string, reportId: string, number: string): ActionRecord['urls'] {
  return {
    en: absoluteUrl(pagePath('en', itemPath(reportId, number)), site),
    es: absoluteUrl(pagePath('es', itemPath(reportId, number)), site),
    id: absoluteUrl(identifierPath(reportId, number), site),
  };
}

/** Each English action of an item with its Spanish twin (same `twinKey`), if the Spanish text gives one. */
function twinActions(item: ReportItem, spanish: ReportItem | undefined): [Action, Action | undefined][] {
  const left = [...(spanish?.actions ?? [])];
  return item.actions.map((action) => {
    const index = left.findIndex((candidate) => twinKey(candidate) === twinKey(action));
    return [action, index < 0 ? undefined : left.splice(index, 1)[0]];
  });
}

/** One action as exported: its English reading, the Spanish twin's words, its status as of `asOf`. */
function actionRecord(archive: Archive, site: string, asOf: string, pair: [Action, Action | undefined], index: number) {
  const [action, twin] = pair;
  const status = actionStatus(action, asOf, archive);
  const names = (id: string) => ({ en: actorName(archive, id, 'en'), es: actorName(archive, id, 'es') });
  const record: ActionRecord = {
    id: `${action.reportId}/${action.number}/${index + 1}`,
    report: action.reportId,
    number: action.number,
    actors: action.actors.map((id) => ({ id, name: names(id) })),
    kind: action.kind,
    requestedBy: action.requestedBy ?? [],
    subject: {
      initiatives: action.subject.initiatives,
      words: { en: action.subject.words, es: twin?.subject.words ?? null },
    },
    deadline: action.deadline
      ? {
          stated: { en: action.deadline.stated, es: twin?.deadline?.stated ?? null },
          interval: action.deadline.interval,
        }
      : null,
    condition: action.condition
      ? { stated: { en: action.condition.stated, es: twin?.condition?.stated ?? null }, by: action.condition.by }
      : null,
    status: { state: status.state, asOf: status.asOf },
    followUps: status.followUps.map((ref) => ({
      id: `${ref.reportId}/${ref.number}`,
      urls: itemUrls(site, ref.reportId, ref.number),
    })),
    urls: itemUrls(site, action.reportId, action.number),
  };
  return record;
}

/**
 * Every action of the archive, oldest meeting first and in item order, each with both languages' words (English
 * defines the order; a Spanish reading that differs, which `npm run check` warns about, leaves its words `null`) and
 * its status as of `asOf` (`statusDate`). Throws a RangeError when `asOf` is before an action's meeting.
 * @example actionRecords(archive, 'https://example.org', '2026-11-30')[0]
 * // { id: '2016-11-15/2/1', report: '2016-11-15', number: '2', actors: [{ id: 'honduras', … }, …],
 * //   kind: 'offers-to-host', … }
 */
export function actionRecords(archive: Archive, site: string, asOf: string): ActionRecord[] {
  return reportsIn(archive, 'en').flatMap((report: Report) => {
    const spanish = findReport(archive, 'es', report.id);
    return report.items.flatMap((item) => {
      const twin = spanish?.items.find((candidate) => candidate.number === item.number);
      return twinActions(item, twin).map((pair, index) => actionRecord(archive, site, asOf, pair, index));
    });
  });
}

/**
 * `/data/actions.json`: the version and every action (`actionsFileSchema`).
 * @example actionsFile(records).version // '1.1.0'
 */
export function actionsFile(records: ActionRecord[]): { version: typeof DATA_VERSION; actions: ActionRecord[] } {
  return { version: DATA_VERSION, actions: records };
}

/**
 * `/data/actions.csv`: one row per action, the columns of `ACTIONS_CSV_COLUMNS` (lists joined with `;`, a missing
 * value empty), written by the export's one CSV writer (`csvFile`, RFC 4180).
 * @example actionsCsv(records).split('\r\n')[0] // '\uFEFFid,report,number,actors,…'
 */
export function actionsCsv(records: ActionRecord[]): string {
  const rows = records.map((record) => [
    record.id,
    record.report,
    record.number,
    record.actors.map((actor) => actor.id).join(';'),
    record.actors.map((actor) => actor.name.en).join(';'),
    record.actors.map((actor) => actor.name.es).join(';'),
    record.kind,
    record.requestedBy.join(';'),
    record.subject.initiatives.join(';'),
    record.subject.words.en,
    record.subject.words.es ?? '',
    record.deadline?.stated.en ?? '',
    record.deadline?.stated.es ?? '',
    record.deadline?.interval ?? '',
    record.condition?.stated.en ?? '',
    record.condition?.stated.es ?? '',
    record.condition?.by.join(';') ?? '',
    record.status.state,
    record.status.asOf,
    record.followUps.map((item) => item.id).join(';'),
    record.urls.en,
    record.urls.es,
    record.urls.id,
  ]);
  return csvFile(ACTIONS_CSV_COLUMNS, rows);
}

/** A record's words in a language, the English ones when the Spanish reading differs (null). */
function wordsIn<T extends { en: string; es: string | null }>(words: T, lang: Lang): string {
  return words[lang] ?? words.en;
}

/**
 * The language a record's deadline and condition are shown in on a page of `lang`: the page's, or English when the
 * Spanish reading of either differs (`wordsIn`'s fallback; a new-user review found "in September 2019" on a Spanish
 * page with no `lang`).
 */
function statedIn(record: ActionRecord, lang: Lang): Lang {
  const stated = [record.deadline?.stated, record.condition?.stated];
  return stated.some((words) => words !== undefined && words[lang] === null) ? 'en' : lang;
}

/** An action's kind in a language, agreeing with its actors: "offers to host", "offer to host" (`actionKindText`). */
function kindText(record: ActionRecord, lang: Lang): string {
  return actionKindText(
    record.kind as Action['kind'],
    record.actors.map((actor) => actor.id),
    lang,
  );
}

/** The names of the initiatives an action is about, in a language: "MICIC, MICIC workshop" ('' when none). */
function initiativeNames(archive: Archive, record: ActionRecord, lang: Lang): string {
  return record.subject.initiatives.map((id) => archive.initiatives.get(id)?.name[lang] ?? id).join(', ');
}

/** What an action is about, for a calendar's summary: its initiatives' names, else the start of its words. */
function aboutText(archive: Archive, record: ActionRecord, lang: Lang): string {
  return initiativeNames(archive, record, lang) || excerpt(wordsIn(record.subject.words, lang), 80);
}

/**
 * A status as the site shows it, always with its date: "past its deadline, no follow-up, as of 30 November 2026".
 * @example statusText({ state: 'open', asOf: '2017-11-27' }, 'en') // 'open, as of 27 November 2017'
 */
export function statusText(status: ActionRecord['status'], lang: Lang): string {
  const t = useTranslations(lang);
  return t('actions.statusAsOf', { state: t(`actions.state.${status.state}`), date: formatDate(status.asOf, lang) });
}

/**
 * The calendar event's stable UID (RFC 5545 §3.8.4.7): the action's id and the calendar's language, at the site's
 * host, so a rebuild gives every event the same UID and subscribers get no duplicates.
 * @example actionUid(record, 'en', 'https://example.org') // '2017-11-27-2.d-1-en@example.org'
 */
export function actionUid(record: ActionRecord, lang: Lang, site: string): string {
  return `${record.id.replaceAll('/', '-')}-${lang}@${new URL(site).hostname}`;
}

/** The lines of a deadline event's DESCRIPTION: the deadline and condition as stated, the words, the status. */
function eventDescription(record: ActionRecord, lang: Lang, deadline: NonNullable<ActionRecord['deadline']>): string {
  const t = useTranslations(lang);
  return [
    `${t('actions.deadline')}: ${wordsIn(deadline.stated, lang)} (${deadline.interval})`,
    ...(record.condition ? [`${t('actions.condition')}: ${wordsIn(record.condition.stated, lang)}`] : []),
    '',
    wordsIn(record.subject.words, lang),
    '',
    `${t('actions.status')}: ${statusText(record.status, lang)}`,
    ...record.followUps.map((item) => item.urls[lang]),
  ].join('\n');
}

/**
 * A language's iCalendar file of deadlines (RFC 5545, written by ical-generator): one all-day VEVENT per action with a
 * deadline, on the deadline's last day (DTSTART that day and DTEND the next, DATE values, RFC 5545 §3.6.1: DTEND is
 * not included); SUMMARY "{actors}: {kind} — {about}", DESCRIPTION the deadline and condition as stated, the words
 * and the status; URL the item's permanent URL; UID `actionUid`; DTSTAMP the status date (no build clock, so two
 * builds are byte-identical). Each line ends with CRLF (§3.1).
 * @example actionsCalendar(archive, records, 'en', site) // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function actionsCalendar(archive: Archive, records: ActionRecord[], lang: Lang, site: string): string {
  const t = useTranslations(lang);
  const calendar = ical({
    name: t('actions.calendarName'),
    prodId: { company: 'RCM', product: 'Consular Network Archive', language: lang.toUpperCase() },
    url: absoluteUrl(actionsCalendarPath(lang), site),
  });
  for (const record of records) {
    if (!record.deadline) continue;
    const day = new Date(`${intervalEnd(record.deadline.interval)}T00:00:00Z`);
    const actors = record.actors.map((actor) => actor.name[lang]).join(', ');
    calendar.createEvent({
      id: actionUid(record, lang, site),
      allDay: true,
      start: day,
      end: new Date(day.getTime() + 86_400_000),
      stamp: new Date(`${record.status.asOf}T00:00:00Z`),
      summary: `${actors}: ${kindText(record, lang)} — ${aboutText(archive, record, lang)}`,
      description: eventDescription(record, lang, record.deadline),
      url: record.urls[lang],
    });
  }
  // ical-generator ends the last line without CRLF; RFC 5545 §3.1 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}

/** An open action as the "Open actions" page lists it. */
export interface OpenAction {
  /** The record's id, `2017-11-27/2.d/1`. */
  id: string;
  /** The kind, in the page's language: "commits". */
  kind: string;
  /** Who must act, in the page's language (all the action's actors). */
  actors: string;
  /** More than one actor: a list under one actor's heading still names them all, or its plural verb reads wrong. */
  shared: boolean;
  /** The item's words (the English ones, `wordsLang` 'en', when the Spanish reading differs). */
  words: string;
  /** The names of the initiatives it is about, in the page's language ("MICIC workshop"), or undefined if none. */
  about?: string;
  /** The language of `words`. */
  wordsLang: Lang;
  /** The deadline as stated, or undefined. */
  deadline?: string;
  /** The condition as stated, or undefined. */
  condition?: string;
  /**
   * The language of `deadline` and `condition` when it is not the page's ('en': the Spanish reading differs, so the
   * English words stand in), for their `lang` attribute; undefined when it is the page's.
   */
  statedLang?: Lang;
  /**
   * The status as of the status date, without it ("past its deadline, no follow-up"): every action of a page shares
   * that date, so the page states it once, above its list (issue 22, part 3).
   */
  status: string;
  /** The item's page in the page's language (its permanent path). */
  href: string;
  /** "Item 2.d, 27 November 2017". */
  item: string;
  /** The anchor the page links to from the initiatives: `action-2017-11-27-2-d-1`. */
  target: string;
  /** Set on the action's first place on the page (its first actor's group), where `target` leads. */
  anchor?: string;
}

/** The open actions of one actor, or of one initiative, with the page anchor of the group. */
export interface OpenActionGroup {
  /** Actor or initiative id. */
  id: string;
  /** Its name in the page's language. */
  name: string;
  /** The group's anchor on the page: `actor-iom`, `initiative-micic`. */
  anchor: string;
  /** Its open actions, oldest meeting first, in item order. */
  actions: OpenAction[];
}

/**
 * A record as a page lists it, in the page's language: the "Open actions" page, a meeting's actions page, an entity's
 * actions (src/lib/action-lists.ts).
 * @example openAction(archive, record, 'es').kind // 'se compromete'
 */
export function openAction(archive: Archive, record: ActionRecord, lang: Lang): OpenAction {
  const t = useTranslations(lang);
  const report = findReport(archive, lang, record.report);
  const stated = statedIn(record, lang);
  return {
    id: record.id,
    kind: kindText(record, lang),
    actors: record.actors.map((actor) => actor.name[lang]).join(', '),
    shared: record.actors.length > 1,
    words: wordsIn(record.subject.words, lang),
    wordsLang: record.subject.words[lang] === null ? 'en' : lang,
    ...(record.subject.initiatives.length > 0 ? { about: initiativeNames(archive, record, lang) } : {}),
    ...(record.deadline ? { deadline: wordsIn(record.deadline.stated, lang) } : {}),
    ...(record.condition ? { condition: wordsIn(record.condition.stated, lang) } : {}),
    ...(stated !== lang ? { statedLang: stated } : {}),
    status: t(`actions.state.${record.status.state}`),
    href: pagePath(lang, itemPath(record.report, record.number)),
    item: t('actions.item', { number: record.number, date: formatDate(report?.data.date ?? record.report, lang) }),
    target: `action-${record.id.replace(/[/.]/g, '-')}`,
  };
}

/** An action and the group (actor or initiative) it is listed in. */
type GroupEntry = [id: string, name: string, action: OpenAction];

/** Groups of actions by a key, sorted by name in the page's language. */
function grouped(entries: GroupEntry[], prefix: string, lang: Lang): OpenActionGroup[] {
  const groups = new Map<string, OpenActionGroup>();
  for (const [id, name, action] of entries) {
    const group = groups.get(id) ?? { id, name, anchor: `${prefix}-${id}`, actions: [] };
    group.actions.push(action);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
}

/**
 * The actions not followed up (open, or past their deadline without a follow-up) as of the records' status date, for
 * the "Open actions" page: grouped by actor (an action of two actors is in both groups) and by initiative, each
 * sorted by name in the page's language.
 * @example openActionGroups(archive, records, 'en').byActor[0]
 * // { id: 'iom', name: '… (IOM)', anchor: 'actor-iom', actions: [{ kind: 'commits', … }] }
 */
export function openActionGroups(
  archive: Archive,
  records: ActionRecord[],
  lang: Lang,
): { byActor: OpenActionGroup[]; byInitiative: OpenActionGroup[] } {
  const open = records.filter((record) => record.status.state !== 'followed-up');
  const actorEntries = open.flatMap((record) =>
    record.actors.map((actor, index): GroupEntry => {
      const action = openAction(archive, record, lang);
      return [actor.id, actor.name[lang], index === 0 ? { ...action, anchor: action.target } : action];
    }),
  );
  const initiativeName = (id: string) => archive.initiatives.get(id)?.name[lang] ?? id;
  const initiativeEntries = open.flatMap((record) =>
    record.subject.initiatives.map((id): GroupEntry => [id, initiativeName(id), openAction(archive, record, lang)]),
  );
  return {
    byActor: grouped(actorEntries, 'actor', lang),
    byInitiative: grouped(initiativeEntries, 'initiative', lang),
  };
}
