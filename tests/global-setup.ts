/**
 * Makes sure `dist/` is a build of the current sources before the tests that
 * read it run: builds when dist/ is missing or older than any source file, so
 * `npm test` never passes against a stale site. A failed build does not stop
 * the unit tests; it is handed to the site tests, which fail with its message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const SOURCES = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the site unless dist/ is already newer than every source, and makes
 * the folder that holds every test's scratch files, removed when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'archive-tests-'));
  project.provide('scratch', scratch);
  // A run over another build (ARCHIVE_SITE, the third-report test) reads the site its caller built and never builds.
  const site = process.env['ARCHIVE_SITE'];
  if (site !== undefined) {
    project.provide('buildError', existsSync(join(site, 'index.html')) ? '' : `ARCHIVE_SITE=${site} is not a built site`);
    return () => rmSync(scratch, { recursive: true, force: true });
  }
  const stamp = 'dist/index.html';
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.filter(existsSync).map(newest));
  let buildError = '';
  if (!fresh) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
    if (build.status !== 0) buildError = `npm run build failed:\n${build.stderr}`;
  }
  project.provide('buildError', buildError);
  return () => rmSync(scratch, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when dist/ is a fresh build; otherwise why the build failed. */
    buildError: string;
    /** The folder under which tests make their scratch folders (`scratchDir`). */
    scratch: string;
  }
}
