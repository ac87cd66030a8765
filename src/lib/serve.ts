/**
 * Real parts for browser checks (tests, screenshots, the benchmark): a built
 * site served by a static file server (sirv, the one behind `vite preview`) on
 * a free localhost port, and Debian's Chromium driven by playwright-core.
 * No browser is downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A static server over dist/, answering like a plain static host (404.html for unknown paths). */
export async function serveDist(siteDir = 'dist'): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(siteDir, { dev: false, etag: true });
  const notFound = readFileSync(`${siteDir}/404.html`);
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Launches headless Chromium with the flags that work on these machines (no
 * network beyond localhost), and any `extraArgs`, e.g.
 * `['--host-resolver-rules=MAP archive.test 127.0.0.1']` to open the site under
 * a name that is not a secure context. Throws when Chromium is not installed.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
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
