/** The search page as a reader sees it: open a search URL in Chromium and read the hits once the count is announced. */
import type { Browser, Page } from 'playwright-core';

/** One hit as the page shows it. */
export interface Hit {
  /** The path its link goes to. */
  path: string;
  /** Its heading. */
  title: string;
  /** Its kind, date and venue line. */
  meta: string;
  /** Its excerpt as text. */
  excerpt: string;
  /** The words marked in the excerpt. */
  marked: string[];
}

/**
 * Opens a search URL cold (a fresh context) and returns the status line, the hits and the page (close its context when
 * done with `page.context().close()`, or leave it to the browser's end).
 * Example: `const { hits } = await searchAt(browser(), origin(), '/en/search/?q=MICIC')`.
 */
export async function searchAt(
  browser: Browser,
  origin: string,
  path: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ status: string; hits: Hit[]; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { ...(await searchOn(page, origin, path)), page };
}

/**
 * Opens a search URL in a page already open (one of a `pagePool`: Pagefind's files come from its cache after the first
 * search) and returns the status line and the hits once the page has announced them.
 * Example: `const { hits } = await pool.use((page) => searchOn(page, origin(), '/en/search/?q=MICIC'))`.
 */
export async function searchOn(page: Page, origin: string, path: string): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${origin}${path}`);
  const status = page.locator('.results [role=status]');
  // Playwright's own wait, not expect.poll: this also runs in concurrent tests, where expect has no current test.
  await status.filter({ hasText: /\d|No results|Sin resultados/ }).waitFor({ timeout: 10_000 });
  return { status: await status.innerText(), hits: await listedHits(page) };
}

/**
 * Every hit of the search on `page`: presses "Show more results" until the page has listed them all (it lists ten at
 * a time, src/scripts/search.ts).
 */
export async function allHits(page: Page): Promise<Hit[]> {
  const more = page.locator('.results__more');
  while (await more.isVisible()) {
    const shown = await page.locator('.results__list > li').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('.results__list > li').length > count, shown);
  }
  return listedHits(page);
}

/** The hits the page lists now. */
async function listedHits(page: Page): Promise<Hit[]> {
  return page.locator('.results__list > li').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector('a') as HTMLAnchorElement).href).pathname,
      title: item.querySelector('h2')?.textContent ?? '',
      meta: item.querySelector('.result__meta')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.textContent ?? '',
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** The paths of hits, in order. */
export const paths = (hits: Hit[]): string[] => hits.map((hit) => hit.path);
