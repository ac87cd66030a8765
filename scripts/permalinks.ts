/**
 * `npm run permalinks`: adds the URLs of the built site (dist/) that are not
 * in content/permalinks.txt yet. It never removes a URL. Commit the diff: it
 * is the list of addresses the archive promises to keep.
 */
import { existsSync } from 'node:fs';
import { runCli } from '../src/lib/cli.ts';
import { readLedger, siteUrls, unrecorded, writeLedger } from '../src/lib/permalinks.ts';

runCli(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const ledger = readLedger();
  const added = unrecorded(ledger, siteUrls('dist'));
  writeLedger([...ledger, ...added]);
  return added.length === 0
    ? 'content/permalinks.txt: nothing to add'
    : `content/permalinks.txt: added ${added.length} URL${added.length === 1 ? '' : 's'}:\n${added.map((url) => `  + ${url}`).join('\n')}`;
});
