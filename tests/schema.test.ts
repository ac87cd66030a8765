/**
 * Bad content is rejected with `file:line: field: what is wrong`, every
 * problem at once, and never a stack trace, both by the validation module and
 * by `npm run check` as an author runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { copyOfContent } from './helpers.ts';

const REPORT = join('reports', 'en', '2017-11-27.mdx');

/** A copy of content/ with one report's text edited by `change`. */
function brokenContent(change: (text: string) => string): string {
  const dir = copyOfContent();
  const file = join(dir, REPORT);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return dir;
}

function problemsIn(dir: string): string[] {
  return readContentFiles(dir, dir).problems.map(formatProblem);
}

describe('report schema', () => {
  it('accepts the archive as it is', () => {
    expect(readContentFiles().problems.map(formatProblem)).toEqual([]);
  });

  it('rejects a date that is not a calendar day, naming file, line and field', () => {
    const dir = brokenContent((text) => text.replace('date: "2017-11-27"', 'date: "2017-02-30"'));
    expect(problemsIn(dir)).toEqual([
      `${REPORT}:16:7: date: must be a real calendar date written YYYY-MM-DD (e.g. 2017-11-27)`,
    ]);
  });

  it('rejects an id that does not match the date', () => {
    const dir = brokenContent((text) => text.replace('date: "2017-11-27"', 'date: "2017-11-28"'));
    expect(problemsIn(dir)).toEqual([`${REPORT}:5:5: id: must start with the meeting date 2017-11-28`]);
  });

  it('rejects an unknown participant', () => {
    const dir = brokenContent((text) => text.replace('  - nicaragua\n', '  - narnia\n'));
    expect(problemsIn(dir)).toEqual([
      `${REPORT}:34:5: participants[7]: "narnia" is not a known country id (see content/countries.yaml)`,
    ]);
  });

  it('rejects a missing title', () => {
    const dir = brokenContent((text) => text.replace(/^title: .*\n/m, ''));
    expect(problemsIn(dir)).toEqual([`${REPORT}:5:1: title: is required`]);
  });

  it('rejects a report text without the date the archive published it, or corrected before it', () => {
    const missing = brokenContent((text) => text.replace(/^published: .*\n/m, ''));
    expect(problemsIn(missing)).toEqual([
      `${REPORT}:5:1: published: is required: the day the archive first published this text, e.g. published: "2026-11-30"`,
    ]);
    const early = brokenContent((text) => text.replace(/^published: .*$/m, '$&\nupdated: "2026-11-29"'));
    expect(problemsIn(early)).toEqual([
      `${REPORT}:42:10: updated: must be on or after the date it was published, 2026-11-30`,
    ]);
  });

  it('rejects a report with unresolved entries left by the importer, each at its line', () => {
    const dir = brokenContent((text) =>
      text.replace('---\n\nThe Liaison', 'unresolved:\n  - "date: no meeting date found"\n---\n\nThe Liaison'),
    );
    expect(problemsIn(dir)).toEqual([
      `${REPORT}:48:5: unresolved[0]: date: no meeting date found; then delete this line`,
    ]);
  });

  it('rejects a changed archived original', () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, 'sources', '2017-11-27.en.txt'), 'tampered');
    // Both texts of the report point at the same original, and both are told.
    expect(problemsIn(dir)).toEqual(
      ['en', 'es'].map((lang) =>
        expect.stringMatching(
          new RegExp(
            `^reports/${lang}/2017-11-27\\.mdx:\\d+:\\d+: source\\.sha256: does not match content/sources/2017-11-27\\.en\\.txt`,
          ),
        ),
      ),
    );
  });
});

describe('npm run check', () => {
  it('prints one summary line on success', () => {
    const output = execFileSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    expect(output).toMatch(
      /^content ok: \d+ report texts, \d+ items, \d+ countries, \d+ organizations, \d+ initiatives\n$/,
    );
  });

  it('prints every problem at once, one line each, with no stack trace, and fails', () => {
    const dir = brokenContent((text) =>
      text
        .replace('date: "2017-11-27"', 'date: "2017-13-01"')
        .replace('  - nicaragua\n', '  - narnia\n')
        .replace(/^title: .*\n/m, ''),
    );
    const run = spawnSync(process.execPath, ['scripts/check.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(0, -1).map((line) => line.replace(/^.*?reports\//, 'reports/'))).toEqual([
      `${REPORT}:5:1: title: is required`,
      `${REPORT}:15:7: date: must be a real calendar date written YYYY-MM-DD (e.g. 2017-11-27)`,
      `${REPORT}:33:5: participants[7]: "narnia" is not a known country id (see content/countries.yaml)`,
    ]);
    expect(lines.at(-1)).toBe('3 problems found.');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('shows every kind of problem of every file in one run: a bad date, a skipped letter in another file, and lost URLs of a third report', () => {
    const dir = brokenContent((text) => text.replace('date: "2017-11-27"', 'date: "2017-02-30"'));
    const spanish = join(dir, 'reports', 'es', '2017-11-27.mdx');
    writeFileSync(spanish, readFileSync(spanish, 'utf8').replace(/<Item n="2\.b"[^>]*>[\s\S]*?<\/Item>\n+/, ''));
    for (const lang of ['en', 'es']) {
      const file = join(dir, 'reports', lang, '2016-11-15.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*<Item n="8"[^>]*>[\s\S]*?<\/Item>/, ''));
    }
    const run = spawnSync(process.execPath, ['scripts/check.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.map((line) => line.replace(/^.*?((?:reports\/|permalinks))/, '$1'))).toEqual([
      'permalinks.txt: /en/reports/2016-11-15/items/8/: was published and is missing from the site; restore it, or declare in content/changes.yaml that it moved or was withdrawn',
      'permalinks.txt: /es/reports/2016-11-15/items/8/: was published and is missing from the site; restore it, or declare in content/changes.yaml that it moved or was withdrawn',
      'permalinks.txt: /id/2016-11-15/8/: was published and is missing from the site; restore it, or declare in content/changes.yaml that it moved or was withdrawn',
      `${REPORT}:16:7: date: must be a real calendar date written YYYY-MM-DD (e.g. 2017-11-27)`,
      expect.stringMatching(
        /^reports\/es\/2017-11-27\.mdx:\d+:1: item 2\.c: skipped letter: expected item 2\.b next \(if the original has no item 2\.b, declare it in the frontmatter: numbering: \{ skipped: \["2\.b"\] \}\)$/,
      ),
      '5 problems found.',
    ]);
  });
});
