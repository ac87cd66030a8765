/**
 * "Copy citation" in a browser: in a secure context the clipboard receives the
 * citation with the access date in the page's language; where the Clipboard
 * API is missing (plain http:// under a name other than localhost) the text is
 * selected and a live region says how to copy it. The screen never shows a
 * print-only element; print shows the access date. A download link saves its
 * citation file under its name, byte for byte, without JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReport } from '../src/lib/archive.ts';
import { CITATION_FORMATS, citationOf, formatCitation } from '../src/lib/citation.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { contentArchive, normalise, page as builtPage, requireBuild, SITE_DIR, textOf } from './helpers.ts';

let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
requireBuild();
beforeAll(async () => {
  // archive.test resolves to the local server, but is not a secure context: navigator.clipboard is undefined there.
  [browser, server] = await Promise.all([
    launchChromium(['--host-resolver-rules=MAP archive.test 127.0.0.1']),
    serveDist(SITE_DIR),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ITEM = (lang: 'en' | 'es') => `/${lang}/reports/2017-11-27/items/2/d/`;
const DATE_LOCALE = { en: 'en-GB', es: 'es-ES' } as const;

/** "accessed 30 November 2026" / "consultado el 30 de noviembre de 2026", for today. */
function accessedToday(lang: 'en' | 'es'): string {
  const date = new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  return useTranslations(lang)('cite.accessed', { date });
}

async function open(url: string, options: { javaScriptEnabled?: boolean; clipboard?: boolean } = {}): Promise<Page> {
  if (!browser) throw new Error('browser not started');
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  if (options.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const port = () => new URL(server!.origin).port;

describe('copy citation', () => {
  for (const lang of ['en', 'es'] as const) {
    const t = useTranslations(lang);
    const expected = () => `${normalise(textOf(builtPage(ITEM(lang)), '#cite-text') ?? '')} (${accessedToday(lang)})`;

    it(`${lang}: without the Clipboard API the click selects the citation and says how to copy it`, async () => {
      const page = await open(`http://archive.test:${port()}${ITEM(lang)}`);
      expect(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard])).toEqual([
        false,
        'undefined',
      ]);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.click('section.cite button[data-copy="cite-text"]');
      expect(normalise(await page.evaluate(() => getSelection()?.toString() ?? ''))).toBe(expected());
      expect(await page.textContent('section.cite [role=status]')).toBe(t('cite.copyHelp'));
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${lang}: in a secure context the clipboard receives the citation with the access date`, async () => {
      const page = await open(`${server!.origin}${ITEM(lang)}`, { clipboard: true });
      await page.click('section.cite button[data-copy="cite-text"]');
      await expect.poll(() => page.textContent('section.cite [role=status]')).toBe(t('cite.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected());
      await page.click('section.cite details.cite__styles summary');
      await page.click('section.cite button[data-copy="cite-apa"]');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        normalise(textOf(builtPage(ITEM(lang)), '#cite-apa') ?? ''),
      );
      await page.context().close();
    });
  }
});

describe('print-only fields', () => {
  it('the screen never shows a print-only element, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      // One context per setting, its page visiting each URL in turn (a context costs about 1.2 s, a visit 0.16 s).
      const page = await open('about:blank', { javaScriptEnabled });
      for (const url of [ITEM('en'), ITEM('es'), '/en/reports/2017-11-27/']) {
        await page.goto(`${server!.origin}${url}`);
        const shown = await page.$$eval(
          '.print-only',
          (elements) => elements.filter((element) => element.getClientRects().length > 0).length,
        );
        expect(shown, `${url} js=${javaScriptEnabled}`).toBe(0);
        expect(
          await page.$$eval(
            '[data-accessed]',
            (slots) => slots.filter((slot) => slot.getClientRects().length > 0).length,
          ),
        ).toBe(0);
      }
      await page.context().close();
    }
  });

  it('print without JavaScript shows a labelled blank line for the access date', async () => {
    const page = await open(`${server!.origin}${ITEM('es')}`, { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('section.cite [data-accessed-blank]')).toBe(true);
    expect(await page.textContent('section.cite [data-accessed-blank]')).toContain(
      useTranslations('es')('cite.accessedLabel'),
    );
    await page.context().close();
  });

  it('print with JavaScript writes the access date into the citation', async () => {
    const page = await open(`${server!.origin}${ITEM('es')}`);
    expect(await page.$('[data-accessed-blank]')).toBeNull();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(normalise((await page.textContent('#cite-text')) ?? '')).toContain(`(${accessedToday('es')})`);
    expect(await page.isVisible('#cite-text [data-accessed]')).toBe(true);
    await page.context().close();
  });
});

describe('citation downloads', () => {
  const archive = contentArchive();
  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: each link saves its file, named after the item, byte for byte, without JavaScript`, async () => {
      const report = findReport(archive, lang, '2017-11-27')!;
      const citation = citationOf(
        archive,
        report,
        PREVIEW_ORIGIN,
        report.items.find((item) => item.number === '2.d'),
      );
      const page = await open(`${server!.origin}${ITEM(lang)}`, { javaScriptEnabled: false });
      for (const { format, extension, label } of CITATION_FORMATS) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click(`section.cite .cite__actions a:text-is("${label}")`),
        ]);
        expect(download.suggestedFilename()).toBe(`rcm-2017-11-27-item-2d-${lang}.${extension}`);
        expect(readFileSync(await download.path()).equals(Buffer.from(formatCitation(citation, format), 'utf8'))).toBe(
          true,
        );
      }
      await page.context().close();
    });
  }
});
