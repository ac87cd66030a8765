/**
 * `npm run check`: validates all content (schemas, references, numbering,
 * language parity, entity corrections, and the ledger's report and item URLs)
 * and prints every problem of every file at once as
 * `file:line:column: field: what is wrong`; on success, one summary line.
 * Usage: node scripts/check.ts [content-dir]
 */
import { checkContent } from '../src/lib/content-check.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { printWarnings, runCli } from '../src/lib/cli.ts';
import { ContentError } from '../src/lib/problems.ts';

runCli(() => {
  const { archive, problems, warnings } = checkContent(process.argv[2] ?? defaultContentDir());
  printWarnings(warnings);
  if (problems.length > 0) throw new ContentError(problems);
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return (
    `content ok: ${archive.reports.length} report texts, ${items} ` +
    `items, ${archive.countries.size} countries, ${archive.organizations.size} ` +
    `organizations, ${archive.initiatives.size} initiatives`
  );
});
