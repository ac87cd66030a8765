/**
 * `npm run check`: validates all content and prints every problem as
 * `file:line: field: what is wrong`; on success, one summary line.
 * Usage: node scripts/check.ts [content-dir]
 */
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { printWarnings, runCli } from '../src/lib/cli.ts';

runCli(() => {
  const archive = loadArchiveFromFiles(process.argv[2]);
  printWarnings(archive.warnings);
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return `content ok: ${archive.reports.length} report texts, ${items} items, ${archive.countries.size} countries, ${archive.organizations.size} organizations, ${archive.initiatives.size} initiatives`;
});
