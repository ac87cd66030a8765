/**
 * Reproducible builds: two builds of the same sources produce a byte-identical
 * site (collections sorted, no build clock in any page). The first is the
 * suite's shared build of dist/ (tests/global-setup.ts), the second the one
 * this test makes, into a new folder, with the citation styles the first kept
 * in its cache folder (src/integrations/citation-workers.ts): a rebuild that
 * renders none of them must publish what a clean build does.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderingsCacheFile } from '../src/integrations/citation-workers.ts';
import { scratchDir as buildScratch } from '../src/integrations/archive.ts';
import { siteConfig } from '../src/integrations/site-config.ts';
import { actionsCalendarPath } from '../src/lib/urls.ts';
import { buildSite, defaultContentDir, requireBuild, scratchDir, SITE_DIR } from './helpers.ts';

/** Astro's cache folder for a build of the test content into `out`, as the build chooses it. */
function cacheFolder(out: string): string {
  return siteConfig({ content: defaultContentDir(), out }).cacheDir ?? 'node_modules/.astro';
}

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}

describe('reproducible builds', () => {
  requireBuild();
  const work = scratchDir('repro-');
  const out = join(work, 'site');
  let stderr = '';
  let stages: Record<string, number> = {};
  beforeAll(() => {
    const cache = renderingsCacheFile(cacheFolder(out));
    mkdirSync(join(cache, '..'), { recursive: true });
    copyFileSync(renderingsCacheFile(cacheFolder(SITE_DIR)), cache);
    const timings = join(work, 'timings.json');
    const run = buildSite(['--out', out], { ...process.env, BENCH_TIMINGS: timings });
    if (run.status !== 0) throw new Error(`the second build failed:\n${run.stderr}`);
    stderr = run.stderr;
    stages = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
  });

  it('the second build rendered no citation style: it took all of them from the first build', () => {
    expect(buildScratch(out)).not.toBe(buildScratch(SITE_DIR));
    expect(stages['citationsCached']).toBeGreaterThan(8);
    expect(stages['citationsRendered']).toBe(0);
  });

  it('a rebuild over the site is byte-identical too, and deletes the site before the last one', () => {
    const scratch = buildScratch(out);
    // What a crashed deletion would leave, and the site a rebuild keeps in the scratch folder (swapIn).
    mkdirSync(join(`${scratch}-old`, 'left-over'), { recursive: true });
    const run = buildSite(['--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(scratch)).toEqual(['previous']);
    expect(existsSync(`${scratch}-old`)).toBe(false);
    expect(fingerprint(join(scratch, 'previous'))).toEqual(fingerprint(out));
    expect(fingerprint(out)).toEqual(fingerprint(SITE_DIR));
  });

  it('the calendars of deadlines give every event the same UID in both builds (no duplicates for subscribers)', () => {
    const uids = (dir: string, lang: 'en' | 'es') =>
      new ICAL.Component(ICAL.parse(readFileSync(join(dir, actionsCalendarPath(lang)), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((event) => String(event.getFirstPropertyValue('uid')));
    for (const lang of ['en', 'es'] as const) {
      expect(uids(SITE_DIR, lang).length, lang).toBeGreaterThan(5);
      expect(uids(out, lang), lang).toEqual(uids(SITE_DIR, lang));
    }
  });

  it('two builds are byte-identical', () => {
    expect(stderr).not.toMatch(/error/i);
    const [first, second] = [SITE_DIR, out].map(fingerprint);
    // 301 files from the seed content (pages, search index, data): fewer means a partial build, nothing to compare.
    expect(Object.keys(first ?? {}).length).toBeGreaterThan(250);
    const differing = Object.keys({ ...first, ...second }).filter((name) => first?.[name] !== second?.[name]);
    expect(differing).toEqual([]);
  });
});
