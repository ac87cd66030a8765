/**
 * What became of an action, as of a date: followed up (a later item, published by then, declares it follows the
 * action up, or every action of its item), past its deadline without a follow-up, or open. A status means nothing
 * without its date, so every status carries the day it is computed for (ISO 8601 calendar date). Also: the likely
 * follow-ups nobody has declared yet, for `npm run actions -- --follow-ups`.
 */
import type { Lang } from '../schemas/index.ts';
import { intervalEnd } from './action-deadlines.ts';
import { type Action, MEMBER_COUNTRIES, twinKey } from './actions.ts';
import { type Archive, findReport, perArchive, type Report, type ReportItem, reportsIn } from './archive.ts';
import { initiativesOf, withAncestors } from './connections.ts';
import { followedUpBy, type ItemReference, referenceCovers } from './follow-ups.ts';

/** `open`: no follow-up and the deadline (if any) not passed; `followed-up`; `past-deadline`: passed, none. */
export type ActionState = 'open' | 'followed-up' | 'past-deadline';

/** An action's status on one day. */
export interface ActionStatus {
  /** The state. */
  state: ActionState;
  /** The day it is computed for, `YYYY-MM-DD`. */
  asOf: string;
  /** The items (published by `asOf`) that follow the action up, oldest first; empty unless `followed-up`. */
  followUps: ItemReference[];
}

/** The later items that declare a follow-up, with the reference they declare, by the `lang/report` it points to. */
const declarations = perArchive((archive) => {
  const index = new Map<string, { report: Report; item: ReportItem; reference: ItemReference }[]>();
  for (const report of archive.reports) {
    for (const item of report.items) {
      for (const reference of followedUpBy(item)) {
        const key = `${report.lang}/${reference.reportId}`;
        index.set(key, [...(index.get(key) ?? []), { report, item, reference }]);
      }
    }
  }
  return index;
});

/** The report of an action (its meeting). */
function meetingOf(archive: Archive, action: Action): Report {
  const report = findReport(archive, action.lang, action.reportId);
  if (report === undefined) throw new RangeError(`action of report ${action.reportId}: no such report in the archive`);
  return report;
}

/**
 * An action's place k in its item, from 1: the `k` of its id `report/number/k` in `/data/actions.json`, which counts
 * the English reading's actions. A Spanish action takes the place of its English twin (same `twinKey`, the n-th of
 * that key in the item), or its own place when the English item gives no such twin (a warned-about difference).
 * Throws a RangeError when the action is not one of its item's actions in the archive.
 * Example: the 2016-11-15 item 2 offer of Mexico, in either language → 3.
 */
export function actionPlace(archive: Archive, action: Action): number {
  const item = meetingOf(archive, action).items.find((each) => each.number === action.number);
  const own = item?.actions.indexOf(action) ?? -1;
  if (item === undefined || own < 0)
    throw new RangeError(`action of report ${action.reportId} item ${action.number}: not an action of that item`);
  if (action.lang === 'en') return own + 1;
  const key = twinKey(action);
  const nth = item.actions.slice(0, own).filter((each) => twinKey(each) === key).length;
  const english = findReport(archive, 'en', action.reportId)?.items.find((each) => each.number === action.number);
  const places = (english?.actions ?? []).flatMap((each, index) => (twinKey(each) === key ? [index + 1] : []));
  return places[nth] ?? own + 1;
}

/**
 * The action at place `k` (from 1) of an item, counted as `actionPlace` counts: in the English reading. The inverse
 * of `actionPlace` for English actions; undefined when the report, item or place is not in the archive.
 * Example: `actionAt(archive, '2016-11-15', '2', 3)` → the offer of Mexico in item 2.
 */
export function actionAt(archive: Archive, reportId: string, number: string, k: number): Action | undefined {
  return findReport(archive, 'en', reportId)?.items.find((each) => each.number === number)?.actions[k - 1];
}

/**
 * The status of an action on a day. Throws a RangeError when `asOf` is not a `YYYY-MM-DD` calendar day, or is
 * before the action's meeting (the action did not exist yet), or the action's report is not in the archive.
 * Example: the 2016-11-15 item 5 offer of IOM, as of `2017-11-27` → `{ state: 'followed-up', asOf: '2017-11-27',
 * followUps: [{ reportId: '2017-11-27', number: '5' }] }`; as of `2017-01-01` → `{ state: 'open', … }`.
 */
export function actionStatus(action: Action, asOf: string, archive: Archive): ActionStatus {
  if (!isCalendarDay(asOf)) throw new RangeError(`status date "${asOf}" is not a calendar day written YYYY-MM-DD`);
  const meeting = meetingOf(archive, action);
  if (asOf < meeting.data.date)
    throw new RangeError(`status date ${asOf} is before the action's meeting (${meeting.data.date})`);
  return statusOn(asOf, statusFacts(archive, action));
}

/** What an action's status on any day follows from: the follow-ups declared for it, oldest first, and its deadline. */
interface StatusFacts {
  followUps: { date: string; reference: ItemReference }[];
  deadline?: string;
}

/** The follow-ups (with their meeting's date) and the deadline of an action, looked up once for all its days. */
function statusFacts(archive: Archive, action: Action): StatusFacts {
  const place = actionPlace(archive, action);
  const followUps = (declarations(archive).get(`${action.lang}/${action.reportId}`) ?? [])
    .filter(({ reference }) => referenceCovers(reference, action, place))
    .map(({ report, item }) => ({ date: report.data.date, reference: { reportId: report.id, number: item.number } }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const deadline = action.deadline ? intervalEnd(action.deadline.interval) : undefined;
  return deadline === undefined ? { followUps } : { followUps, deadline };
}

/** The status on `asOf` that `facts` give: followed up by the items published by then, else past deadline or open. */
function statusOn(asOf: string, facts: StatusFacts): ActionStatus {
  const followUps = facts.followUps.filter(({ date }) => date <= asOf).map(({ reference }) => reference);
  if (followUps.length > 0) return { state: 'followed-up', asOf, followUps };
  return { state: facts.deadline !== undefined && facts.deadline < asOf ? 'past-deadline' : 'open', asOf, followUps };
}

/** Whether a text is a real `YYYY-MM-DD` day (2017-02-30 is not). */
function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * An action's status as of each later meeting of its language, and as of `today` (the build date) when that is
 * later still: the days a report page and the open-actions page show it for.
 * Example: `statusTimeline(action2016, archive, '2026-11-30')` → statuses as of `2017-11-27` and `2026-11-30`.
 */
export function statusTimeline(action: Action, archive: Archive, today: string): ActionStatus[] {
  if (!isCalendarDay(today)) throw new RangeError(`status date "${today}" is not a calendar day written YYYY-MM-DD`);
  const meeting = meetingOf(archive, action).data.date;
  const days = reportsIn(archive, action.lang)
    .map((report) => report.data.date)
    .filter((date) => date > meeting);
  if (today > meeting && !days.includes(today)) days.push(today);
  // The facts are looked up once: a status per later meeting, each looking them up again, made a 1,000-report build
  // spend minutes here (every action's history on its report's actions page).
  const facts = statusFacts(archive, action);
  return [...new Set(days)].sort().map((day) => statusOn(day, facts));
}

/** The latest meeting date of reports. */
function later(reports: readonly Report[]): string[] {
  return reports.map((report) => report.data.date).sort();
}

/** A likely follow-up nobody has declared: an action, and a later item about the same actor and initiative. */
export interface FollowUpSuggestion {
  /** The earlier action. */
  action: Action;
  /** The later item that names one of its actors and shares an initiative (counting broader ones). */
  item: ItemReference;
}

/**
 * Later items that name an action's actor and share an initiative with it (counting the initiatives they belong to:
 * a MICIC workshop and a MICIC course share MICIC), where the later item does not already declare the follow-up.
 * Actions already followed up are left out. Suggestions only: nothing is written. Member Countries and the network
 * are not matched (every item is theirs).
 * Example: with the seeds' `followsUp` removed, the 2016-11-15 item 5 offer of IOM → 2017-11-27 item 5.
 */
export function suggestFollowUps(archive: Archive, lang: Lang): FollowUpSuggestion[] {
  const suggestions: FollowUpSuggestion[] = [];
  const reports = reportsIn(archive, lang);
  for (const [index, report] of reports.entries()) {
    for (const action of report.items.flatMap((item) => item.actions)) {
      if (actionStatus(action, later(reports).at(-1) ?? report.data.date, archive).state === 'followed-up') continue;
      const place = actionPlace(archive, action);
      const actors = action.actors.filter((id) => id !== MEMBER_COUNTRIES && id !== report.data.network.id);
      const about = new Set(action.subject.initiatives.flatMap((id) => withAncestors(archive, id)));
      for (const later of reports.slice(index + 1)) {
        if (later.data.date <= report.data.date) continue;
        for (const item of later.items) {
          const named = [...item.mentions.countries, ...item.mentions.organizations];
          if (!actors.some((id) => named.includes(id))) continue;
          if (!initiativesOf(archive, item).some((id) => about.has(id))) continue;
          const declared = followedUpBy(item).some((target) => referenceCovers(target, action, place));
          if (!declared) suggestions.push({ action, item: { reportId: later.id, number: item.number } });
        }
      }
    }
  }
  return suggestions;
}
