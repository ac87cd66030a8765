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
    expect(await tab.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/en/',
      '/es/',
    ]);
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

describe('language-neutral identifiers', () => {
  it("/id/2017-11-27/2/d/ reaches item 2.d in the reader's language, with or without JavaScript", async () => {
    for (const [locale, expected] of [
      ['es-GT', '/es/reports/2017-11-27/items/2/d/'],
      ['en-CA', '/en/reports/2017-11-27/items/2/d/'],
    ] as const)
      for (const javaScriptEnabled of [true, false]) {
        const context = await chromium().newContext({ locale, javaScriptEnabled });
        const tab = await context.newPage();
        await tab.goto(`${origin()}/id/2017-11-27/2/d/`);
        expect(new URL(tab.url()).pathname).toBe(expected);
        expect(await tab.locator('h1').innerText()).toBe(locale === 'es-GT' ? 'Punto 2.d' : 'Item 2.d');
        await context.close();
      }
  });
});

describe('copy buttons', () => {
  it('appear with JavaScript and copy the citation', async () => {
    const context = await chromium().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${origin()}/es/reports/2017-11-27/items/2/d/`);
    const button = tab.locator('section.cite button[data-copy="cite-text"]');
    await button.click();
    await expect
      .poll(() => tab.locator('section.cite button[data-copy="cite-text"] + [role=status]').innerText())
      .toBe('Cita copiada');
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await tab.locator('#cite-text').innerText());
    expect(copied).toMatch(
      /^Red de Funcionarios de Enlace para la Protección Consular, Conferencia Regional sobre Migración, .* punto 2\.d \(traducción no oficial del original en inglés\)\. https?:\/\/\S+\/es\/reports\/2017-11-27\/items\/2\/d\/ \(consultado el \d{1,2} de [a-z]+ de \d{4}\)$/,
    );
    await context.close();
  });
});
