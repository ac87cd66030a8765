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
