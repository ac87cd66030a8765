/**
 * The unit project's global setup: only the folder that holds every test's scratch files (`scratchDir`), removed
 * when the run ends. It never builds the site; tests/global-setup.ts adds the build for the site and browser projects.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Makes the scratch folder, provides it as `scratch`, and returns the teardown that removes it. */
export default function setup(project: TestProject): () => void {
  // Inside the project: Astro writes a build's server chunks beside its output only when the output is under
  // the working directory, and otherwise into the project's one `.astro/` folder (`getOutDirWithinCwd` in
  // astro/dist/core/build/common.js), where the builds that test files run at once would overwrite each other's.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'archive-tests-'));
  project.provide('scratch', scratch);
  // One id per test run, inherited by the test workers, for the build log (tests/build-log.ts).
  process.env['ARCHIVE_TEST_RUN'] ??= String(process.pid);
  return () => rmSync(scratch, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder under which tests make their scratch folders (`scratchDir`). */
    scratch: string;
  }
}
