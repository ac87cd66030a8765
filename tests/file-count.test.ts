/**
 * The site fits the common static hosts at archive scale (issue 23): the bench's synthetic archive
 * (bench/corpus.ts) is built at 50 and at 100 reports; at 100 the site must be within every host's caps
 * (`ARCHIVE_SCALE_LIMITS`: Cloudflare's free plan allows 20,000 files), and the line through both builds, carried to
 * 1,000 reports, within those of every host but Cloudflare's free plan (100,000 files, 1 GB). Each build's files and
 * bytes are counted from the folder, as a host counts an upload.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { ARCHIVE_SCALE_LIMITS, type HostLimit } from '../src/lib/hosting.ts';
import { buildSite, scratchDir } from './helpers.ts';

/** Files and apparent bytes of a built site: what a static host counts. */
interface SiteSize {
  files: number;
  bytes: number;
}

function siteSize(dir: string): SiteSize {
  const size = { files: 0, bytes: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    size.files++;
    size.bytes += stat.size;
  }
  return size;
}

/** Builds the bench's synthetic archive of `reports` reports and measures the site; throws with the build's output. */
function builtSize(reports: number): SiteSize {
  const content = scratchDir(`corpus-${reports}-`);
  generateCorpus(content, reports);
  const out = join(scratchDir(`site-${reports}-`), 'site');
  const run = buildSite(['--content', content, '--out', out]);
  if (run.status !== 0) throw new Error(`the build of ${reports} synthetic reports failed:\n${run.stderr}`);
  return siteSize(out);
}

/** The caps of `limits` that `size` is over, as readable lines (empty when it fits them all). */
function overLimits(size: SiteSize, limits: HostLimit[]): string[] {
  return limits.flatMap((limit) => [
    ...(limit.files !== undefined && size.files > limit.files
      ? [`${limit.host}: ${size.files} files, over its ${limit.files}`]
      : []),
    ...(limit.bytes !== undefined && size.bytes > limit.bytes
      ? [`${limit.host}: ${size.bytes} bytes, over its ${limit.bytes}`]
      : []),
  ]);
}

describe('the site at archive scale fits the static hosts', () => {
  let at50: SiteSize;
  let at100: SiteSize;
  beforeAll(() => {
    at50 = builtSize(50);
    at100 = builtSize(100);
  });

  it('at 100 reports, within every host’s caps (Cloudflare’s free plan: 20,000 files)', () => {
    expect(overLimits(at100, ARCHIVE_SCALE_LIMITS[100])).toEqual([]);
  });

  it('grows with the reports: each report adds files (the measure is not of an empty site)', () => {
    // Each synthetic report has 6–14 items in two languages: at least its report and item pages.
    expect((at100.files - at50.files) / 50).toBeGreaterThan(2 * 7);
  });

  it('carried to 1,000 reports, within every host’s caps but Cloudflare’s free plan (100,000 files, 1 GB)', () => {
    const perReport = { files: (at100.files - at50.files) / 50, bytes: (at100.bytes - at50.bytes) / 50 };
    const at1000 = {
      files: Math.round(at100.files + 900 * perReport.files),
      bytes: Math.round(at100.bytes + 900 * perReport.bytes),
    };
    expect(overLimits(at1000, ARCHIVE_SCALE_LIMITS[1000]), JSON.stringify({ at50, at100, perReport })).toEqual([]);
  });
});
