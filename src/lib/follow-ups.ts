/**
 * Follow-ups as data: a later item declares the earlier actions it follows up, one action of an item
 * (`<Item n="5" followsUp="2016-11-15:5#1">`: its 1st action) or every action of it (`followsUp="2016-11-15:5"`),
 * docs/actions.md. This module reads those declarations, checks them (the target exists and is earlier; both
 * languages say the same) and says which actions a declaration covers (`referenceCovers`, the one place for that
 * rule); `src/lib/action-status.ts` computes what became of an action.
 */
import { LANGS } from '../schemas/index.ts';
import { compareReports, type Report, type ReportItem } from './archive.ts';
import { parseItemNumber } from './item-number.ts';
import type { AttributeWord } from './items.ts';
import type { Problem } from './problems.ts';

/** An item an item follows up: its report (meeting) id and official number, and perhaps one action of it. */
export interface ItemReference {
  /** The report id: `2016-11-15`. */
  reportId: string;
  /** The item's official number: `5`, `2.c`. */
  number: string;
  /**
   * The action's place k in the item, from 1, as in its id `report/number/k` in `/data/actions.json`; absent when
   * the reference is to every action of the item (`2016-11-15:2`).
   */
  action?: number;
}

/**
 * `report:number` or `report:number#k`: a report id (a date, perhaps with `-2`), a colon, an item number as written
 * in `n="…"`, and perhaps `#` and the action's place k (a whole number from 1, no leading zero).
 */
const REFERENCE = /^(?<reportId>\d{4}-\d{2}-\d{2}(?:-\d+)?):(?<number>[^\s:#]+)(?:#(?<action>[1-9]\d*))?$/;

/** How a `followsUp` word is written, for the check's messages. */
const WRITTEN = 'not written report:number or report:number#k, e.g. followsUp="2016-11-15:5" or "2016-11-15:2#3"';

/**
 * Reads a `followsUp` word, or undefined when it is neither `report:number` nor `report:number#k`.
 * Example: `parseItemReference('2016-11-15:5')` → `{ reportId: '2016-11-15', number: '5' }`;
 * `parseItemReference('2016-11-15:2#3')` → `{ reportId: '2016-11-15', number: '2', action: 3 }`;
 * `parseItemReference('2016-11-15/5')`, `'2016-11-15:2#0'`, `'2016-11-15:2#x'` → undefined. Never throws.
 */
export function parseItemReference(value: string): ItemReference | undefined {
  const groups = REFERENCE.exec(value)?.groups;
  if (!groups?.['reportId'] || !groups['number']) return undefined;
  const reference: ItemReference = { reportId: groups['reportId'], number: groups['number'] };
  return groups['action'] ? { ...reference, action: Number(groups['action']) } : reference;
}

/**
 * Whether a follow-up reference covers an action, given the action's report, item number and place k in its item
 * (its id `report/number/k`). `report:number#k` covers that one action; `report:number` covers every action of the
 * item and of its sub-items (`2016-11-15:5` covers the actions of 5 and of 5.a); the rule of docs/actions.md.
 * Example: `referenceCovers({ reportId: '2016-11-15', number: '2', action: 3 }, { reportId: '2016-11-15',
 * number: '2' }, 1)` → false; with place 3 → true; `referenceCovers({ reportId: '2016-11-15', number: '5' },
 * { reportId: '2016-11-15', number: '5.a' }, 2)` → true. Never throws.
 */
export function referenceCovers(
  reference: ItemReference,
  action: { reportId: string; number: string },
  place: number,
): boolean {
  if (reference.reportId !== action.reportId) return false;
  if (reference.action !== undefined) return reference.number === action.number && reference.action === place;
  if (reference.number === action.number) return true;
  const parsed = parseItemNumber(action.number);
  return parsed?.letter !== undefined && parsed.n === reference.number;
}

/**
 * The earlier items (or actions) an item declares it follows up; words that are neither `report:number` nor
 * `report:number#k` are left out (the check reports them). Example: for `<Item n="2.c" followsUp="2016-11-15:2#3">`
 * → `[{ reportId: '2016-11-15', number: '2', action: 3 }]`. Never throws.
 */
export function followedUpBy(item: { corrections: { followsUp: readonly AttributeWord[] } }): ItemReference[] {
  return item.corrections.followsUp.flatMap((word) => parseItemReference(word.value) ?? []);
}

/** Whether report `a` is earlier than report `b` in the archive's order (`compareReports`: date, then id). */
function isEarlier(a: Report, b: Report): boolean {
  return compareReports(a, b) < 0;
}

/**
 * Every problem with the `followsUp` declarations of these reports, each at the word's file, line and column: a
 * word that is not `report:number` or `report:number#k`, a report, item or action (`#k`) that does not exist (in the
 * same language), a target that is not earlier, and twins that declare different follow-ups (reported on every
 * language after the first). Example of a missing action: `followsUp="2016-11-15:5#3"` → `…: item 5: followsUp:
 * "2016-11-15:5#3": report 2016-11-15 item 5 has no action #3; it has 2 actions: #1 iom offers, #2 united-states
 * finances; write one of #1–#2, or drop "#3" to follow up every action of the item`.
 * Example: `followsUp="2018-06-01:2"` on a 2017 item →
 * `…/2017-11-27.mdx:40:13: item 5: followsUp: "2018-06-01:2": report 2018-06-01 is not earlier than this report
 * (2017-11-27); an item follows up only earlier items`. Never throws.
 */
export function followUpProblems(reports: readonly Report[]): Problem[] {
  const byKey = new Map(reports.map((report) => [`${report.lang}/${report.id}`, report]));
  const problems: Problem[] = [];
  for (const report of reports) {
    for (const item of report.items) {
      const at = (word: AttributeWord, message: string): void => {
        problems.push({
          file: report.file,
          line: word.line,
          column: word.column,
          where: `item ${item.number}`,
          message,
        });
      };
      item.corrections.followsUp.forEach((word, index) => {
        const message = targetProblem(word.value, report, byKey) ?? repeated(index, item.corrections.followsUp);
        if (message !== undefined) at(word, `followsUp: "${word.value}": ${message}`);
      });
      const twinMessage = twinProblem(report, item.number, byKey);
      const first = item.corrections.followsUp[0];
      if (twinMessage !== undefined)
        problems.push({
          file: report.file,
          line: first?.line ?? item.line,
          ...(first ? { column: first.column } : {}),
          where: `item ${item.number}`,
          message: twinMessage,
        });
    }
  }
  return problems;
}

/** What is wrong with one target, or undefined. */
function targetProblem(value: string, report: Report, byKey: ReadonlyMap<string, Report>): string | undefined {
  const reference = parseItemReference(value);
  if (reference === undefined) return WRITTEN;
  const target = byKey.get(`${report.lang}/${reference.reportId}`);
  // A report that exists in another language only is the parity check's one problem (translation missing), not this.
  const elsewhere = [...byKey.keys()].some((key) => key.endsWith(`/${reference.reportId}`));
  if (target === undefined) return elsewhere ? undefined : `there is no report ${reference.reportId} in ${report.lang}`;
  if (!isEarlier(target, report))
    return `report ${target.id} is not earlier than this report (${report.id}); an item follows up only earlier items`;
  const item = target.items.find((each) => each.number === reference.number);
  if (item === undefined) return `report ${target.id} has no item ${reference.number}`;
  if (reference.action !== undefined) return actionProblem(reference.action, target.id, item);
  const covered = target.items.some((each) =>
    each.actions.some((_action, k) => referenceCovers(reference, { reportId: target.id, number: each.number }, k + 1)),
  );
  const what = parseItemNumber(item.number)?.letter === undefined ? 'no actions, nor have its sub-items' : 'no actions';
  return covered
    ? undefined
    : `report ${target.id} item ${item.number} has ${what}: a follow-up covers actions; ` +
        'drop it (an item that only returns to an earlier subject needs no followsUp)';
}

/**
 * What is wrong with the word at `index` when another word of the same item covers it, in either order (the same word
 * again, or an item-wide `report:number` beside `report:number#k` or a sub-item `report:number.a`: the rule of
 * `referenceCovers`), or undefined. Of two equal words the later is reported. Example: `"2016-11-15:3#1"` beside
 * `"2016-11-15:3"` → `covered by "2016-11-15:3" in the same followsUp; drop it`.
 */
function repeated(index: number, words: readonly AttributeWord[]): string | undefined {
  const value = words[index]?.value ?? '';
  const reference = parseItemReference(value);
  if (reference === undefined) return undefined;
  const wider = words.find((word, at) => {
    if (at === index) return false;
    if (word.value === value) return at < index;
    const other = parseItemReference(word.value);
    const covered = { reportId: reference.reportId, number: reference.number };
    return other?.action === undefined && other !== undefined && referenceCovers(other, covered, reference.action ?? 1);
  });
  return wider === undefined ? undefined : `covered by "${wider.value}" in the same followsUp; drop it`;
}

/** What is wrong with `#k` on an item: no k-th action. The item's actions are listed so the writer can pick. */
function actionProblem(k: number, reportId: string, item: ReportItem): string | undefined {
  const count = item.actions.length;
  if (k <= count) return undefined;
  const listed = item.actions.map((action, index) => `#${index + 1} ${action.actors.join('+')} ${action.kind}`);
  const has =
    count === 0 ? 'it has no actions' : `it has ${count} action${count === 1 ? '' : 's'}: ${listed.join(', ')}`;
  // With no action of its own, dropping "#k" would name an item that covers nothing (unless its sub-items act; a
  // sub-item has none).
  const subItems = parseItemNumber(item.number)?.letter === undefined;
  const none = subItems
    ? `drop the word, or name an action of one of its sub-items (${reportId}:${item.number}.a#1)`
    : 'drop the word';
  const write = count === 0 ? none : `write one of #1–#${count}, or drop "#${k}" to follow up every action of the item`;
  return `report ${reportId} item ${item.number} has no action #${k}; ${has}; ${write}`;
}

/** Twins must declare the same follow-ups: each is compared with the English report, when there is one. */
function twinProblem(report: Report, number: string, byKey: ReadonlyMap<string, Report>): string | undefined {
  const first = byKey.get(`${LANGS[0]}/${report.id}`);
  if (first === undefined || first === report) return undefined;
  const words = (of: Report): string =>
    (of.items.find((item) => item.number === number)?.corrections.followsUp ?? []).map((word) => word.value).join(' ');
  const mine = words(report);
  const theirs = words(first);
  if (mine === theirs || !first.items.some((item) => item.number === number)) return undefined;
  const said = (value: string): string => (value === '' ? 'none' : `"${value}"`);
  return (
    `followsUp: this file declares ${said(mine)} and ${first.file} declares ${said(theirs)}; ` +
    'both languages must declare the same follow-ups'
  );
}
