/**
 * Follow-ups as data: a later item declares the earlier items it follows up (`<Item n="5"
 * followsUp="2016-11-15:5">`, docs/actions.md). This module reads those declarations and checks them (the target
 * exists and is earlier; both languages say the same); `src/lib/action-status.ts` computes what became of an action.
 */
import { LANGS } from '../schemas/index.ts';
import { compareReports, type Report } from './archive.ts';
import type { AttributeWord } from './items.ts';
import type { Problem } from './problems.ts';

/** An item an item follows up: its report (meeting) id and official number. */
export interface ItemReference {
  /** The report id: `2016-11-15`. */
  reportId: string;
  /** The item's official number: `5`, `2.c`. */
  number: string;
}

/** `report:number`: a report id (a date, perhaps with `-2`), a colon, an item number as written in `n="…"`. */
const REFERENCE = /^(?<reportId>\d{4}-\d{2}-\d{2}(?:-\d+)?):(?<number>[^\s:]+)$/;

/**
 * Reads a `followsUp` word, or undefined when it is not `report:number`.
 * Example: `parseItemReference('2016-11-15:5')` → `{ reportId: '2016-11-15', number: '5' }`;
 * `parseItemReference('2016-11-15/5')` → undefined.
 */
export function parseItemReference(value: string): ItemReference | undefined {
  const groups = REFERENCE.exec(value)?.groups;
  return groups?.['reportId'] && groups['number']
    ? { reportId: groups['reportId'], number: groups['number'] }
    : undefined;
}

/**
 * The earlier items an item declares it follows up; words that are not `report:number` are left out (the check
 * reports them). Example: for `<Item n="2.c" followsUp="2016-11-15:2">` → `[{ reportId: '2016-11-15', number: '2' }]`.
 * Never throws.
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
 * word that is not `report:number`, a report or item that does not exist (in the same language), a target that is
 * not earlier, and twins that declare different follow-ups (reported on every language after the first).
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
      for (const word of item.corrections.followsUp) {
        const message = targetProblem(word.value, report, byKey);
        if (message !== undefined) at(word, `followsUp: "${word.value}": ${message}`);
      }
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
  if (reference === undefined) return 'not written report:number, e.g. followsUp="2016-11-15:5"';
  const target = byKey.get(`${report.lang}/${reference.reportId}`);
  // A report that exists in another language only is the parity check's one problem (translation missing), not this.
  const elsewhere = [...byKey.keys()].some((key) => key.endsWith(`/${reference.reportId}`));
  if (target === undefined) return elsewhere ? undefined : `there is no report ${reference.reportId} in ${report.lang}`;
  if (!isEarlier(target, report))
    return `report ${target.id} is not earlier than this report (${report.id}); an item follows up only earlier items`;
  if (!target.items.some((item) => item.number === reference.number))
    return `report ${target.id} has no item ${reference.number}`;
  return undefined;
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
