/**
 * `npm run screenshots`: full-page screenshots of one page of every template (src/lib/template-samples.ts), in both
 * languages, at 390 and 1280 px, light and dark, from dist/ served locally, into screenshots/ (not committed). For
 * looking at the site as readers will (issue 21, part 7).
 */
import { mkdirSync } from 'node:fs';
import { runCli } from '../src/lib/cli.ts';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { templatePages } from '../src/lib/template-samples.ts';

/** A phone's width (as issue 21 tests it) and a desktop's. */
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** The file name of a page's screenshot: `es-reports-2017-11-27-390-dark.png`. */
function fileName(path: string, width: number, scheme: string): string {
  const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
  return `${name}-${width}-${scheme}.png`;
}

runCli(async () => {
  mkdirSync('screenshots', { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), serveDist()]);
  let count = 0;
  try {
    for (const width of WIDTHS)
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        for (const path of templatePages()) {
          await page.goto(`${server.origin}${path}`);
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: `screenshots/${fileName(path, width, colorScheme)}`, fullPage: true });
          count++;
        }
        await page.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }
  return `wrote ${count} screenshots to screenshots/`;
});
