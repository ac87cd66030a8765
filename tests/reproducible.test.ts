/**
 * Reproducible builds: two clean builds of the same sources produce a
 * byte-identical site (collections sorted, no build clock in any page). The
 * first is the suite's shared build of dist/ (tests/global-setup.ts), the
 * second the one this test makes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, requireBuild, scratchDir, SITE_DIR } from './helpers.ts';

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
  const out = join(scratchDir('repro-'), 'site');
  let stderr = '';
  beforeAll(() => {
    const run = buildSite(['--out', out]);
    if (run.status !== 0) throw new Error(`the second build failed:\n${run.stderr}`);
    stderr = run.stderr;
  });

  it('two clean builds are byte-identical', () => {
    expect(stderr).not.toMatch(/error/i);
    const [first, second] = [SITE_DIR, out].map(fingerprint);
    // 301 files from the seed content (pages, search index, data): fewer means a partial build, nothing to compare.
    expect(Object.keys(first ?? {}).length).toBeGreaterThan(250);
    const differing = Object.keys({ ...first, ...second }).filter((name) => first?.[name] !== second?.[name]);
    expect(differing).toEqual([]);
  });
});
