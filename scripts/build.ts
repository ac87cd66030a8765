/**
 * `npm run build`: one `astro build`, in this process, with the site's configuration (src/integrations/site-config.ts,
 * as astro.config.mjs)
 * and the archive integration (src/integrations/archive.ts), which checks the content, writes the search
 * index and the exports, checks the permalink ledger and only then puts the new site in place. A failed
 * build prints its problems and leaves the previous `dist/` untouched, never half-written.
 * Usage: node scripts/build.ts [--content <dir>] [--out <dir>] [--astro-pages]
 * (`--astro-pages`: Astro renders item pages through their route, as `astro dev` does:
 * much slower at scale, for the test that compares both renderings.)
 */
import { rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { basename, resolve } from 'node:path';
import { build } from 'astro';
import { scratchDir } from '../src/integrations/archive.ts';
import { siteConfig } from '../src/integrations/site-config.ts';
import { statusDate } from '../src/lib/action-data.ts';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { archiveLoadMs, loadSiteArchive, useContent } from '../src/lib/site-archive.ts';

const { values } = commandLine(
  {
    options: {
      content: { type: 'string' },
      out: { type: 'string', default: 'dist' },
      'astro-pages': { type: 'boolean', default: false },
    },
  },
  'npm run build -- [--content <folder>] [--out <folder>] [--astro-pages]',
);

// V8 lets the heap grow to up to four times what a collection leaves alive (its factor for a program that allocates
// fast), and most of what the pages allocate is short-lived: the build at 1,000 reports peaked at 1.99 GiB. Grown by
// 30 % at most, it peaked at 1.18 GiB (1.4–1.5 GiB with the item page worker) in the same time (docs/performance.md,
// "Memory"). A factor, not a cap: a larger archive still gets the heap it needs, where --max-old-space-size would stop
// the build with "out of memory". Set here, before Astro starts, so the bench measures what `npm run build` runs.
setFlagsFromString('--heap-growing-percent=30');

// No usage report to Astro's servers from a build (the machines here have no network anyway).
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

runCli(async () => {
  const options = {
    // As for every script, ARCHIVE_CONTENT names another content folder when --content does not.
    content: resolve(values.content ?? defaultContentDir()),
    out: values.out,
    fastPages: !values['astro-pages'],
    // `npm run bench` names the file for the stage times.
    timings: process.env['BENCH_TIMINGS'],
  };
  // A bad origin, then content problems, are printed before Astro starts, by runCli alone; the integration
  // then finds the archive read.
  const config = siteConfig(options);
  useContent(options.content);
  const read = loadSiteArchive();
  // The day of every status, checked here once: a bad SOURCE_DATE_EPOCH would otherwise fail each page that shows one.
  statusDate(read);
  console.log(
    `  content read and checked: ${read.reports.length} report texts (${((archiveLoadMs() ?? 0) / 1000).toFixed(1)} s)`,
  );
  try {
    // Astro's own lines (one per page: 42,000 at 1,000 reports) would bury the build's; its warnings and errors stay.
    await build({ ...config, configFile: false, logLevel: 'warn' });
  } catch (error) {
    rmSync(scratchDir(values.out), { recursive: true, force: true });
    throw error;
  }
  const archive = loadSiteArchive();
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return `built ${basename(values.out)}/: ${archive.reports.length} report texts, ${items} items`;
});
