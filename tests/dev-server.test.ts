/**
 * `npm run dev` serves every kind of page and file the build publishes (issue 19): pages of both languages, the
 * identifier pages of no language, the archived originals, the exports (data, feeds), and a search page that says it
 * needs a build. Files must be the bytes the build writes. Citation downloads are no files (the pages carry them as
 * `data:` links), so the paths they once had answer 404, as in the build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distFile, requireBuild } from './helpers.ts';

let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `astro dev` (as `npm run dev` does) and resolves once it answers. */
async function startDev(): Promise<void> {
  const port = await freePort();
  // On the Node running the tests (the project's own): the machine's `node` may be older than Astro needs.
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      // Without Vitest's variables: Astro serves no pages when it believes it runs under Vitest.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))) },
      stdio: 'ignore',
      detached: true,
    },
  );
  origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 240; tries++) {
    const ready = await fetch(`${origin}/en/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('astro dev did not answer within 60 s');
}

requireBuild();
beforeAll(startDev, 70_000);
afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

describe('npm run dev', () => {
  test.each(['/', '/en/reports/2017-11-27/', '/es/reports/2017-11-27/items/2/d/', '/en/countries/mexico/'])(
    'serves the page %s',
    async (path) => {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    },
  );

  test.each([
    '/sources/2016-11-15.en.txt',
    '/data/items.csv',
    '/data/items.json',
    '/data/reports.json',
    '/data/schema/items.v1.json',
    '/data/actions.json',
    '/data/actions.csv',
    '/data/actions.es.ics',
    '/en/feed.xml',
    '/es/feed.xml',
    '/robots.txt',
  ])('serves %s as the build writes it', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(distFile(path)))).toBe(true);
  });

  test('serves no citation file: each page carries its downloads, as the build writes them', async () => {
    for (const path of [
      '/en/reports/2017-11-27/cite.ris',
      '/es/reports/2016-11-15/items/5/cite.bib',
      '/en/reports/2017-11-27/items/2/d/cite.json',
    ])
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    const links = (html: string) => html.match(/<a href="data:[^"]*" type="[^"]*" download="[^"]*"/g);
    const dev = links(await (await fetch(`${origin}/en/reports/2017-11-27/items/2/d/`)).text());
    expect(dev).toHaveLength(3);
    expect(dev).toEqual(links(readFileSync(distFile('/en/reports/2017-11-27/items/2/d/'), 'utf8')));
  });

  test("leads identifiers to the page in the reader's language, as the hosts do", async () => {
    for (const [path, header, target] of [
      ['/id/2017-11-27/', 'en-US', '/en/reports/2017-11-27/'],
      ['/id/2017-11-27/2/d', 'es-MX,es;q=0.9', '/es/reports/2017-11-27/items/2/d/'],
    ] as const) {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'accept-language': header } });
      expect([path, response.status, response.headers.get('location')]).toEqual([path, 302, target]);
      expect((await fetch(`${origin}${target}`)).status).toBe(200);
    }
  });

  test('never serves the host files', async () => {
    for (const path of ['/_headers', '/_redirects', '/_nginx.conf']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });

  test('the search page says that search needs a build', async () => {
    const text = await (await fetch(`${origin}/en/search/?q=MICIC`)).text();
    // The script shows this text when Pagefind does not load on a page that loads Vite's client (only dev does).
    expect(text).toContain('data-unavailable-dev="Search needs a build');
    expect(text).toContain('src="/@vite/client"');
  });
});
