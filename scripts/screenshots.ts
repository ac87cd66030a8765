/**
 * `npm run screenshots`: full-page screenshots of the main templates, in both
 * languages, at 320, 768 and 1280 px, from dist/ served locally, into
 * screenshots/ (not committed). For looking at the site as readers will.
 */
import { mkdirSync } from 'node:fs';
import { runCli } from '../src/lib/cli.ts';
import { launchChromium, serveDist } from '../src/lib/serve.ts';

const PAGES = [
  '',
  'reports/',
  'reports/2017-11-27/',
  'reports/2017-11-27/items/2/d/',
  'search/?q=joint+consulates',
  'initiatives/micic/',
  'countries/',
  'glossary/',
];

runCli(async () => {
  mkdirSync('screenshots', { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), serveDist()]);
  let count = 0;
  try {
    for (const width of [320, 768, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const lang of ['en', 'es']) {
        for (const path of PAGES) {
          await page.goto(`${server.origin}/${lang}/${path}`);
          await page.waitForLoadState('networkidle');
          const name = `${lang}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}.png`;
          await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
          count++;
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return `wrote ${count} screenshots to screenshots/`;
});
