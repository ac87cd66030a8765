/**
 * `npm run check`: validates all content (schemas, references, numbering,
 * language parity, entity corrections, and the ledger's report and item URLs)
 * and prints every problem as
 * `file:line: field: what is wrong`; on success, one summary line.
 * Usage: node scripts/check.ts [content-dir]
 */
import { join } from 'node:path';
import { CONTENT_DIR, loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { printWarnings, runCli } from '../src/lib/cli.ts';
import { contentLedgerProblems, readLedger } from '../src/lib/permalinks.ts';
import { ContentError } from '../src/lib/problems.ts';

runCli(() => {
  const archive = loadArchiveFromFiles(process.argv[2]);
  printWarnings(archive.warnings);
  const lost = contentLedgerProblems(archive, readLedger(join(process.argv[2] ?? CONTENT_DIR, 'permalinks.txt')));
  if (lost.length > 0) throw new ContentError(lost);
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return `content ok: ${archive.reports.length} report texts, ${items} items, ${archive.countries.size} countries, ${archive.organizations.size} organizations, ${archive.initiatives.size} initiatives`;
});
