/**
 * The project's commands meet a mistyped option with one line and their usage, never a stack trace
 * (`commandLine` in src/lib/cli.ts), as they meet bad content.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const COMMANDS = ['actions', 'build', 'bench', 'import', 'preview'];

describe('a command given an option it does not know', () => {
  it.for(COMMANDS)('npm run %s says which option and how to call it, and exits 1', (command) => {
    const run = spawnSync(process.execPath, [`scripts/${command}.ts`, '--bogus-option'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: Unknown option '--bogus-option'/);
    expect(lines[1]).toMatch(new RegExp(`^usage: npm run ${command} -- `));
    expect(lines).toHaveLength(2);
  });

  it('an option given without its value is named too', () => {
    const run = spawnSync(process.execPath, ['scripts/preview.ts', '--port'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: Option '--port <value>' argument missing\nusage: npm run preview -- /);
  });
});
