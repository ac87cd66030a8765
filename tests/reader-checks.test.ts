/**
 * What the format readers refuse, remove or leave for a person, on fixtures made by
 * scripts/make-reader-fixtures.ts (the docx package and LibreOffice): text in columns and tables, a typed number
 * and its tab, Word's tables, notes, tracked changes and comments, page furniture in a copied text, `<pre>` and
 * hidden elements in a web page, UTF-16 without a byte-order mark.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/lib/import/readers/index.ts';
import { ImportError } from '../src/lib/importer.ts';

const DIR = 'tests/fixtures/documents';
const read = (name: string) => readDocument(new Uint8Array(readFileSync(`${DIR}/${name}`)), name);
const refusal = async (name: string) => {
  const error = await read(name).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as Error).message;
};

describe('PDF reader: columns, tables and tabs', () => {
  it('refuses a PDF set in two columns, naming the first line where the columns meet', async () => {
    expect(await refusal('columns.pdf')).toBe(
      'columns.pdf: page 1, line 6: the text is laid out in columns or a table ("1. To thank the following delegations for their" and ' +
        '"registration and completion of the virtual course by" side by side, on 29 lines); read across the page, the columns would be ' +
        'woven together. Import the Word file, or a single-column text copy of the report',
    );
  });

  it('refuses a PDF whose agreements are in a table', async () => {
    expect(await refusal('table.pdf')).toBe(
      'table.pdf: page 1, line 6: the text is laid out in columns or a table ("Agreement" and "Responsible" side by side, on 3 lines); ' +
        'read across the page, the columns would be woven together. Import the Word file, or a single-column text copy of the report',
    );
  });

  it('reads a typed number and its tab as a number and a space, not as a column', async () => {
    const lines = ((await read('typed-tab.pdf')).lines ?? []).map((line) => line.text);
    expect(lines.slice(-3)).toEqual([
      '1. To thank Mexico for its report.',
      '2. To thank Panama for hosting the meeting.',
      '3. To thank Canada for its presentation on crisis management.',
    ]);
  });
});

describe('DOCX reader: tables, notes, tracked changes and comments', () => {
  it('refuses a table after the heading, naming its first paragraph', async () => {
    expect(await refusal('table.docx')).toBe(
      'table.docx: paragraph 4: the Word file has a table ("No.", "Agreement", "Responsible", …) after the heading; ' +
        "the archive's report text has no tables, and its cells would become loose paragraphs. " +
        'Import a version of the report without the table, or write the report file by hand',
    );
  });

  it('keeps a letterhead table above the heading, cell by cell, and leaves it for a person', async () => {
    const document = await read('letterhead-table.docx');
    expect(document.blocks?.slice(0, 2).map((block) => [block.text, block.position.line])).toEqual([
      ['RCM', 1],
      ['Conferencia Regional sobre Migración', 2],
    ]);
    expect(document.unresolved).toEqual([
      'text: the Word file has a table in its heading (paragraph 1: "RCM", "Conferencia Regional sobre Migración"); its cells were read as heading lines, one per cell: check them against the original',
    ]);
  });

  it('quotes footnotes, endnotes and comments, and counts unaccepted tracked changes, for a person', async () => {
    const document = await read('notes-changes.docx');
    expect(document.unresolved).toEqual([
      'text: the Word file has a footnote ("Belize did not attend this session."), which is not in the imported text; check the original and add it to the report file by hand if it belongs there',
      'text: the Word file has an endnote ("See the annex of the 2016 report."), which is not in the imported text; check the original and add it to the report file by hand if it belongs there',
      'text: the Word file has a comment by Editor ("Check with IOM."), which is not in the imported text; check whether it asks for a change to the report',
      'text: the Word file has unaccepted tracked changes (1 insertion, 1 deletion); the import took the text with all changes accepted. Accept or reject them in Word and import the final version',
    ]);
    // The text itself is read with the changes accepted, the notes' words left out.
    expect(document.blocks?.slice(-3).map((block) => block.text)).toEqual([
      '1. To thank the delegations for their reports on best practices.',
      '2. To thank Mexico for its report and to take note of the budget.',
      '3. To thank IOM for its support.',
    ]);
  });

  it('leaves nothing for a person in a plain report', async () => {
    expect((await read('report-en.docx')).unresolved).toBeUndefined();
  });
});

describe('HTML reader: <pre> and hidden elements', () => {
  it('makes each non-blank line of a <pre> (a text LibreOffice saved as a web page) a block of its own', async () => {
    const document = await read('pre.html');
    expect(document.blocks?.map(({ text, marker, position }) => [position.line, marker ?? '', text])).toEqual([
      [1, '', 'REPORT FROM THE MEETING OF THE LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION'],
      [2, '', 'The Network submits its report to the RCGM for consideration, contained in the following items:'],
      [
        3,
        '',
        '1. To thank the following delegations for their reports on best practices and advances relating to consular protection:',
      ],
      [4, '', '2. Regarding the establishment of joint consulates:'],
      [
        5,
        '',
        'a. To thank the delegations of El Salvador and Mexico for the update on the establishment of joint consulates in South Africa and Australia.',
      ],
      [
        6,
        '',
        'b. To thank Panama for reporting on the joint efforts carried out with Costa Rica on juxtaposed borders in the framework of the Economic Central American Integration System (SIECA).',
      ],
    ]);
  });

  it('skips what a browser hides (hidden, aria-hidden, display:none, visibility:hidden) and quotes it in removed', async () => {
    const page =
      '<body><p>1. Shown.</p><div style="color: red; DISPLAY : none">2. Styled away.</div><p hidden>3. Hidden attribute.</p>' +
      '<p aria-hidden="true">4. <b>Aria</b> hidden.</p><span style="visibility:hidden">5. Invisible.</span>' +
      '<p style="display:block" aria-hidden="false">6. Shown too.</p></body>';
    const document = await readDocument(new TextEncoder().encode(page), 'hidden.html');
    expect(document.blocks?.map((block) => block.text)).toEqual(['1. Shown.', '6. Shown too.']);
    expect(document.removed).toEqual([
      'hidden elements (a browser does not show them): 4 ("2. Styled away.", "3. Hidden attribute.", "4. Aria hidden.", "5. Invisible.")',
    ]);
  });
});

describe('text reader: page furniture and UTF-16 without a BOM', () => {
  it('removes page-number lines and a running header next to them, listing them; keeps the header text elsewhere', async () => {
    const document = await read('furniture.txt');
    expect(
      document.lines?.filter((line) => line.text !== '').map((line) => [line.position.line, line.text.slice(0, 40)]),
    ).toEqual([
      [1, 'REPORT FROM THE MEETING OF THE LIAISON O'],
      [3, 'The Network submits its report to the RC'],
      [5, '1. To thank the following delegations fo'],
      [11, '2. Regarding the establishment of joint '],
      [12, 'a. To thank the delegations of El Salvad'],
      [15, 'b. To thank Panama for reporting on the '],
      [20, '5. To thank the'],
      // Three lines from the last page number: not furniture.
      [21, 'Regional Conference on Migration – Liais'],
    ]);
    const header = '"Regional Conference on Migration – Liaison Officer Network"';
    expect(document.removed).toEqual([
      `running headers and footers: 3 (${header}, ${header}, ${header})`,
      'page numbers: 3 ("Page 1 of 3", "- 2 -", "Página 3 de 3")',
    ]);
  });

  it('keeps a repeated line that is next to only one page number', async () => {
    const text = 'Header\n1. One.\nPage 2\nHeader\n2. Two.\nHeader\n';
    const document = await readDocument(new TextEncoder().encode(text), 'one.txt');
    expect(document.lines?.map((line) => line.text)).toEqual(['Header', '1. One.', 'Header', '2. Two.', 'Header']);
    expect(document.removed).toEqual(['page numbers: 1 ("Page 2")']);
  });

  it('keeps a lone number on a line: only numbers that run as pages do are page numbers', async () => {
    const text =
      'The Network met in Managua, Nicaragua, on 5 March 2019.\n1. To thank Nicaragua.\n2017\n2. To thank Panama.\n';
    const document = await readDocument(new TextEncoder().encode(text), 'lone.txt');
    expect(document.lines?.map((line) => line.text)).toContain('2017');
    expect(document.removed).toEqual([]);
  });

  it('refuses UTF-16 without a byte-order mark, saying how to save it', async () => {
    expect(await refusal('utf16le-nobom.txt')).toBe(
      'utf16le-nobom.txt: the file looks like UTF-16 without a byte-order mark (a zero byte in every other position); save it again as UTF-8 (or UTF-16 with a byte-order mark)',
    );
    const be = Buffer.from('Informe de la reunión', 'utf16le').swap16();
    expect(await readDocument(new Uint8Array(be), 'be.txt').catch((error: Error) => error.message)).toContain(
      'looks like UTF-16',
    );
  });
});
