/**
 * The project's commands meet a mistyped option with one line and their usage, never a stack trace
 * (`commandLine` in src/lib/cli.ts), as they meet bad content.
 */
import { spawn } from 'node:child_process';
import { describe, it } from 'vitest';

const COMMANDS = ['actions', 'build', 'bench', 'import', 'preview'];

/** Runs a project script on this Node and gives its exit status and what it wrote to stderr. */
function script(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a command given an option it does not know', () => {
  // Side by side: each command spends seconds importing its modules before it reads its options.
  it.concurrent.for(COMMANDS)(
    'npm run %s says which option and how to call it, and exits 1',
    async (command, { expect }) => {
      const run = await script([`scripts/${command}.ts`, '--bogus-option']);
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const lines = run.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^error: Unknown option '--bogus-option'/);
      expect(lines[1]).toMatch(new RegExp(`^usage: npm run ${command} -- `));
      expect(lines).toHaveLength(2);
    },
  );

  it.concurrent('an option given without its value is named too', async ({ expect }) => {
    const run = await script(['scripts/preview.ts', '--port']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: Option '--port <value>' argument missing\nusage: npm run preview -- /);
  });
});
