/**
 * Counts the site builds a test run makes: every build the tests start (global setup, `buildSite`) appends one line
 * to `node_modules/.cache/archive-test-builds.log`, `<run> <time> <what>`, where `<run>` is the id of the Vitest
 * process (printed by the global setup). `grep -c "^$PID " node_modules/.cache/archive-test-builds.log` counts one run's builds; the suite's
 * promise is one shared build of dist/ plus the reproducibility test's second one (and builds with other settings).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The log file, under the project's cache folder. */
export const BUILD_LOG = join(process.cwd(), 'node_modules', '.cache', 'archive-test-builds.log');

/** Appends one line for a build about to start; `what` names its output and why (`dist/ (global setup)`). */
export function logBuild(what: string): void {
  mkdirSync(join(process.cwd(), 'node_modules', '.cache'), { recursive: true });
  // Set by the global setup in the Vitest main process; test workers inherit it.
  const run = process.env['ARCHIVE_TEST_RUN'] ?? String(process.pid);
  appendFileSync(BUILD_LOG, `${run} ${new Date().toISOString()} ${what}\n`);
}
