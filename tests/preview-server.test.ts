/**
 * `npm run preview` left running across a build: the build renames a new folder into place, and the server must
 * serve the new files with their own sizes (sirv reads sizes once; an old size with a new file hangs the browser).
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDist } from '../src/lib/serve.ts';

/** A minimal built site: a home page and the 404 page, each saying which build made it. */
function writeSite(dir: string, build: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${build}</title><p>${build}</p>`);
  writeFileSync(join(dir, '404.html'), `<!doctype html><title>404 ${build}</title>`);
}

describe('the preview server across a build', () => {
  const root = mkdtempSync(join(tmpdir(), 'preview-server-'));
  const site = join(root, 'dist');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the new site, with its sizes and its 404 page, once a build has put it in place', async () => {
    writeSite(site, 'first');
    const server = await serveDist(site);
    try {
      const before = await fetch(`${server.origin}/`);
      expect(await before.text()).toContain('<p>first</p>');
      // As the build's swap does: the new site is built beside, then renamed into place.
      writeSite(join(root, 'staging'), 'the second build, longer');
      renameSync(site, join(root, 'previous'));
      renameSync(join(root, 'staging'), site);
      const after = await fetch(`${server.origin}/`);
      const body = await after.text();
      expect(body).toContain('<p>the second build, longer</p>');
      expect(Number(after.headers.get('content-length'))).toBe(Buffer.byteLength(body));
      const missing = await fetch(`${server.origin}/nothing-here`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('404 the second build');
      expect(readdirSync(root).sort()).toEqual(['dist', 'previous']);
    } finally {
      await server.close();
    }
  });
});
