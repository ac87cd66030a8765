/** The search page as a reader sees it: open a search URL in Chromium and read the hits once the count is announced. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

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
  await page.goto(`${origin}${path}`);
  const status = page.locator('.results [role=status]');
  await expect.poll(async () => status.innerText(), { timeout: 10_000 }).toMatch(/\d|No results|Sin resultados/);
  const hits = await page.locator('.results__list > li').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector('a') as HTMLAnchorElement).href).pathname,
      title: item.querySelector('h2')?.textContent ?? '',
      meta: item.querySelector('.result__meta')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.textContent ?? '',
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return { status: await status.innerText(), hits, page };
}

/** The paths of hits, in order. */
export const paths = (hits: Hit[]): string[] => hits.map((hit) => hit.path);
