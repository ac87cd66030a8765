/** Browser tests: Chromium and the static server over dist/, started once per test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { requireBuild, SITE_DIR } from './helpers.ts';

/**
 * Starts Chromium and the static server once for a test file (after checking
 * the build succeeded) and stops both at the end.
 */
export function useBrowser(): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  requireBuild();
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveDist(SITE_DIR)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    origin: () => {
      if (!server) throw new Error('server not started');
      return server.origin;
    },
  };
}
