/**
 * `npm run build`: checks the content, builds the site and its search index
 * into a fresh folder, and only then swaps it in as `dist/`. A failed build prints its problems
 * and leaves the previous `dist/` untouched, never half-written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { printWarnings, runCli } from '../src/lib/cli.ts';
import { writeSearchIndex } from '../src/lib/search-index.ts';

const DIST = 'dist';
const WORK = '.build';

runCli(async () => {
  const archive = loadArchiveFromFiles();
  printWarnings(archive.warnings);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const next = join(WORK, 'dist');

  // Astro runs as a child so its own output (and any failure) stays as Astro prints it.
  const astro = spawnSync('astro', ['build', '--outDir', next], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) throw new Error(`astro build failed (exit ${astro.status ?? astro.signal}); dist/ was left as it was`);
  const records = await writeSearchIndex(archive, next);

  if (existsSync(DIST)) renameSync(DIST, join(WORK, 'previous'));
  renameSync(next, DIST);
  rmSync(WORK, { recursive: true, force: true });
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return `built dist/: ${archive.reports.length} report texts, ${items} items, ${records} search records`;
});
