/**
 * The global setup of the site and browser projects (the unit project has only tests/scratch-setup.ts). Makes sure
 * `dist/` and the shared variant (tests/variant.ts) are builds of the current sources before the tests that read them
 * run: builds each when it is missing or older than any source file, so `npm test` never passes against a stale
 * site. A failed build is handed to the tests that read it (`requireBuild`, `variantSite`), which fail with its
 * message. See docs/testing.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { logBuild } from './build-log.ts';
import { makeVariantContent, VARIANT_ORIGIN, VARIANT_SOURCES } from './variant.ts';
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
 * Builds dist/ and the shared variant unless each is already newer than every source, and makes the folder that
 * holds every test's scratch files, removed when the run ends.
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
    project.provide('variant', buildVariant(join(project.getProvidedContext().scratch, 'variant'), false));
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
  project.provide('variant', buildVariant(join(process.cwd(), 'node_modules', '.cache', 'archive-variant'), true));
  return teardown;
}

/**
 * Builds the shared variant site (tests/variant.ts) into `root` unless a build there is newer than every source.
 * `reuse` is false under ARCHIVE_SITE, where a run inside another run must not rebuild what the outer run reads.
 */
function buildVariant(root: string, reuse: boolean): { content: string; site: string; error: string; stderr: string } {
  const content = join(root, 'content');
  const site = join(root, 'site');
  const stamp = join(root, 'stderr.txt');
  const sources = [...SOURCES, ...VARIANT_SOURCES, defaultContentDir()].filter(existsSync);
  if (reuse && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...sources.map(newest)))
    return { content, site, error: '', stderr: readFileSync(join(root, 'stderr.txt'), 'utf8') };
  rmSync(root, { recursive: true, force: true });
  cpSync(defaultContentDir(), content, { recursive: true });
  makeVariantContent(content);
  logBuild(`${site} (global setup: the shared variant)`);
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', site], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_ORIGIN: VARIANT_ORIGIN, NO_COLOR: '1' },
  });
  writeFileSync(join(root, 'stderr.txt'), build.stderr);
  const error = build.status === 0 ? '' : `the shared variant build failed:\n${build.stderr}`;
  return { content, site, error, stderr: build.stderr };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when dist/ is a fresh build; otherwise why the build failed. */
    buildError: string;
    /** The shared variant build (tests/variant.ts): its content, its site, and why it failed ('' when it did not). */
    variant: { content: string; site: string; error: string; stderr: string };
  }
}
