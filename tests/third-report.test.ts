/**
 * Adding a report ends green: a generated third report, printed to PDF by
 * LibreOffice as the secretariat's files are, goes into a scratch copy of
 * `content/` the way the README's "Adding a report" says (import the PDF,
 * check, translate, check, build, record the permalinks), and then the
 * archive's promise tests — the same test files `npm test` runs, unedited —
 * run over that copy and its build (ARCHIVE_CONTENT, ARCHIVE_SITE).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { random, syntheticReport } from '../bench/corpus.ts';
import { logBuild } from './build-log.ts';
import { copyOfContent, scratchDir } from './helpers.ts';

/** The test files whose promises must hold for whatever reports content/ holds (browser tests aside: they need Chromium). */
const PROMISE_TESTS = [
  'tests/fidelity.test.ts',
  'tests/items.test.ts',
  'tests/mentions.test.ts',
  'tests/schema.test.ts',
  'tests/parity.test.ts',
  'tests/site.test.ts',
  'tests/citation.test.ts',
  'tests/open-data.test.ts',
  'tests/connections.test.ts',
  'tests/search-records.test.ts',
  'tests/search-index.test.ts',
  'tests/permalinks.test.ts',
];

const ID = '2019-06-12';

/** Runs a project script on Node 24 with the content folder set, as `npm run NAME` would. */
function script(name: string, args: string[], content: string) {
  return spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT: content },
  });
}

/** The preamble and each item's text of a report file's body, by number. */
function bodyParts(mdx: string): { preamble: string; items: Map<string, string> } {
  const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
  const preamble = body.slice(0, body.indexOf('<Item')).trim();
  const items = new Map(
    [...body.matchAll(/<Item n="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/Item>/g)].map(([, n, text]) => [n ?? '', text ?? '']),
  );
  return { preamble, items };
}

/**
 * The Spanish twin a translator makes from the imported English file (README
 * step 4): the same frontmatter and `<Item n>` marks, the texts in Spanish,
 * and `translation` filled in.
 */
function translate(imported: string, spanish: string): string {
  const target = bodyParts(spanish);
  const source = bodyParts(imported);
  let text = imported
    .replace(/^lang: en$/m, 'lang: es')
    .replace(/^title: .*$/m, spanish.match(/^title: .*$/m)?.[0] ?? '')
    .replace(
      /^translation:\n {2}status: original$/m,
      'translation:\n  status: translation\n  from: en\n  official: false\n  date: "2026-12-01"\n  by: A test translator',
    )
    .replace(source.preamble, target.preamble);
  text = text.replace(
    /(<Item n="([^"]+)"[^>]*>\n)([\s\S]*?)(\n<\/Item>)/g,
    (_, open: string, n: string, _text: string, close: string) => {
      const translated = target.items.get(n);
      if (translated === undefined) throw new Error(`the generated Spanish text has no item ${n}`);
      return `${open}${translated}${close}`;
    },
  );
  return text;
}

describe.skipIf(process.env['ARCHIVE_SITE'] !== undefined)('adding a third report', () => {
  const content = copyOfContent();
  const site = join(scratchDir('site-'), 'site');
  const generated = syntheticReport(random(7), ID, ID);
  const original = scratchDir('original-');
  writeFileSync(join(original, 'report.txt'), generated.source);
  // LibreOffice prints the text to PDF (a profile of its own, so a running LibreOffice is not disturbed).
  spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${original}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      original,
      join(original, 'report.txt'),
    ],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const sourceFile = join(original, 'report.pdf');
  const englishFile = join(content, 'reports', 'en', `${ID}.mdx`);
  const spanishFile = join(content, 'reports', 'es', `${ID}.mdx`);

  it('the importer turns the PDF into a report file, with nothing unresolved', () => {
    expect(
      existsSync(sourceFile),
      'LibreOffice (soffice) printed the report to PDF: apt-get install libreoffice-writer-nogui',
    ).toBe(true);
    const run = script('import', [sourceFile], content);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('unresolved: none');
    expect(run.stdout).toContain(`date: ${ID}`);
    expect(run.stdout).toContain('format: pdf');
    expect(existsSync(join(content, 'sources', `${ID}.en.pdf`))).toBe(true);
    expect(bodyParts(readFileSync(englishFile, 'utf8')).items.size).toBe(generated.items);
  });

  it('the check then asks for the translation, in exactly one problem', () => {
    const run = script('check', [content], content);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `reports/en/${ID}\\.mdx: translation missing: content/reports/es/${ID}\\.mdx does not exist; .*\\(README, Adding a report, step 4\\)$`,
        ),
      ),
      '1 problem found.',
    ]);
  });

  it('with its hand-made translation the check passes', () => {
    writeFileSync(spanishFile, translate(readFileSync(englishFile, 'utf8'), generated.es));
    const run = script('check', [content], content);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^content ok: 6 report texts, \d+ items/);
  });

  describe('built', () => {
    // The build and the run of the promise tests take minutes: they run in hooks (with the hooks' time), once, and
    // the tests read what they did.
    let build: ReturnType<typeof script> | undefined;
    let ledger: ReturnType<typeof script> | undefined;
    beforeAll(() => {
      logBuild(`${site} (the third report)`);
      build = script('build', ['--content', content, '--out', site], content);
      ledger = script('permalinks', [site], content);
    }, 300_000);

    it('it builds, and `npm run permalinks` records its new URLs', () => {
      expect(build?.stderr).not.toMatch(/error|problem/i);
      expect(build?.status).toBe(0);
      expect(ledger?.status).toBe(0);
      expect(ledger?.stdout).toContain(`+ /en/reports/${ID}/items/1/`);
      expect(ledger?.stdout).toContain(`+ /es/reports/${ID}/items/1/`);
    });

    describe('the promise tests', () => {
      let run: SpawnSyncReturns<string> | undefined;
      let output = '';
      beforeAll(() => {
        if (build?.status !== 0) throw new Error('the archive with three reports did not build (see the test above)');
        run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...PROMISE_TESTS], {
          encoding: 'utf8',
          env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_SITE: site, NO_COLOR: '1' },
        });
        // eslint-disable-next-line no-control-regex -- the runner colours its summary even when asked not to
        output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      }, 900_000);

      it('every promise test passes over the archive with three reports, unedited', () => {
        expect(output, output.slice(-6000)).toMatch(
          new RegExp(`Test Files\\s+${PROMISE_TESTS.length} passed \\(${PROMISE_TESTS.length}\\)`),
        );
        expect(output).not.toMatch(/\d+ failed/);
        expect(run?.status, output.slice(-6000)).toBe(0);
        // The runs covered the third report: its items had tests of their own.
        expect(output).not.toMatch(/No test files found/);
      });
    });
  });
});
