/**
 * The report-file fields the importer writes (docs/importer.md) are checked:
 * `documentKind`, an issuing `network` of kind network or rcm-body, the
 * `numbering` declaration, and sources in any format with `source.format` and
 * `source.encoding`; a `.txt` is read in its declared encoding. Every problem
 * is `file:line: field: message`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { readSource } from '../src/lib/source-files.ts';
import { ContentError, formatProblem, UserError } from '../src/lib/problems.ts';
import { copyOfContent } from './helpers.ts';

const REPORT = join('reports', 'en', '2017-11-27.mdx');

/** A copy of content/ with the English 2017 report's text edited by `change`. */
function edited(change: (text: string) => string): string {
  const dir = copyOfContent();
  const file = join(dir, REPORT);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return dir;
}

/** Inserts frontmatter lines after `network: …`. */
function withFields(lines: string): (text: string) => string {
  return (text) =>
    text.replace('network: consular-protection-network\n', `network: consular-protection-network\n${lines}`);
}

/** Points the report at another archived source with these bytes (a real SHA-256), with extra `source:` fields. */
function withSource(dir: string, file: string, bytes: Uint8Array, fields = ''): void {
  writeFileSync(join(dir, 'sources', file), bytes);
  const path = join(dir, REPORT);
  const sha = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace(/^ {2}file: .*$/m, `  file: ${file}${fields}`)
      .replace(/^ {2}sha256: .*$/m, `  sha256: ${sha}`),
  );
}

/** 1-based line of the first line of a file that contains `text`. */
function lineOf(dir: string, text: string): number {
  return (
    readFileSync(join(dir, REPORT), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

/** Every problem of the check: the files' own, then the archive's (numbering, parity). */
function check(dir: string): string[] {
  const { content, problems } = readContentFiles(dir, dir);
  if (problems.length > 0) return problems.map(formatProblem);
  try {
    buildArchive(content);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
}

describe('documentKind and the issuing body', () => {
  it('accept conclusions of an RCM body', () => {
    const dir = edited((text) =>
      text.replace('network: consular-protection-network\n', 'documentKind: conclusions\nnetwork: rcgm\n'),
    );
    expect(check(dir)).toEqual([]);
  });

  it('refuse an unknown kind of document', () => {
    const dir = edited(withFields('documentKind: minutes\n'));
    expect(check(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${REPORT}:${lineOf(dir, 'documentKind')}:15: documentKind: `)),
    ]);
  });

  it('refuse an organization that holds no meetings of its own as the issuer', () => {
    const dir = edited((text) => text.replace('network: consular-protection-network', 'network: iom'));
    expect(check(dir)).toEqual([
      `${REPORT}:${lineOf(dir, 'network: iom')}:10: network: "iom" is an organization of kind international-organization; it must be the network or RCM body whose meeting produced the document (kind network or rcm-body in content/organizations.yaml)`,
    ]);
  });
});

describe('numbering', () => {
  it('refuses gaps or repeats declared with archive numbers', () => {
    const dir = edited(withFields('numbering:\n  by: archive\n  skipped: ["3"]\n'));
    expect(check(dir)).toEqual([
      `${REPORT}:${lineOf(dir, 'skipped:')}:12: numbering.skipped: cannot be declared with \`by: archive\`: the archive numbers items 1, 2, 3 … without gaps or repeats`,
    ]);
  });

  it('refuses an entry that is not an item number', () => {
    const dir = edited(withFields('numbering:\n  skipped: ["six"]\n'));
    expect(check(dir)).toEqual([
      `${REPORT}:${lineOf(dir, '"six"')}:13: numbering.skipped[0]: must be an item number as printed, e.g. "6" or "2.c"`,
    ]);
  });

  it('points a declaration the body does not bear out at its own line', () => {
    const dir = edited(withFields('numbering:\n  skipped: ["2.b"]\n  repeated: ["5"]\n'));
    expect(check(dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${REPORT}:${lineOf(dir, 'skipped:')}:13: numbering\\.skipped\\[0\\]: "2\\.b" is declared skipped, but item 2\\.b is at line \\d+`,
        ),
      ),
      `${REPORT}:${lineOf(dir, 'repeated:')}:14: numbering.repeated[0]: "5" is declared repeated, but there is no second item 5; write it as <Item n="5-2">, or remove "5" from the list`,
    ]);
  });
});

describe('sources in any format', () => {
  it('accept a PDF original, which only the import readers read', () => {
    const dir = copyOfContent();
    withSource(dir, '2017-11-27.en.pdf', new TextEncoder().encode('%PDF-1.4\n%fixture\n'), '\n  format: pdf');
    expect(check(dir)).toEqual([]);
    expect(() => readSource('2017-11-27.en.pdf', dir)).toThrow(UserError);
    expect(() => readSource('2017-11-27.en.pdf', dir)).toThrow('a .pdf source is read with readSourceDocument');
  });

  it('refuse a format that disagrees with the extension, and an encoding for a file that is not text', () => {
    const dir = copyOfContent();
    withSource(dir, '2017-11-27.en.docx', new Uint8Array([0x50, 0x4b, 3, 4]), '\n  format: pdf\n  encoding: UTF-8');
    expect(check(dir)).toEqual([
      `${REPORT}:${lineOf(dir, 'format: pdf')}:11: source.format: is "pdf" but 2017-11-27.en.docx is a .docx file; make them agree`,
      `${REPORT}:${lineOf(dir, 'encoding:')}:13: source.encoding: applies only to a .txt source; remove it for 2017-11-27.en.docx`,
    ]);
  });

  it('refuse another extension', () => {
    const dir = edited((text) => text.replace(/^ {2}file: .*$/m, '  file: 2017-11-27.en.rtf'));
    expect(check(dir)).toContain(
      `${REPORT}:${lineOf(dir, 'file: 2017')}:9: source.file: must be a .txt, .pdf, .docx, .html or .htm file name in content/sources/`,
    );
  });

  const WINDOWS_1252 = new Uint8Array([0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f, 0x20, 0x93, 0x4f, 0x49, 0x4d, 0x94]); // México “OIM”

  it('read a Windows-1252 text in its declared encoding', () => {
    const dir = copyOfContent();
    withSource(dir, 'cp1252.en.txt', WINDOWS_1252, '\n  encoding: windows-1252');
    expect(check(dir).filter((problem) => problem.includes('source'))).toEqual([]);
    expect(readSource({ file: 'cp1252.en.txt', encoding: 'windows-1252' }, dir)).toBe('México “OIM”');
  });

  it('refuse a text that is not valid in the encoding it declares (UTF-8 when none is given)', () => {
    const dir = copyOfContent();
    withSource(dir, 'cp1252.en.txt', WINDOWS_1252);
    expect(check(dir).filter((problem) => problem.includes('source'))).toEqual([
      `${REPORT}:${lineOf(dir, 'file: cp1252')}:9: source.file: reads as windows-1252, not UTF-8; set source.encoding: windows-1252 (the encoding the importer named when it read the file)`,
    ]);
  });

  it('read UTF-16 and UTF-8 with a byte-order mark, the mark removed', () => {
    const dir = copyOfContent();
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Año'].flatMap((c) => [c.charCodeAt(0), 0])]);
    writeFileSync(join(dir, 'sources', 'a.txt'), utf16);
    expect(readSource({ file: 'a.txt', encoding: 'UTF-16LE' }, dir)).toBe('Año');
    writeFileSync(join(dir, 'sources', 'b.txt'), new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect(readSource({ file: 'b.txt', encoding: 'UTF-8 with BOM' }, dir)).toBe('A');
    expect(() => readSource('b.txt', dir)).toThrow(
      'reads as UTF-8 with BOM, not UTF-8; set source.encoding: UTF-8 with BOM',
    );
  });
});
