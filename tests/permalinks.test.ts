/**
 * Permanent URLs: the committed ledger and the built site agree, and a build
 * of content that loses a published URL fails with that URL named, until a
 * move or withdrawal is declared; then redirect and tombstone pages appear.
 * A URL leaves the ledger itself only by an entry of its history, checked
 * against every version of the ledger git has.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LEDGER_HISTORY,
  ledgerFile,
  ledgerHistoryProblems,
  ledgerProblems,
  readLedger,
  siteUrls,
  unrecorded,
} from '../src/lib/permalinks.ts';
import { removeItem } from './variant.ts';
import {
  buildSite,
  copyOfContent,
  requireBuild,
  scratchDir,
  select,
  SITE_DIR,
  textOf,
  variantSite,
} from './helpers.ts';

describe('the ledger and dist/', () => {
  requireBuild();

  it('the ledger covers every URL in dist/ (run `npm run permalinks` after adding content)', () => {
    expect(unrecorded(readLedger(), siteUrls(SITE_DIR))).toEqual([]);
  });

  it('every ledger URL is in dist/', () => {
    expect(ledgerProblems(readLedger(), siteUrls(SITE_DIR), [])).toEqual([]);
    expect(readLedger()).toEqual(
      expect.arrayContaining([
        '/en/reports/2017-11-27/items/2/d/',
        '/es/reports/2017-11-27/items/2/d/',
        '/id/2017-11-27/2/d/',
      ]),
    );
  });
});

/**
 * Every URL the ledger has ever listed: each line any commit added to it (`git log -p`), and each line added since
 * the last commit (`git diff HEAD`). Fails, saying why, where there is no git history to read.
 */
function everListed(file: string): string[] {
  const git = (args: string[]) => {
    const run = spawnSync('git', [...args, '--', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0)
      throw new Error(
        `git ${args.join(' ')} failed (${run.error?.message ?? run.stderr}): run the tests in a git clone`,
      );
    return run.stdout;
  };
  if (spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'true')
    throw new Error("a shallow clone lacks the ledger's history: run `git fetch --unshallow` first");
  const diffs = git(['log', '--format=', '--patch', '--no-renames', '--no-ext-diff']) + git(['diff', 'HEAD']);
  return diffs
    .split('\n')
    .filter((line) => line.startsWith('+/'))
    .map((line) => line.slice(1).trim());
}

describe("the ledger's history", () => {
  it('no URL ever left the ledger but by an entry of its history, and each entry says how many left', () => {
    // The repository's own ledger, whose history is git's, even when ARCHIVE_CONTENT names a copy of the content
    // (third-report.test.ts runs this file over one, outside the repository).
    const file = join('content', 'permalinks.txt');
    const listed = everListed(file);
    expect(listed.length).toBeGreaterThan(readLedger(file).length);
    expect(ledgerHistoryProblems(listed, readLedger(file), LEDGER_HISTORY, file)).toEqual([]);
  });

  it('names a URL taken out without an entry, and an entry that miscounts', () => {
    const history = [{ date: '2026-11-30', urls: /\/cite\.bib$/, count: 2, reason: 'test' }];
    const problems = ledgerHistoryProblems(['/en/', '/en/glossary/', '/en/cite.bib'], ['/en/'], history, 'ledger');
    expect(problems.map(({ where }) => where)).toEqual(['/en/glossary/', 'history 2026-11-30']);
    expect(problems[0]?.message).toMatch(/taken out; put the line back/);
    expect(problems[1]?.message).toMatch(/says 2 URLs left, but 1 URLs/);
  });

  it('records the one-time change of 2026-11-30 in the ledger file itself', () => {
    const header = readFileSync(ledgerFile(), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('#'));
    for (const { date, count } of LEDGER_HISTORY)
      expect(header.some((line) => line.startsWith(`# ${date}: ${count} URLs`))).toBe(true);
    expect(LEDGER_HISTORY.map(({ date }) => date)).toContain('2026-11-30');
  });
});

describe('the URLs that left the ledger', () => {
  requireBuild();

  it('are no URL of dist/: the citation downloads are no files any more', () => {
    const urls = [...siteUrls(SITE_DIR)];
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => LEDGER_HISTORY.some((entry) => entry.urls.test(url)))).toEqual([]);
    expect(urls.filter((url) => /\/cite\.[a-z]+$/.test(url))).toEqual([]);
  });
});

function build(content: string, out: string) {
  return buildSite(['--content', content, '--out', out]);
}

describe('npm run check and the ledger', () => {
  it('names the citable URLs a content change would lose, before any build', () => {
    const content = copyOfContent();
    removeItem(content, '2016-11-15', '8');
    const run = spawnSync(process.execPath, ['scripts/check.ts', content], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const urls = run.stderr
      .split('\n')
      .map((line) => / (\/[^:]+): was published/.exec(line)?.[1])
      .filter(Boolean);
    expect(urls.sort()).toEqual([
      '/en/reports/2016-11-15/items/8/',
      '/es/reports/2016-11-15/items/8/',
      '/id/2016-11-15/8/',
    ]);
  });
});

describe('a build that loses a published URL', () => {
  const content = copyOfContent();
  const out = join(scratchDir('site-'), 'site');
  removeItem(content, '2017-11-27', '9');
  removeItem(content, '2017-11-27', '7.c');
  // The build runs once, in the hook (with the hook's time), and the test reads what it did.
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build(content, out);
  });

  it('fails, naming every lost URL, and writes nothing', () => {
    expect(run.status).toBe(1);
    const lost = run.stderr.split('\n').filter((line) => line.includes('was published and is missing'));
    const urls = lost.map((line) => / (\/[^:]+): was published/.exec(line)?.[1]);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/en/reports/2017-11-27/items/9/',
        '/es/reports/2017-11-27/items/9/',
        '/en/reports/2017-11-27/items/7/c/',
        '/id/2017-11-27/9/',
      ]),
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the same change with the move and the withdrawal declared', () => {
  // The suite's shared variant build (tests/variant.ts): the same two items removed, and MOVED_AND_WITHDRAWN declared.
  // Its build failing (a lost URL among others) fails these tests with the build's message.
  const { site: out } = variantSite();

  it('passes, with redirect and tombstone pages and _redirects', () => {
    const moved = fromHtml(readFileSync(join(out, 'es/reports/2017-11-27/items/7/c/index.html'), 'utf8'));
    expect(select('meta[http-equiv=refresh]', moved)?.properties['content']).toBe(
      '0; url=/es/reports/2017-11-27/items/7/b/',
    );
    expect(String(select('link[rel=canonical]', moved)?.properties['href'])).toMatch(
      /\/es\/reports\/2017-11-27\/items\/7\/b\/$/,
    );
    expect(textOf(moved, 'main')).toContain('Una fe de erratas fusionó el 7.c con el 7.b.');

    const tombstone = fromHtml(readFileSync(join(out, 'en/reports/2017-11-27/items/9/index.html'), 'utf8'));
    expect(textOf(tombstone, 'h1')).toBe('Withdrawn');
    expect(textOf(tombstone, 'main')).toContain('Withdrawn on 1 March 2027. Published in error.');
    expect(select('main a', tombstone)?.properties['href']).toBe('/en/reports/2017-11-27/');

    // The identifier is no file: the hosts lead it to the tombstone (tests/hosting.test.ts).
    expect(existsSync(join(out, 'id'))).toBe(false);

    const redirects = readFileSync(join(out, '_redirects'), 'utf8');
    expect(redirects).toContain('/en/reports/2017-11-27/items/7/c/ /en/reports/2017-11-27/items/7/b/ 301');
    expect(redirects).toContain('/es/reports/2017-11-27/items/7/c/* /es/reports/2017-11-27/items/7/b/:splat 301');
  });
});
