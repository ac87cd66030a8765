/**
 * Real parts for browser checks (tests, screenshots, the benchmark) and for
 * `npm run preview`: a built site served by a static file server (sirv, the
 * one behind `vite preview`) that answers as the generated nginx
 * configuration does (src/lib/hosting.ts), and Debian's Chromium driven by
 * playwright-core. No browser is downloaded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';
import { readChanges } from './changes.ts';
import { defaultContentDir } from './content-dir.ts';
import { contentType, hostAnswer, hostRules, type HostRules, NOT_FOUND_PAGE } from './hosting.ts';

/** Where Chromium is: CHROMIUM_PATH, or where Debian installs it (`apt-get install chromium`). Read when asked. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/**
 * A request handler over a built site, answering as the generated nginx configuration does: the
 * security headers on every response, moved pages 301, withdrawn ones 410 with their tombstone page,
 * printed item numbers and folders without their slash 301, identifiers 302 by `Accept-Language`, unknown
 * paths 404 with `404.html`.
 * @example createServer(siteHandler('dist', hostRules(archive.changes)))
 * @throws Error when `siteDir` has no 404.html (not a built site).
 */
export function siteHandler(
  siteDir: string,
  rules: HostRules,
): (request: IncomingMessage, response: ServerResponse) => void {
  const site = currentSite(siteDir, rules);
  const isDirectory = (path: string) =>
    statSync(join(siteDir, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
  const page = (response: ServerResponse, status: number, body: Buffer) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
  };
  return (request, response) => {
    for (const [name, value] of Object.entries(rules.headers)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed %-escape names no file: answered as nginx answers it (400), not by ending the server.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('400 Bad Request\n');
      return;
    }
    const answer = hostAnswer(rules, path, isDirectory, request.headers['accept-language']);
    if (answer?.status === 301 || answer?.status === 302) {
      if (answer.status === 302) response.setHeader('Vary', answer.vary);
      response.writeHead(answer.status, { location: `${answer.location}${url.search}` });
      response.end();
    } else if (answer?.status === 410) page(response, 410, readFileSync(join(siteDir, answer.page, 'index.html')));
    else if (answer?.status === 404) page(response, 404, site().notFound);
    else {
      if (url.pathname.endsWith('/')) request.url = `${url.pathname}index.html${url.search}`;
      const { files, notFound } = site();
      files(request, response, () => page(response, 404, notFound));
    }
  };
}

/**
 * The files of the site in `siteDir` as sirv serves them (it reads their sizes once) and its 404 page, read again when
 * a build has put a new site in place: `npm run build` renames the new folder to `siteDir`, so the folder's inode
 * changes. A server left running across a build would otherwise announce the old sizes with the new files.
 * @throws Error when `siteDir` has no 404.html (not a built site).
 */
function currentSite(siteDir: string, rules: HostRules): () => { files: ReturnType<typeof sirv>; notFound: Buffer } {
  let served: { inode: number; files: ReturnType<typeof sirv>; notFound: Buffer } | undefined;
  const read = () => {
    const inode = statSync(siteDir).ino;
    if (served?.inode === inode) return served;
    // No guessed names (`/404` is not `/404.html`): nginx serves a file only at its own name, and a folder's
    // index.html.
    const files = sirv(siteDir, {
      dev: false,
      etag: true,
      extensions: [''],
      setHeaders: (response, path) => fileHeaders(rules, response, path),
    });
    served = { inode, files, notFound: readFileSync(join(siteDir, NOT_FOUND_PAGE)) };
    return served;
  };
  read();
  return read;
}

function fileHeaders(rules: HostRules, response: ServerResponse, path: string): void {
  response.setHeader('Content-Type', contentType(rules, path));
  const rule = rules.cache.find(({ prefix }) => path.startsWith(prefix));
  if (rule) response.setHeader('Cache-Control', rule.cacheControl);
}

/**
 * Serves a built site (see `siteHandler`) on a localhost port (0: a free one); the host rules come from
 * the `changes.yaml` of `contentDir` (by default `content/`, or ARCHIVE_CONTENT as for every script).
 * @example const { origin, close } = await serveDist('dist'); // origin 'http://127.0.0.1:40123'
 * @throws ContentError when changes.yaml is invalid; the server's error (EADDRINUSE) when the port is taken.
 */
export async function serveDist(
  siteDir = 'dist',
  { port = 0, contentDir = defaultContentDir() }: { port?: number; contentDir?: string } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(siteHandler(siteDir, hostRules(readChanges(contentDir))));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Launches headless Chromium with the flags that work on these machines (no
 * network beyond localhost), and any `extraArgs`, e.g.
 * `['--host-resolver-rules=MAP archive.test 127.0.0.1']` to open the site under
 * a name that is not a secure context. Throws when Chromium is not installed.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executable = chromiumPath();
  if (!existsSync(executable))
    throw new Error(
      `Chromium not found at ${executable}: install it with "apt-get install chromium" (or set CHROMIUM_PATH)`,
    );
  return chromium.launch({
    executablePath: executable,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
