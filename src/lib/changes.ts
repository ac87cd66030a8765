/**
 * The declared URL changes of `content/changes.yaml`: published URLs that moved or were withdrawn. Read here, and
 * checked here against the reports the archive publishes (the permalink ledger, `permalinks.ts`, uses them too).
 */
import { join } from 'node:path';
import { type Change, changeSchema } from '../schemas/index.ts';
import type { Report } from './archive.ts';
import { defaultContentDir } from './content-dir.ts';
import { readYamlList, validateList } from './content-yaml.ts';
import { ContentError, type Problem } from './problems.ts';
import { itemPath, reportPath } from './urls.ts';

/**
 * The entries of `content/changes.yaml`, validated; `display` names the file in problems. A missing or invalid file
 * adds its problems to `problems` (nothing is thrown), and the valid entries are still returned.
 * Example: `validChanges('content', (path) => path, problems)` → `[{ id: 'reports/2017-11-27/items/7/c/', kind:
 * 'moved', to: 'reports/2017-11-27/items/7/b/', … }]`.
 */
export function validChanges(contentDir: string, display: (path: string) => string, problems: Problem[]): Change[] {
  return validateList(readYamlList(join(contentDir, 'changes.yaml'), display, problems), changeSchema, problems);
}

/**
 * The declared URL changes (`content/changes.yaml`), already validated by the check that runs before every build.
 * Example: `hostRules(readChanges())`. Throws a ContentError listing the problems when the file is missing or invalid.
 */
export function readChanges(contentDir: string = defaultContentDir()): Change[] {
  const problems: Problem[] = [];
  const changes = validChanges(contentDir, (path) => path, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return changes;
}

/**
 * What is wrong with the declared changes given the reports the archive publishes: a moved or withdrawn URL that is
 * still a report or item, or a change that points to a report or item that is not published. `rejected` holds the
 * `lang/id` keys of report files rejected earlier: a target in one of them is not known to be gone (that report's own
 * problems say what to fix). Never throws. Example: `changeProblems(archive.changes, archive.reports, new Set())` →
 * `[{ file: 'content/changes.yaml', where: 'reports/…/7/c/', message: 'is still published; …' }]`.
 */
export function changeProblems(
  changes: readonly Change[],
  reports: readonly Report[],
  rejected: ReadonlySet<string>,
): Problem[] {
  const published = new Set(
    reports.flatMap((report) => [
      reportPath(report.id),
      ...report.items.map((item) => itemPath(report.id, item.number)),
    ]),
  );
  const rejectedReports = [...rejected].map((key) => `reports/${key.slice(key.indexOf('/') + 1)}/`);
  return changes.flatMap((change): Problem[] => {
    const problems: Problem[] = [];
    if (published.has(change.id)) {
      problems.push({
        file: 'content/changes.yaml',
        where: change.id,
        message: `is still published; a ${change.kind} URL must no longer be a report or item`,
      });
    }
    const target = change.kind === 'moved' ? change.to : change.see;
    const inRejected = rejectedReports.some((prefix) => target?.startsWith(prefix));
    if (target !== undefined && !published.has(target) && target.startsWith('reports/') && !inRejected) {
      problems.push({
        file: 'content/changes.yaml',
        where: change.id,
        message: `points to ${target}, which is not a published report or item`,
      });
    }
    return problems;
  });
}
