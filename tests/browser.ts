/** Browser tests: Chromium and the static server over dist/, started once per test file. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
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

/**
 * A few pages of one browser context that concurrent tests (`it.concurrent`) take turns on: the checks of many pages
 * run side by side (on two cores, two to four at a time are faster than one; docs/testing.md, "Time") without a
 * context per page. A fresh context and page cost about 1.2 s before the first byte on this machine kind (a renderer
 * process each), a navigation in a page already open 0.16 s. `init` is a script every page runs before its own;
 * `context` the options of the context (e.g. `bypassCSP`); `uncached` turns Chromium's caches off (DevTools' "Disable
 * cache", memory cache included), so that each visit requests everything it loads, as a first visit does. Open in
 * `beforeAll`, closed in `afterAll` of the file that calls it.
 * Example: `const pool = pagePool(browser, 3, { init: axeSource }); it.concurrent.for(urls)('%s', (url) =>
 * pool.use((page) => page.goto(url)))`.
 */
export function pagePool(
  browser: () => Browser,
  size: number,
  options: { init?: string; context?: BrowserContextOptions; uncached?: boolean } = {},
): { use: <T>(work: (page: Page) => Promise<T>) => Promise<T> } {
  const free: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await browser().newContext(options.context);
    // Injected once for the context: every page it loads gets the script before its own, with no transfer per page.
    if (options.init) await context.addInitScript({ content: options.init });
    for (let n = 0; n < size; n++) {
      const page = await context.newPage();
      if (options.uncached) {
        const session = await context.newCDPSession(page);
        await session.send('Network.enable');
        await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      }
      free.push(page);
    }
  });
  afterAll(async () => {
    await context?.close();
  });
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else free.push(page);
  };
  return {
    use: async (work) => {
      const page = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
      try {
        return await work(page);
      } finally {
        release(page);
      }
    },
  };
}

/**
 * The sum of the layout shifts Chromium recorded since the page started loading (Layout Instability API): the page's
 * CLS, as long as it had no input. Example: `expect(await layoutShift(page)).toBe(0)`.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback; a frame later every one has been counted.
        requestAnimationFrame(() => setTimeout(() => resolve(sum), 100));
      }),
  );
}
