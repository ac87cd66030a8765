/**
 * Byte budgets on the real site, like Starlight's size-limit: a report page
 * ≤ 11 KB and an item page ≤ 8 KB gzip with their CSS and JS; JavaScript only
 * where it is needed (search, language entry, copy buttons, and on every page the search dialog's opener, sharing the
 * copy buttons' file), each script ≤ 2 KB.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requireBuild, SITE_DIR } from './helpers.ts';
import { LAZY_SCRIPT_BUDGET, PAGE_BUDGETS, pageAssets, pageWeight } from '../src/lib/site-check.ts';

const KB = 1024;

requireBuild();

const htmlFiles = () =>
  readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));

describe('byte budgets (gzip, HTML + CSS + JS)', () => {
  it('every report page is at most 11 KB', () => {
    const over = htmlFiles()
      .filter((name) => /^(en|es)\/reports\/[^/]+\/index\.html$/.test(name))
      .map((name) => [name, pageWeight(SITE_DIR, join(SITE_DIR, name))] as const)
      .filter(([, bytes]) => bytes > PAGE_BUDGETS.report);
    expect(over).toEqual([]);
  });

  it('every item page is at most 8 KB', () => {
    const items = htmlFiles().filter((name) => /\/items\//.test(name));
    expect(items.length).toBeGreaterThan(50);
    const over = items
      .map((name) => [name, pageWeight(SITE_DIR, join(SITE_DIR, name))] as const)
      .filter(([, bytes]) => bytes > PAGE_BUDGETS.item);
    expect(over).toEqual([]);
  });
});

describe('JavaScript only where it is needed', () => {
  /** Pages allowed scripts: search, the language entries, pages with copy buttons (reports and items), and the 404 page (printed item numbers). */
  const mayHaveScripts =
    /^(index\.html|404\.html|id\/.*|(en|es)\/search\/index\.html|(en|es)\/reports\/[^/]+\/(items\/.*)?index\.html)$/;

  /** The script of every page in a language (src/components/CopyScript.astro: copy buttons, search dialog opener). */
  const siteScript = () => pageAssets(readFileSync(join(SITE_DIR, 'en/index.html'), 'utf8')).filter(isScript);
  const isScript = (asset: string) => asset.endsWith('.js');

  it('every page in a language but search loads the one site script (the search dialog opens from every page)', () => {
    expect(siteScript()).toHaveLength(1);
    const without = htmlFiles().filter(
      (name) =>
        /^(en|es)\/(?!search\/)/.test(name) &&
        !pageAssets(readFileSync(join(SITE_DIR, name), 'utf8')).includes(siteScript()[0] ?? ''),
    );
    expect(without).toEqual([]);
  });

  it('no other page loads a script but the site script', () => {
    const offenders = htmlFiles().filter(
      (name) =>
        !mayHaveScripts.test(name) &&
        pageAssets(readFileSync(join(SITE_DIR, name), 'utf8')).some(
          (asset) => isScript(asset) && !siteScript().includes(asset),
        ),
    );
    expect(offenders).toEqual([]);
  });

  /** Scripts a page holds but loads only when needed (src/components/LazyScript.astro writes their URL in data-src). */
  const lazyScripts = () =>
    new Set(
      htmlFiles().flatMap((name) =>
        [
          ...readFileSync(join(SITE_DIR, name), 'utf8').matchAll(
            /<template data-lazy-script="[^"]*" data-src="([^"]+)"/g,
          ),
        ].map((match) => join(SITE_DIR, match[1] ?? '')),
      ),
    );

  it('each of our scripts a page loads is at most 2 KB (Pagefind’s own aside)', () => {
    const lazy = lazyScripts();
    const scripts = [
      ...readdirSync(join(SITE_DIR, '_astro')).map((name) => join(SITE_DIR, '_astro', name)),
      ...readdirSync(join(SITE_DIR, 'scripts')).map((name) => join(SITE_DIR, 'scripts', name)),
    ].filter((file) => file.endsWith('.js') && !lazy.has(file));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(scripts.filter((file) => statSync(file).size > 2 * KB)).toEqual([]);
  });

  it('each script loaded only when needed is at most 3 KB gzip, and no page loads it with itself', () => {
    const lazy = [...lazyScripts()];
    expect(lazy.length).toBeGreaterThan(0);
    expect(lazy.filter((file) => gzipSync(readFileSync(file), { level: 9 }).length > LAZY_SCRIPT_BUDGET)).toEqual([]);
    const loaded = htmlFiles().flatMap((name) =>
      [...readFileSync(join(SITE_DIR, name), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
        join(SITE_DIR, match[1] ?? ''),
      ),
    );
    expect(loaded.filter((file) => lazy.includes(file))).toEqual([]);
  });
});
