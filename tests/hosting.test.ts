/**
 * The deployment, tested with real servers: Debian's nginx with the configuration the build writes
 * (`_nginx.conf`), and `npm run preview`'s server, which must answer alike. Over dist/ (the seed,
 * which declares no change) and over a build of a content copy that declares a moved and a withdrawn
 * item. Every ledger URL, every redirect, the headers, the 404 page, MIME types, and that the host
 * files are never served.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedger } from '../src/lib/permalinks.ts';
import { hostRules, identifierTarget, nginxConf, printedNumberTarget, readerLanguage } from '../src/lib/hosting.ts';
import { SECURITY_HEADERS } from '../src/lib/security.ts';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import { defaultContentDir, contentArchive, requireBuild, scratchDir, SITE_DIR, variantSite } from './helpers.ts';
import { nginxTest, serveWithNginx } from './nginx.ts';

type Served = { origin: string; close: () => Promise<void> };

/** The two servers under test: nginx with the generated file, and the preview's. */
const SERVERS: Record<string, (site: string, content: string) => Promise<Served>> = {
  nginx: (site) => serveWithNginx(site, scratchDir('nginx-')),
  preview: (site, content) => serveDist(site, { contentDir: content }),
};

function get(origin: string, path: string): Promise<Response> {
  return fetch(`${origin}${path}`, { redirect: 'manual' });
}

/** Maps one at a time: hundreds of requests at once would test the test machine's limits, not the host. */
async function inTurn<T, U>(values: readonly T[], map: (value: T) => Promise<U>): Promise<U[]> {
  const results: U[] = [];
  for (const value of values) results.push(await map(value));
  return results;
}

/** A server started once for a describe block. */
function useServer(start: () => Promise<Served>): () => string {
  let served: Served | undefined;
  beforeAll(async () => {
    served = await start();
  }, 60_000);
  afterAll(() => served?.close());
  return () => served?.origin ?? '';
}

function expectSecurityHeaders(response: Response, what: string): void {
  const sent = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]));
  expect(sent, what).toEqual(SECURITY_HEADERS);
}

/** Ledger URLs that are pages (`/…/`) as opposed to files and identifiers. */
const pages = (ledger: string[]) =>
  ledger.filter((url) => url.endsWith('/') && url !== '/' && identifierTarget(url, 'en') === undefined);

/** Ledger URLs that are language-neutral identifiers (`/id/…/`). */
const identifiers = (ledger: string[]) => ledger.filter((url) => identifierTarget(url, 'en') !== undefined);

/** A Spanish reader's browser, and one whose first language the archive does not have. */
const SPANISH_READER = 'es-419,es;q=0.9,en;q=0.8';

/** The answer to a request for an identifier: its status, where it leads, and its Vary header. */
async function identifierAnswer(origin: string, path: string, acceptLanguage?: string): Promise<unknown[]> {
  const response = await fetch(`${origin}${path}`, {
    redirect: 'manual',
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });
  expectSecurityHeaders(response, path);
  return [path, response.status, response.headers.get('location'), response.headers.get('vary')];
}

/** Every sub-item of the archive in both languages: the printed form and its address. */
function printedNumbers(): { printed: string; address: string }[] {
  return contentArchive().reports.flatMap((report) =>
    report.items
      .filter((item) => item.number.includes('.'))
      .map((item) => ({
        printed: pagePath(report.lang, `reports/${report.id}/items/${item.number}/`),
        address: pagePath(report.lang, itemPath(report.id, item.number)),
      })),
  );
}

describe('printed item numbers', () => {
  it('are read as the number as printed, and nothing else', () => {
    expect(printedNumberTarget('/en/reports/2017-11-27/items/2.d/')).toBe('/en/reports/2017-11-27/items/2/d/');
    expect(printedNumberTarget('/es/reports/2017-11-27-2/items/4-2.a')).toBe('/es/reports/2017-11-27-2/items/4-2/a/');
    for (const other of [
      '/en/reports/2017-11-27/items/2/d/',
      '/fr/reports/2017-11-27/items/2.d/',
      '/en/reports/2017-11-27/items/2.D/',
      '/en/reports/x/items/2.d/',
    ])
      expect(printedNumberTarget(other), other).toBeUndefined();
  });
});

describe('language-neutral identifiers', () => {
  it('are read in their three forms, with or without the final slash, and nothing else', () => {
    expect(identifierTarget('/id/2017-11-27/', 'en')).toBe('/en/reports/2017-11-27/');
    expect(identifierTarget('/id/2017-11-27-2/4-2', 'es')).toBe('/es/reports/2017-11-27-2/items/4-2/');
    expect(identifierTarget('/id/2017-11-27/2/d', 'es')).toBe('/es/reports/2017-11-27/items/2/d/');
    for (const other of [
      '/id/',
      '/id/x/',
      '/id/2017-11-27/2/D/',
      '/id/2017-11-27/2/d/e/',
      '/en/id/2017-11-27/',
      '/id/2017-11-27//',
    ])
      expect(identifierTarget(other, 'en'), other).toBeUndefined();
  });

  it("choose Spanish when the reader's languages name Spanish before English", () => {
    for (const header of ['es', 'ES-mx', 'es-419,es;q=0.9', 'fr-CA, es;q=0.8, en;q=0.5', 'pt,es-ES'])
      expect(readerLanguage(header), header).toBe('es');
    for (const header of [undefined, '', 'en', 'en-GB,es;q=0.9', 'fr', 'de, en-US, es', 'est', 'fr-ES', '*'])
      expect(readerLanguage(header), header).toBe('en');
  });
});

describe('the generated nginx configuration', () => {
  it('is accepted by nginx -t, and refuses a header value nginx would read as a variable', () => {
    const dir = scratchDir('nginx-t-');
    const include = join(dir, 'include.conf');
    writeFileSync(include, nginxConf(hostRules(contentArchive().changes)));
    writeFileSync(
      join(dir, 'main.conf'),
      `events {}\nhttp { server { listen 127.0.0.1:1; root ${dir}; include ${include}; } }\n`,
    );
    const checked = nginxTest(join(dir, 'main.conf'), dir);
    expect(checked.output).toMatch(/syntax is ok/);
    expect(checked.status).toBe(0);
    const rules = hostRules([]);
    expect(() => nginxConf({ ...rules, headers: { 'X-Test': 'a$b' } })).toThrow(
      /cannot send a header value holding "\$"/,
    );
  });
});

describe.each(Object.keys(SERVERS))('%s over dist/', { timeout: 60_000 }, (name) => {
  requireBuild();
  const origin = useServer(() => SERVERS[name]!(SITE_DIR, defaultContentDir()));
  const ledger = readLedger();

  it('answers 200 for every URL of the ledger but the identifiers (the seed declares no change)', async () => {
    expect(contentArchive().changes).toEqual([]);
    const statuses = await inTurn(
      ledger.filter((url) => identifierTarget(url, 'en') === undefined),
      async (url) => {
        const response = await get(origin(), url);
        await response.arrayBuffer();
        return [url, response.status] as const;
      },
    );
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    // The seed's pages and data files (its citation downloads are data: links on the pages, no URLs).
    expect(statuses.length).toBeGreaterThan(150);
  });

  it("leads every identifier of the ledger, with or without its slash, to its page in the reader's language", async () => {
    const ids = identifiers(ledger);
    expect(ids).toContain('/id/2017-11-27/2/d/');
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids)
      for (const path of [id, id.slice(0, -1)])
        for (const [header, lang] of [
          [undefined, 'en'],
          ['fr-FR', 'en'],
          [SPANISH_READER, 'es'],
        ] as const) {
          const target = identifierTarget(id, lang)!;
          expect(await identifierAnswer(origin(), path, header)).toEqual([path, 302, target, 'Accept-Language']);
          expect([target, (await get(origin(), target)).status]).toEqual([target, 200]);
        }
  });

  it('leads every page address without its slash to the slash form, keeping the query', async () => {
    const answers = await inTurn(pages(ledger), async (url) => {
      const response = await get(origin(), `${url.slice(0, -1)}?from=letter`);
      return [url, response.status, response.headers.get('location')] as const;
    });
    expect(answers.filter(([url, status, location]) => status !== 301 || location !== `${url}?from=letter`)).toEqual(
      [],
    );
  });

  it('leads every item number as printed to its address, in both languages, with or without the slash', async () => {
    const numbers = printedNumbers();
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers).toContainEqual({
      printed: '/es/reports/2017-11-27/items/2.d/',
      address: '/es/reports/2017-11-27/items/2/d/',
    });
    for (const { printed, address } of numbers)
      for (const path of [printed, printed.slice(0, -1)]) {
        const response = await get(origin(), path);
        expect([path, response.status, response.headers.get('location')]).toEqual([path, 301, address]);
      }
    expect((await get(origin(), '/en/reports/2017-11-27/items/99.z/')).status).toBe(404);
  });

  it('answers an unknown address 404 with the 404 page', async () => {
    const response = await get(origin(), '/en/reports/1900-01-01/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(SITE_DIR, '404.html'), 'utf8'));
    // A folder of the site without a page of its own is no address either: the same 404, never a server's own page.
    for (const folder of ['/en/reports/2017-11-27/items/', '/data/', '/id/', '/_astro/']) {
      const answer = await get(origin(), folder);
      expect(answer.status, folder).toBe(404);
      expect(await answer.text(), folder).toBe(readFileSync(join(SITE_DIR, '404.html'), 'utf8'));
    }
    // A malformed escape is the client's error, and the server goes on answering.
    expect((await get(origin(), '/en/%zz/')).status).toBe(400);
    expect((await get(origin(), '/en/')).status).toBe(200);
  });

  it('sends the security headers on a page, an asset, a redirect and a 404', async () => {
    const home = await get(origin(), '/en/');
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())?.[1] ?? '';
    expect(stylesheet).not.toBe('');
    for (const path of [
      '/en/',
      stylesheet,
      '/pagefind/pagefind.js',
      '/en/reports',
      '/en/reports/2017-11-27/items/2.d/',
      '/missing',
    ])
      expectSecurityHeaders(await get(origin(), path), path);
  });

  it('caches /_astro/ for good and /pagefind/ briefly, pages not at all', async () => {
    const asset = readdirSync(join(SITE_DIR, '_astro'))[0];
    expect((await get(origin(), `/_astro/${asset}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(origin(), '/pagefind/pagefind.js')).headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await get(origin(), '/en/')).headers.get('cache-control')).toBeNull();
  });

  it('sends every kind of file the site has with its MIME type, text as UTF-8', async () => {
    const expected: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.json': 'application/json; charset=utf-8',
      '.xml': 'application/xml; charset=utf-8',
      '.csv': 'text/csv; charset=utf-8',
      '.ics': 'text/calendar; charset=utf-8',
      '.txt': 'text/plain; charset=utf-8',
      '.svg': 'image/svg+xml; charset=utf-8',
      '.pagefind': 'application/octet-stream',
      '.pf_meta': 'application/octet-stream',
      '.pf_index': 'application/octet-stream',
      '.pf_filter': 'application/octet-stream',
      '.pf_fragment': 'application/octet-stream',
    };
    const oneOfEach = new Map<string, string>();
    for (const file of readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }))
      if (extname(file) && !file.startsWith('_') && !oneOfEach.has(extname(file)))
        oneOfEach.set(extname(file), `/${file}`);
    expect([...oneOfEach.keys()].filter((extension) => !(extension in expected))).toEqual([]);
    for (const [extension, path] of oneOfEach)
      expect([path, (await get(origin(), path)).headers.get('content-type')]).toEqual([path, expected[extension]]);
  });

  it('never serves the host files', async () => {
    for (const file of ['/_nginx.conf', '/_headers', '/_redirects']) {
      const response = await get(origin(), file);
      expect([file, response.status]).toEqual([file, 404]);
      expect(await response.text()).not.toMatch(/add_header|Content-Security-Policy:|301/);
    }
  });
});

describe('with a moved and a withdrawn item', () => {
  // The suite's shared variant build (tests/variant.ts) moves 2017 item 7.c to 7.b and withdraws item 9.
  const { content, site } = variantSite();
  const ledger = readLedger(join(content, 'permalinks.txt'));

  describe.each(Object.keys(SERVERS))('%s', (name) => {
    const origin = useServer(() => SERVERS[name]!(site, content));

    it('answers every ledger URL: 301 to the new address if moved, 410 if withdrawn, 200 otherwise', async () => {
      const moved = ['/en/reports/2017-11-27/items/7/c/', '/es/reports/2017-11-27/items/7/c/'];
      const withdrawn = ['/en/reports/2017-11-27/items/9/', '/es/reports/2017-11-27/items/9/'];
      const expected = (url: string): [number, string | null] => {
        const identified = identifierTarget(url, 'en');
        if (identified) return [302, identified];
        const from = moved.find((prefix) => url.startsWith(prefix));
        if (from) return [301, url.replace('/7/c/', '/7/b/')];
        return withdrawn.some((prefix) => url.startsWith(prefix)) ? [410, null] : [200, null];
      };
      const answers = await inTurn(ledger, async (url) => {
        const response = await get(origin(), url);
        await response.arrayBuffer();
        return { url, got: [response.status, response.headers.get('location')], want: expected(url) };
      });
      expect(answers.filter(({ got, want }) => got[0] !== want[0] || got[1] !== want[1])).toEqual([]);
      // The item's page in each language (its citation downloads are data: links on the page, no URLs of their own).
      expect(answers.filter(({ want }) => want[0] === 301).length).toBeGreaterThanOrEqual(2);
      expect(answers.filter(({ want }) => want[0] === 410).length).toBeGreaterThanOrEqual(2);
    });

    it("leads a moved or withdrawn item's identifier to its page, which then answers as the page does", async () => {
      const movedId = await identifierAnswer(origin(), '/id/2017-11-27/7/c/', SPANISH_READER);
      expect(movedId).toEqual(['/id/2017-11-27/7/c/', 302, '/es/reports/2017-11-27/items/7/c/', 'Accept-Language']);
      const moved = await get(origin(), '/es/reports/2017-11-27/items/7/c/');
      expect([moved.status, moved.headers.get('location')]).toEqual([301, '/es/reports/2017-11-27/items/7/b/']);
      const withdrawnId = await identifierAnswer(origin(), '/id/2017-11-27/9', SPANISH_READER);
      expect(withdrawnId).toEqual(['/id/2017-11-27/9', 302, '/es/reports/2017-11-27/items/9/', 'Accept-Language']);
      expect((await get(origin(), '/es/reports/2017-11-27/items/9/')).status).toBe(410);
    });

    it('leads a moved item without its slash, and printed, to its new address', async () => {
      const noSlash = await get(origin(), '/es/reports/2017-11-27/items/7/c');
      expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, '/es/reports/2017-11-27/items/7/b/']);
      const printed = await get(origin(), '/en/reports/2017-11-27/items/7.c/');
      expect([printed.status, printed.headers.get('location')]).toEqual([301, '/en/reports/2017-11-27/items/7/c/']);
      expectSecurityHeaders(noSlash, 'moved');
    });

    it('answers a withdrawn item 410 with its tombstone page, in its language', async () => {
      const response = await get(origin(), '/es/reports/2017-11-27/items/9/');
      expect(response.status).toBe(410);
      expectSecurityHeaders(response, 'withdrawn');
      expect(await response.text()).toBe(readFileSync(join(site, 'es/reports/2017-11-27/items/9/index.html'), 'utf8'));
      const noSlash = await get(origin(), '/en/reports/2017-11-27/items/9');
      expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, '/en/reports/2017-11-27/items/9/']);
    });
  });
});

describe('npm run preview', () => {
  requireBuild();

  it('prints its address and answers as real hosts do', async () => {
    const preview = spawn(process.execPath, ['scripts/preview.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        preview.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        preview.once('exit', (code) => reject(new Error(`preview exited ${code}`)));
      });
      const origin = /serving dist\/ at (http:\/\/localhost:\d+)\//.exec(line)?.[1];
      expect(origin, line).toBeDefined();
      const noSlash = await get(origin!, '/en/reports');
      expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, '/en/reports/']);
      expect((await get(origin!, '/en/reports/')).status).toBe(200);
      const missing = await get(origin!, '/en/nothing-here/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(join(SITE_DIR, '404.html'), 'utf8'));
    } finally {
      preview.kill();
    }
  });

  it('refuses a port that is not a number, saying how to fix it', () => {
    const run = spawnSync(process.execPath, ['scripts/preview.ts', '--port', 'eighty'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: --port eighty: must be a port number, e.g. --port 4321\n');
  });
});

describe('on a host that only serves files', { timeout: 60_000 }, () => {
  requireBuild();

  it("the 404 page leads an item number as printed to its address, and an identifier to the reader's page", async () => {
    // A plain static host: files, and 404.html for anything else; no rule of ours.
    const files = sirv(SITE_DIR, { dev: false });
    const notFound = readFileSync(join(SITE_DIR, '404.html'));
    const server = createServer((request, response) =>
      files(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(notFound);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/es/reports/2017-11-27/items/2.d`);
      await page.waitForURL(`${origin}/es/reports/2017-11-27/items/2/d/`);
      // An item that does not exist stays on the 404 page.
      const missing = await page.goto(`${origin}/en/reports/2017-11-27/items/99.z/`);
      expect(missing?.status()).toBe(404);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(`${origin}/en/reports/2017-11-27/items/99.z/`);
      for (const [locale, lang] of [
        ['es-GT', 'es'],
        ['fr-FR', 'en'],
      ] as const) {
        const reader = await browser.newPage({ locale });
        await reader.goto(`${origin}/id/2017-11-27/2/d`);
        await reader.waitForURL(`${origin}/${lang}/reports/2017-11-27/items/2/d/`);
        // An identifier of an item that does not exist stays on the 404 page.
        await reader.goto(`${origin}/id/2017-11-27/99/`);
        await reader.waitForTimeout(500);
        expect(reader.url()).toBe(`${origin}/id/2017-11-27/99/`);
      }
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
