/**
 * What `npm run check` checks, in one pass over every file: the files and
 * their schemas, the archive built from them (numbering, mentions, parity,
 * URL changes) and the ledger's report and item URLs. No kind of problem
 * waits for another to be fixed first.
 */
import { join, relative } from 'node:path';
import type { Archive } from './archive.ts';
import { defaultContentDir } from './content-dir.ts';
import { inFileOrder, readArchive } from './content-files.ts';
import { contentLedgerProblems, readLedger } from './permalinks.ts';
import type { Problem } from './problems.ts';

/** The report id a report file's problem is about (`content/reports/en/2017-11-27.mdx` → `2017-11-27`), if any. */
function reportIdOf(problem: Problem): string | undefined {
  return /(?:^|\/)reports\/(?:en|es)\/([^/]+)\.mdx$/.exec(problem.file)?.[1];
}

/** Whether a ledger URL belongs to one of these reports (`/en/reports/ID/…`, `/id/ID/…`). */
function belongsTo(url: string, ids: ReadonlySet<string>): boolean {
  const id = /^\/(?:(?:en|es)\/reports|id)\/([^/]+)\//.exec(url)?.[1];
  return id !== undefined && ids.has(id);
}

/**
 * Every problem of the content folder at once, in file order, with the
 * archive (of the reports that passed) and its warnings. The ledger's URLs of
 * a report that has problems of its own are left out: until the report is
 * fixed its items are not known, and "translation missing" or a numbering
 * problem says what to do better than a wall of lost URLs.
 * Example: `checkContent('content').problems` → `[]`; for a report with a bad
 * date and another with a skipped letter, both problems.
 */
export function checkContent(
  contentDir: string = defaultContentDir(),
  root: string = process.cwd(),
): { archive: Archive; problems: Problem[]; warnings: Problem[] } {
  const { archive, problems } = readArchive(contentDir, root);
  const broken = new Set(problems.flatMap((problem) => reportIdOf(problem) ?? []));
  const ledgerFile = join(contentDir, 'permalinks.txt');
  const ledger = readLedger(ledgerFile).filter((url) => !belongsTo(url, broken));
  // Named as the other files are, relative to the root, so the problems of one folder read (and sort) together.
  const lost = contentLedgerProblems(archive, ledger).map((problem) => ({
    ...problem,
    file: relative(root, ledgerFile) || ledgerFile,
  }));
  return { archive, problems: inFileOrder([...problems, ...lost]), warnings: archive.warnings };
}
