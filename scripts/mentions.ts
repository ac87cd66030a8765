/**
 * `npm run mentions`: prints, for every item of every report, the entities it
 * mentions. For authors checking aliases, and for reviewing a change to them.
 * Usage: node scripts/mentions.ts [report-id]
 */
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { runCli } from '../src/lib/cli.ts';

runCli(() => {
  const only = process.argv[2];
  const lines: string[] = [];
  for (const report of loadArchiveFromFiles().reports) {
    if (only && report.id !== only) continue;
    for (const item of report.items) {
      const { countries, organizations, initiatives } = item.mentions;
      lines.push(
        `${report.lang} ${report.id} ${item.number.padEnd(4)} ` +
          `countries=${countries.join(',')} organizations=${organizations.join(',')} ` +
          `initiatives=${initiatives.join(',')}`,
      );
    }
  }
  return lines.join('\n');
});
