/**
 * Makes sure `dist/` is a build of the current sources before the tests that
 * read it run: builds when dist/ is missing or older than any source file, so
 * `npm test` never passes against a stale site. A failed build does not stop
 * the unit tests; it is handed to the site tests, which fail with its message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';

const SOURCES = [
  'content',
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'archive.config.yaml',
  'package.json',
  'package-lock.json',
];

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
  // Inside the project: Astro writes a build's server chunks beside its output only when the output is under
  // the working directory, and otherwise into the project's one `.astro/` folder (`getOutDirWithinCwd` in
  // astro/dist/core/build/common.js), where the builds that test files run at once would overwrite each other's.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'archive-tests-'));
  project.provide('scratch', scratch);
  // A run over another build (ARCHIVE_SITE, the third-report test) reads the site its caller built and never builds.
  const site = process.env['ARCHIVE_SITE'];
  if (site !== undefined) {
    project.provide(
      'buildError',
      existsSync(join(site, 'index.html')) ? '' : `ARCHIVE_SITE=${site} is not a built site`,
    );
    return () => rmSync(scratch, { recursive: true, force: true });
  }
  const stamp = 'dist/index.html';
  // A dist/ built with a production origin (npm run build after the origin is set) is rebuilt as a preview.
  const preview =
    existsSync('dist/robots.txt') && readFileSync('dist/robots.txt', 'utf8').includes(`${PREVIEW_ORIGIN}/`);
  const fresh =
    preview && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.filter(existsSync).map(newest));
  let buildError = '';
  if (!fresh) {
    // Always a preview, whatever origin archive.config.yaml sets: the tests read its URLs as http://localhost:4321.
    const build = spawnSync('npm', ['run', 'build', '--silent'], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ARCHIVE_ORIGIN: '' },
    });
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
