/**
 * The hostile-input catalogue (issue 18): one fixture in tests/fixtures/hostile/
 * per case, each with the exact problem and place it must produce. Item text
 * fixtures are put into item 1 of the English 2017 report, on the line after
 * its <Item n="1">; whole-file cases replace or add a file. A case that must
 * be refused is refused with its file, line and column, and a failed build
 * leaves the output folder as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content-check.ts';
import { type ImportResult, reportFile } from '../src/lib/importer.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { buildSite, contentArchive, copyOfContent, scratchDir } from './helpers.ts';

const FIXTURES = 'tests/fixtures/hostile';
const REPORT = 'reports/en/2017-11-27.mdx';

/** Every problem of a content folder, formatted, with file names relative to that folder. */
function problemsOf(dir: string): string[] {
  return checkContent(dir, dir).problems.map(formatProblem);
}

/** A copy of content/ with a fixture's bytes as the first paragraph of item 1 of REPORT; and the line the fixture starts on. */
function withItemText(fixture: string, report = REPORT): { dir: string; line: number } {
  const dir = copyOfContent();
  const file = join(dir, report);
  const text = readFileSync(file);
  const at = text.indexOf('<Item n="1">\n') + '<Item n="1">\n'.length;
  const line = text.subarray(0, at).toString('utf8').split('\n').length;
  writeFileSync(
    file,
    Buffer.concat([text.subarray(0, at), readFileSync(join(FIXTURES, fixture)), Buffer.from('\n'), text.subarray(at)]),
  );
  return { dir, line };
}

const LINK = (url: string) =>
  `item 1: link to ${JSON.stringify(url)} is not allowed; link only to http:, https: or mailto: addresses or to an archive path starting with "/", or write the address as plain text`;
const INVISIBLE = (character: string) =>
  `${character} is not allowed in content: it is invisible and can hide or reorder text; delete it`;

/** Item-text fixtures: the column (on the fixture's first line, unless `lineOffset`) and the message each must produce. */
const ITEM_TEXT_CASES: { fixture: string; column: number; lineOffset?: number; message: string }[] = [
  { fixture: 'javascript-link.mdx', column: 5, message: LINK('javascript:alert(1)') },
  { fixture: 'javascript-mixed-case.mdx', column: 5, message: LINK('JaVaScRiPt:alert(1)') },
  { fixture: 'javascript-entity.mdx', column: 5, message: LINK('javascript:alert(1)') },
  { fixture: 'javascript-tab.mdx', column: 5, message: LINK('java\tscript:alert(1)') },
  { fixture: 'data-link.mdx', column: 5, message: LINK('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') },
  { fixture: 'vbscript-link.mdx', column: 5, message: LINK('vbscript:msgbox(1)') },
  { fixture: 'protocol-relative-link.mdx', column: 5, message: LINK('//elsewhere.example/page') },
  { fixture: 'link-definition.mdx', column: 1, lineOffset: 2, message: LINK('javascript:alert(1)') },
  {
    fixture: 'image.mdx',
    column: 12,
    message:
      "item 1: images are not allowed in report text (the archive publishes text only); write the picture's address as a link [description](https://…), or leave it out",
  },
  {
    fixture: 'html-comment.mdx',
    column: 2,
    message:
      'not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`); an HTML comment <!-- … --> is not MDX: write {/* … */}',
  },
  {
    fixture: 'unquoted-attribute.mdx',
    column: 12,
    message:
      'not valid MDX: Unexpected character `x` (U+0078) before attribute value, expected a character that can start an attribute value, such as `"`, `\'`, or `{`; quote attribute values: <Item n="3">',
  },
  {
    fixture: 'angle-autolink.mdx',
    column: 12,
    message:
      'not valid MDX: Unexpected character `/` (U+002F) before local name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a link in MDX, use `[text](url)`); write the address as plain text, or as a link [text](https://…)',
  },
  {
    fixture: 'deep-lists.mdx',
    column: 81,
    lineOffset: 40,
    message:
      'text nested more than 40 levels deep (quotes ">" or lists inside each other); report text is never that deep: write it flat',
  },
  {
    fixture: 'deep-quotes.mdx',
    column: 41,
    message:
      'text nested more than 40 levels deep (quotes ">" or lists inside each other); report text is never that deep: write it flat',
  },
  {
    fixture: 'windows-1252.mdx',
    column: 9,
    message:
      'a byte here is not UTF-8 (was the file saved as Windows-1252 or Latin-1?); save the file as UTF-8 and check that the character reads as it should',
  },
  { fixture: 'nul.mdx', column: 6, message: INVISIBLE('U+0000 (NUL)') },
  { fixture: 'escape.mdx', column: 7, message: INVISIBLE('U+001B (ESCAPE)') },
  { fixture: 'rtl-override.mdx', column: 3, message: INVISIBLE('U+202E (RIGHT-TO-LEFT OVERRIDE)') },
  {
    fixture: 'lone-carriage-return.mdx',
    column: 7,
    message: INVISIBLE('U+000D (CARRIAGE RETURN (not followed by a line feed))'),
  },
];

describe('hostile item text is refused at its file, line and column', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    const itemFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.mdx') && name !== 'outside.mdx');
    expect(itemFixtures.sort()).toEqual(ITEM_TEXT_CASES.map((entry) => entry.fixture).sort());
  });

  for (const { fixture, column, lineOffset, message } of ITEM_TEXT_CASES) {
    it(fixture, () => {
      const { dir, line } = withItemText(fixture);
      expect(problemsOf(dir)).toEqual([`${REPORT}:${line + (lineOffset ?? 0)}:${column}: ${message}`]);
    });
  }
});

describe('the sanitizer is a second wall', () => {
  it('what the check refuses never reaches the HTML, even from a body nobody checked', () => {
    const body = [
      '<Item n="1">',
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](data:text/html,x) [e](vbscript:x)',
      '[f](//elsewhere.example/) ![g](https://elsewhere.example/p.png) [h](https://iom.int/) [i](/en/reports/) [j](mailto:a@b.example)',
      '</Item>',
      '',
    ].join('\n');
    const [item] = parseReportBody(body, { file: 'x.mdx', firstLine: 1 }).items;
    expect(item?.html).toBe(
      '<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a>\n<a>f</a>  <a href="https://iom.int/">h</a> <a href="/en/reports/">i</a> <a href="mailto:a@b.example">j</a></p>',
    );
  });
});

describe('warnings cut long text', () => {
  it('a 100,000-character name-like word is quoted in a warning cut to 80 characters', () => {
    const dir = copyOfContent();
    const file = join(dir, REPORT);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('<Item n="1">\n', `<Item n="1">\nA ${'Q'.repeat(100_000)} word.\n\n`),
    );
    const { problems, warnings } = checkContent(dir, dir);
    expect(problems).toEqual([]);
    const long = warnings.map(formatProblem).filter((warning) => warning.includes('QQQ'));
    expect(long).toEqual([
      expect.stringMatching(
        /^reports\/en\/2017-11-27\.mdx:\d+: item 1: "Q{79}…" looks like a name but matches no country, organization or initiative/,
      ),
    ]);
    expect(long[0]?.length).toBeLessThan(300);
  });
});

describe('files that are not what they seem', () => {
  it('a BOM before the frontmatter is accepted and removed', () => {
    const dir = copyOfContent();
    const file = join(dir, REPORT);
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
    const { archive, problems } = checkContent(dir, dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const title = archive.reports.find((report) => report.file === REPORT)?.data.title;
    expect(title?.startsWith('\uFEFF')).toBe(false);
  });

  it('a symbolic link to a report outside the repository is refused, never followed', () => {
    const dir = copyOfContent();
    symlinkSync(resolve(FIXTURES, 'outside.mdx'), join(dir, 'reports/en/2018-01-10.mdx'));
    expect(problemsOf(dir)).toEqual([
      'reports/en/2018-01-10.mdx: is a symbolic link; content must be files in the repository itself: replace the link with a copy of the file',
    ]);
  });

  it('a symbolic link to a data file is refused', () => {
    const dir = copyOfContent();
    mkdirSync(join(dir, 'notes'));
    symlinkSync(resolve(FIXTURES, 'outside.mdx'), join(dir, 'notes', 'outside.txt'));
    expect(problemsOf(dir)).toEqual([
      'notes/outside.txt: is a symbolic link; content must be files in the repository itself: replace the link with a copy of the file',
    ]);
  });

  for (const name of ['2018-01-10.MDX', '2018-01-10.md']) {
    it(`a report file named ${name} is named and refused`, () => {
      const dir = copyOfContent();
      writeFileSync(join(dir, 'reports/en', name), readFileSync(join(dir, REPORT)));
      expect(problemsOf(dir)).toEqual([
        `reports/en/${name}: is not a report file: report files are named {id}.mdx, in lower case, and nothing else belongs in content/reports/; rename it to 2018-01-10.mdx (or move it out)`,
      ]);
    });
  }

  it('a data file is held to the same bytes: invalid UTF-8 and invisible characters at their place, each once (not again as every reference to it)', () => {
    const dir = copyOfContent();
    const countries = join(dir, 'countries.yaml');
    const text = readFileSync(countries, 'utf8');
    writeFileSync(countries, Buffer.from(text.replace('es: Belice }', 'es: Belice\u2066 }'), 'utf8'));
    const organizations = join(dir, 'organizations.yaml');
    const bytes = readFileSync(organizations);
    const at = bytes.indexOf('\n- id:') + 1;
    writeFileSync(
      organizations,
      Buffer.concat([bytes.subarray(0, at), Buffer.from('# Organizaci\xf3n\n', 'latin1'), bytes.subarray(at)]),
    );
    const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
    const problems = problemsOf(dir);
    expect(problems.filter((problem) => !problem.startsWith('reports/'))).toEqual([
      `countries.yaml:7:33: ${INVISIBLE('U+2066 (LEFT-TO-RIGHT ISOLATE)')}`,
      `organizations.yaml:${line}:13: a byte here is not UTF-8 (was the file saved as Windows-1252 or Latin-1?); save the file as UTF-8 and check that the character reads as it should`,
    ]);
    // Every report refers to both files: one problem for each file it refers to, not one per reference.
    const reports = problems.filter((problem) => problem.startsWith('reports/'));
    expect(reports).toHaveLength(2 * contentArchive().reports.length);
    for (const problem of reports) {
      expect(problem).toMatch(
        /^reports\/(en|es)\/[\d-]+\.mdx:\d+:\d+: (network|venue\.country): cannot be checked until content\/(organizations|countries)\.yaml can be read \(see its own problem\)$/u,
      );
    }
  });

  it('a YAML syntax error in the frontmatter is named at its file, line and column', () => {
    const dir = copyOfContent();
    const file = join(dir, REPORT);
    writeFileSync(
      file,
      `---\n${readFileSync(join(FIXTURES, 'frontmatter-unclosed-quote.yaml'), 'utf8')}${readFileSync(file, 'utf8').slice(4)}`,
    );
    expect(problemsOf(dir)).toEqual([`${REPORT}:2:16: not valid YAML: Missing closing "quote`]);
  });

  it('a YAML alias bomb is refused at the file, line and column of its first alias', () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, 'changes.yaml'), readFileSync(join(FIXTURES, 'alias-bomb.yaml')));
    expect(problemsOf(dir)).toEqual([
      'changes.yaml:3:10: not usable YAML: Excessive alias count indicates a resource exhaustion attack; write the values out instead of repeating them with aliases (*name)',
    ]);
  });
});

describe('the importer writes every value through the YAML library', () => {
  it('a received file name with a line break adds no key, and is kept as it was', () => {
    const result: ImportResult = {
      id: '2018-01-10',
      lang: 'en',
      frontmatter: { id: '2018-01-10', lang: 'en' },
      body: '<Item n="1">\nText.\n</Item>\n',
      numbers: ['1'],
      unresolved: [],
      found: [],
    };
    const received = 'report.txt\nid: evil\r\ntitle: evil\u2028lang: es';
    const file = reportFile(result, { file: 'x.en.txt', format: 'txt', received, sha256: '0'.repeat(64) });
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(frontmatter)).toEqual(['id', 'lang', 'published', 'source']);
    expect(frontmatter['id']).toBe('2018-01-10');
    expect((frontmatter['source'] as { received: string }).received).toBe(received);
  });
});

describe('npm run check and npm run build over hostile content', () => {
  it('prints every problem of every file in one run, each at its place, and a failed build leaves the output as it was', () => {
    const dir = withItemText('html-comment.mdx').dir;
    const spanish = join(dir, 'reports/es/2016-11-15.mdx');
    const text = readFileSync(spanish, 'utf8');
    writeFileSync(
      spanish,
      text.replace('<Item n="1">\n', `<Item n="1">\n${readFileSync(join(FIXTURES, 'angle-autolink.mdx'), 'utf8')}\n`),
    );
    const english2016 = join(dir, 'reports/en/2016-11-15.mdx');
    writeFileSync(
      english2016,
      readFileSync(english2016, 'utf8').replace('<Item n="1">\n', '<Item n="1">\n[x](JaVaScRiPt:alert(1))\n\n'),
    );
    writeFileSync(join(dir, 'reports/en/2018-01-10.MDX'), 'x');

    const check = spawnSync(process.execPath, ['scripts/check.ts', dir], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    const lines = check.stderr
      .trim()
      .split('\n')
      .map((line) => line.replace(/^.*?(reports\/)/, '$1').replace(/: .*/, ''));
    expect(lines).toEqual([
      'reports/en/2016-11-15.mdx:43:1',
      'reports/en/2017-11-27.mdx:54:2',
      'reports/en/2018-01-10.MDX',
      'reports/es/2016-11-15.mdx:47:12',
      '4 problems found.',
    ]);

    const out = join(scratchDir('hostile-out-'), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    const build = buildSite(['--content', dir, '--out', out]);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('4 problems found.');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(out, '..', '.build-dist'))).toBe(false);
  }, 120_000);
});
