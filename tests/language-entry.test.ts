/**
 * `/` in a real browser: with JavaScript it follows the reader's language
 * (or the one they chose before); without JavaScript, or for a language the
 * archive does not have, it offers both as plain links.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { browser: chromium, origin } = useBrowser();

describe('language entry page', () => {
  for (const [locale, expected] of [
    ['es-HN', '/es/'],
    ['en-US', '/en/'],
  ] as const) {
    it(`a ${locale} browser is taken to ${expected}`, async () => {
      const context = await chromium().newContext({ locale });
      const tab = await context.newPage();
      await tab.goto(`${origin()}/`);
      await tab.waitForURL(`${origin()}${expected}`);
      expect(await tab.locator('html').getAttribute('lang')).toBe(expected.slice(1, 3));
      await context.close();
    });
  }

  it('a language the archive lacks stays on / with both choices', async () => {
    const context = await chromium().newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    await tab.goto(`${origin()}/`);
    await tab.waitForLoadState('load');
    expect(new URL(tab.url()).pathname).toBe('/');
    expect(await tab.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/en/', '/es/']);
    await context.close();
  });

  it('a choice made on / wins over the browser language next time', async () => {
    const context = await chromium().newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    await tab.goto(`${origin()}/`);
    await tab.getByRole('link', { name: /Español/ }).click();
    await tab.waitForURL(`${origin()}/es/`);
    await tab.goto(`${origin()}/`);
    await tab.waitForURL(`${origin()}/es/`);
    await context.close();
  });

  it('without JavaScript both links are there and nothing moves', async () => {
    const context = await chromium().newContext({ locale: 'es-HN', javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${origin()}/`);
    expect(new URL(tab.url()).pathname).toBe('/');
    await tab.getByRole('link', { name: /English/ }).click();
    await tab.waitForURL(`${origin()}/en/`);
    await context.close();
  });

  it('an unknown address gets the bilingual 404 page with status 404', async () => {
    const context = await chromium().newContext();
    const tab = await context.newPage();
    const response = await tab.goto(`${origin()}/es/reports/1999-01-01/`);
    expect(response?.status()).toBe(404);
    expect(await tab.locator('h1').innerText()).toContain('Página no encontrada');
    await context.close();
  });
});
