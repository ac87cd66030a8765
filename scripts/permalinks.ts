/**
 * `npm run permalinks`: adds the URLs of the built site (dist/) that are not
 * in content/permalinks.txt yet. It never removes a URL. Commit the diff: it
 * is the list of addresses the archive promises to keep.
 * Usage: node scripts/permalinks.ts [site-dir] (default dist/; the ledger is
 * the one of ARCHIVE_CONTENT when set, as for every script).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/lib/cli.ts';
import { ledgerFile, readLedger, siteUrls, unrecorded, writeLedger } from '../src/lib/permalinks.ts';
import { UserError } from '../src/lib/problems.ts';

runCli(() => {
  const site = process.argv[2] ?? 'dist';
  if (!existsSync(join(site, 'index.html'))) throw new UserError(`${site}/ is missing: run \`npm run build\` first`);
  const ledger = readLedger();
  const added = unrecorded(ledger, siteUrls(site));
  writeLedger([...ledger, ...added]);
  return added.length === 0
    ? `${ledgerFile()}: nothing to add`
    : `${ledgerFile()}: added ${added.length} ` +
        `URL${added.length === 1 ? '' : 's'}:\n${added.map((url) => `  + ${url}`).join('\n')}`;
});
