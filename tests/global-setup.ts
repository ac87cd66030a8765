/**
 * Makes sure `dist/` is a build of the current sources before the tests that
 * read it run: builds when dist/ is missing or older than any source file, so
 * `npm test` never passes against a stale site. A failed build does not stop
 * the unit tests; it is handed to the site tests, which fail with its message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';
import { logBuild } from './build-log.ts';
import scratchSetup from './scratch-setup.ts';

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
  // The site and browser projects both run this setup; the build is synchronous, so the second finds dist/ fresh.
  const teardown = scratchSetup(project);
  // A run over another build (ARCHIVE_SITE, the third-report test) reads the site its caller built and never builds.
  const site = process.env['ARCHIVE_SITE'];
  if (site !== undefined) {
    project.provide(
      'buildError',
      existsSync(join(site, 'index.html')) ? '' : `ARCHIVE_SITE=${site} is not a built site`,
    );
    return teardown;
  }
  const stamp = 'dist/index.html';
  // A dist/ built with a production origin (npm run build after the origin is set) is rebuilt as a preview.
  const preview =
    existsSync('dist/robots.txt') && readFileSync('dist/robots.txt', 'utf8').includes(`${PREVIEW_ORIGIN}/`);
  const fresh =
    preview && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.filter(existsSync).map(newest));
  let buildError = '';
  if (!fresh) {
    logBuild('dist/ (global setup)');
    // Always a preview, whatever origin archive.config.yaml sets: the tests read its URLs as http://localhost:4321.
    const build = spawnSync('npm', ['run', 'build', '--silent'], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ARCHIVE_ORIGIN: '' },
    });
    if (build.status !== 0) buildError = `npm run build failed:\n${build.stderr}`;
  }
  project.provide('buildError', buildError);
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when dist/ is a fresh build; otherwise why the build failed. */
    buildError: string;
  }
}
