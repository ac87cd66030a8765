/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { PROJECTS } from './tests/projects.ts';

// Three projects that can run alone (`npx vitest run --project unit`); `npm test` runs all three.
// Only site and browser run the global setup's build: the unit project never builds.
export default getViteConfig({
  test: {
    environment: 'node',
    // Two test files at a time even on two cores (Vitest's default there is one): most files spend their time waiting
    // for a child process (a build, Chromium, LibreOffice, Java), which the other file's work fills (docs/testing.md,
    // "Time"). With more cores, Vitest's default (one fewer than the cores).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A test that needs longer is too big: split it (one page per test) rather than raise this.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Builds made by tests are previews (http://localhost:4321) unless a test sets an origin itself.
    env: { ARCHIVE_ORIGIN: '' },
    projects: [
      { extends: true, test: { name: 'unit', include: PROJECTS.unit, globalSetup: ['tests/scratch-setup.ts'] } },
      // Tests of the built site read dist/; the setup builds it first when it is missing or older than the sources.
      { extends: true, test: { name: 'site', include: PROJECTS.site, globalSetup: ['tests/global-setup.ts'] } },
      { extends: true, test: { name: 'browser', include: PROJECTS.browser, globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
