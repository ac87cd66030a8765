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
import { basename, resolve } from 'node:path';
import { build } from 'astro';
import { scratchDir } from '../src/integrations/archive.ts';
import { siteConfig } from '../src/integrations/site-config.ts';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { loadSiteArchive, useContent } from '../src/lib/site-archive.ts';

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
  loadSiteArchive();
  try {
    await build({ ...config, configFile: false });
  } catch (error) {
    rmSync(scratchDir(values.out), { recursive: true, force: true });
    throw error;
  }
  const archive = loadSiteArchive();
  const items = archive.reports.reduce((sum, report) => sum + report.items.length, 0);
  return `built ${basename(values.out)}/: ${archive.reports.length} report texts, ${items} items`;
});
