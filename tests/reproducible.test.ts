/**
 * Reproducible builds: two clean builds of the same sources produce a
 * byte-identical site (collections sorted, no build clock in any page).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers.ts';

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

describe('reproducible builds', { timeout: 180_000 }, () => {
  it('two clean builds are byte-identical', () => {
    const outs = [0, 1].map(() => join(scratchDir('repro-'), 'site'));
    for (const out of outs) {
      const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    const [first, second] = outs.map(fingerprint);
    expect(Object.keys(first ?? {}).length).toBeGreaterThan(400);
    const differing = Object.keys({ ...first, ...second }).filter((name) => first?.[name] !== second?.[name]);
    expect(differing).toEqual([]);
  });
});
