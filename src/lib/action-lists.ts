/**
 * The actions as a meeting's actions page and a country's or organization's page list them (issue 22, part 4): the
 * records of `src/lib/action-data.ts` (one per action, both languages' words, status as of the build's status date),
 * computed once per build, picked by report or by actor and written in the page's language. Why a page per meeting
 * and a fold on entity pages: docs/actions.md, "Actions on report and entity pages".
 */
import type { Lang } from '../schemas/index.ts';
import {
  type ActionRecord,
  actionRecords,
  type OpenAction,
  type OpenActionGroup,
  openAction,
  openActionGroups,
  statusDate,
} from './action-data.ts';
import { actionAt, type ActionStatus, statusTimeline } from './action-status.ts';
import { type Action, ASKED_KINDS } from './actions.ts';
import { type Archive, perArchive, reportsIn } from './archive.ts';
import { formatDays } from './dates.ts';
import { useTranslations } from './i18n.ts';
import { actionsPath, itemPath, pagePath } from './urls.ts';

/** A link to an item: its page, and what it says ("item 5", after its meeting's date). */
export interface ItemLink {
  /** The item's permanent page in the page's language. */
  href: string;
  /** The link's text. */
  label: string;
}

/**
 * What became of an action at later meetings (issue 22, part 3: status as of each later meeting), compactly: a run
 * of meetings at which it stayed open (or past its deadline) is one step; a meeting whose items followed it up is
 * one step, with those items; the meetings after a follow-up that add none are left out (followed up stays so).
 */
export interface StatusStep {
  /** The meeting, or the first and last meeting of the run: "27 November 2017", "15 May 2018–3 June 2019". */
  when: string;
  /** The state at those meetings, in the page's language: "open", "followed up". */
  state: string;
  /** The items of that meeting that followed it up, linked: empty unless the state is "followed up". */
  followUps: ItemLink[];
}

/** An action as a list shows it: the "Open actions" entry, and its status at each later meeting. */
export interface ListedAction extends OpenAction {
  /** Its status at the meetings after its own, up to the status date, oldest first (empty for the latest meeting's). */
  history: StatusStep[];
}

/**
 * How many actions of each list an entity page shows, newest meeting first; the rest are one link away (the "Open
 * actions" page filtered by the actor, the meetings' actions pages). An entry weighs 80–230 bytes gzip, so two full
 * lists keep an entity page at 1,000 reports within `PAGE_BUDGETS.report` (measured: docs/actions.md).
 */
export const ENTITY_ACTIONS_SHOWN = 5;

/** Every action record with the day its status is for, computed once per archive (and site). */
const recordsOf = perArchive(() => new Map<string, { asOf: string; records: ActionRecord[] }>());

/**
 * The action records of the archive (`actionRecords`) as of its status date (`statusDate`), computed once per build:
 * every meeting's and entity's page reads them. Throws as `statusDate` does on a bad `SOURCE_DATE_EPOCH`.
 * @example archiveActions(archive, 'https://example.org').asOf // '2026-11-30'
 */
export function archiveActions(archive: Archive, site: string): { asOf: string; records: ActionRecord[] } {
  const cache = recordsOf(archive);
  let entry = cache.get(site);
  if (entry === undefined) {
    const asOf = statusDate(archive);
    entry = { asOf, records: actionRecords(archive, site, asOf) };
    cache.set(site, entry);
  }
  return entry;
}

/** A step of an action's history before it is put in words: its first (and last) meeting and the status there. */
interface Step {
  from: string;
  to?: string;
  status: ActionStatus;
}

/** The dates of the archive's meetings, and each record's steps once computed (both languages show the same). */
const stepsIndex = perArchive((archive) => ({
  meetings: new Set(reportsIn(archive, 'en').map((report) => report.data.date)),
  byRecord: new Map<string, Step[]>(),
}));

/** An action's statuses at each later meeting up to the status date, as steps (`StatusStep`, not yet in words). */
function steps(archive: Archive, record: ActionRecord): Step[] {
  const { meetings, byRecord } = stepsIndex(archive);
  const key = `${record.id}@${record.status.asOf}`;
  let result = byRecord.get(key);
  if (result === undefined) {
    result = timelineSteps(archive, record, meetings);
    byRecord.set(key, result);
  }
  return result;
}

/** The steps of a record's action (its place in its English item is the `k` of its id `report/number/k`). */
function timelineSteps(archive: Archive, record: ActionRecord, meetings: Set<string>): Step[] {
  const action = actionAt(archive, record.report, record.number, Number(record.id.split('/').at(-1)));
  if (action === undefined) return [];
  const result: Step[] = [];
  let seen = 0;
  for (const status of statusTimeline(action, archive, record.status.asOf)) {
    // The timeline ends with the status date itself: that status is the entry's own, shown apart.
    if (!meetings.has(status.asOf)) continue;
    const last = result.at(-1);
    if (status.state === 'followed-up') {
      // Follow-ups come oldest first: those beyond the ones already shown are this meeting's.
      const fresh = status.followUps.slice(seen);
      if (fresh.length > 0) result.push({ from: status.asOf, status: { ...status, followUps: fresh } });
      seen = status.followUps.length;
    } else if (last?.status.state === status.state) last.to = status.asOf;
    else result.push({ from: status.asOf, status });
  }
  return result;
}

/** A record's status at each later meeting, in a language (`StatusStep`). */
function history(archive: Archive, record: ActionRecord, lang: Lang): StatusStep[] {
  const t = useTranslations(lang);
  return steps(archive, record).map(({ from, to, status }) => ({
    when: formatDays(from, to, lang),
    state: t(`actions.state.${status.state}`),
    followUps: status.followUps.map(({ reportId, number }) => ({
      href: pagePath(lang, itemPath(reportId, number)),
      label: t('actions.stepItem', { number }),
    })),
  }));
}

/** A record as listed: its "Open actions" entry (or `entry`, the same with its anchor) and its later statuses. */
function listed(archive: Archive, record: ActionRecord, lang: Lang, entry?: OpenAction): ListedAction {
  return { ...(entry ?? openAction(archive, record, lang)), history: history(archive, record, lang) };
}

/**
 * The actions a meeting agreed, in item order (an item's actions in the order its text gives them), in a language.
 * Empty when the meeting agreed none, or is not in the archive.
 * @example reportActions(archive, 'https://example.org', '2016-11-15', 'en')[0]
 * // { id: '2016-11-15/2/1', actors: 'Honduras, Mexico', kind: 'offers to host',
 * //   href: '/en/reports/2016-11-15/items/2/', … }
 */
export function reportActions(archive: Archive, site: string, reportId: string, lang: Lang): ListedAction[] {
  return archiveActions(archive, site)
    .records.filter((record) => record.report === reportId)
    .map((record) => listed(archive, record, lang))
    .map((action) => ({ ...action, anchor: action.target }));
}

/** A group of the "Open actions" page (an actor's or an initiative's), its entries as lists show them. */
export interface ListedGroup extends Omit<OpenActionGroup, 'actions'> {
  /** Its open actions, oldest meeting first, in item order. */
  actions: ListedAction[];
}

/**
 * The "Open actions" page's groups (`openActionGroups`: the actions not followed up as of the status date, by actor
 * and by initiative), each actor's entries as `ActionList` writes them; with the status date. Throws as `statusDate`
 * does.
 * @example openActionLists(archive, site, 'en').byActor[0]?.actions[0]?.anchor // 'action-2016-11-15-6-1'
 */
export function openActionLists(
  archive: Archive,
  site: string,
  lang: Lang,
): { asOf: string; byActor: ListedGroup[]; byInitiative: OpenActionGroup[] } {
  const { asOf, records } = archiveActions(archive, site);
  const byId = new Map(records.map((record) => [record.id, record]));
  const groups = openActionGroups(archive, records, lang);
  const lists = (group: OpenActionGroup): ListedGroup => ({
    ...group,
    actions: group.actions.map((entry) => listed(archive, byId.get(entry.id)!, lang, entry)),
  });
  return { asOf, byActor: groups.byActor.map(lists), byInitiative: groups.byInitiative };
}

/** One list of an entity's actions: the first `ENTITY_ACTIONS_SHOWN`, newest meeting first, and how many in all. */
export interface ActionFold {
  /** The actions shown. */
  shown: ListedAction[];
  /** How many there are in all. */
  total: number;
}

/** An entity's actions: what it was asked to do, what it offered or committed to, and where its open ones are. */
export interface EntityActions {
  /** The day every status is for, `YYYY-MM-DD` (`statusDate`). */
  asOf: string;
  /** Actions of `ASKED_KINDS` with the entity among the actors. */
  asked: ActionFold;
  /** Its other actions: offers and commitments. */
  offered: ActionFold;
  /** The "Open actions" page at the entity's group (`#actor-{id}`), when it has open actions; else undefined. */
  openHref?: string;
}

/** Records newest meeting first, each meeting's in item order (records come oldest meeting first). */
function newestFirst(records: ActionRecord[]): ActionRecord[] {
  const meetings = [...new Set(records.map((record) => record.report))].reverse();
  return meetings.flatMap((reportId) => records.filter((record) => record.report === reportId));
}

/**
 * What a country or organization was asked to do and what it offered or committed to: the actions that name it
 * among their actors (not those of "RCM Member Countries" as a whole, which name no one country), each list newest
 * meeting first and folded at `ENTITY_ACTIONS_SHOWN`; with the "Open actions" page's anchor for its group
 * (`openActionGroups` names it `actor-{id}`) when it has actions not followed up.
 * @example entityActions(archive, site, 'iom', 'en').offered.total // 3
 */
export function entityActions(archive: Archive, site: string, actorId: string, lang: Lang): EntityActions {
  const { asOf, records } = archiveActions(archive, site);
  const mine = records.filter((record) => record.actors.some((actor) => actor.id === actorId));
  const fold = (records: ActionRecord[]): ActionFold => ({
    shown: newestFirst(records)
      .slice(0, ENTITY_ACTIONS_SHOWN)
      .map((record) => listed(archive, record, lang)),
    total: records.length,
  });
  const asked = (record: ActionRecord) => ASKED_KINDS.includes(record.kind as Action['kind']);
  const open = mine.some((record) => record.status.state !== 'followed-up');
  return {
    asOf,
    asked: fold(mine.filter(asked)),
    offered: fold(mine.filter((record) => !asked(record))),
    ...(open ? { openHref: `${pagePath(lang, actionsPath())}#actor-${actorId}` } : {}),
  };
}
