/**
 * Step 1 of the importer: a file's bytes to a `SourceDocument`, by the reader
 * of its format. The format is chosen by the file name's extension and
 * checked against the bytes, so a misnamed file is refused with a message
 * rather than read as something it is not.
 */
import { extname } from 'node:path';
import { ImportError } from '../../problems.ts';
import type { SourceDocument, SourceFormat } from '../document.ts';
import { readText } from './text.ts';

/** The largest file the importer reads: 20 MB (a report is a few pages; a larger file is not one report). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The file extensions the importer reads (lower case, with the dot), and the format each is read as. */
export const ACCEPTED_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

const ACCEPTED = Object.keys(ACCEPTED_EXTENSIONS).join(', ');

const startsWith = (bytes: Uint8Array, text: string) =>
  [...text].every((char, index) => bytes[index] === char.charCodeAt(0));

/** Refuses bytes that are not what the extension says (the readers' own errors would be less clear). */
function checkContent(bytes: Uint8Array, format: SourceFormat, fileName: string): void {
  if (format === 'pdf' && !startsWith(bytes, '%PDF-')) {
    throw new ImportError(
      `${fileName}: the file is named .pdf but is not a PDF (it does not start ` +
        `with "%PDF-"); export the report to PDF again`,
    );
  }
  if (format === 'docx' && !startsWith(bytes, 'PK')) {
    throw new ImportError(
      `${fileName}: the file is named .docx but is not a Word document (.docx ` +
        `files are zip archives); an old .doc file must be saved as .docx in Word or ` +
        `LibreOffice first`,
    );
  }
}

/**
 * Reads a file to import by the reader of its extension (`.txt`, `.pdf`, `.docx`, `.html`, `.htm`, any case).
 * Example: `await readDocument(readFileSync('report.pdf'), 'report.pdf')` → `{ format: 'pdf', lines: […], removed:
 * ['page numbers: …'] }`.
 * Throws `ImportError` for another extension (naming those accepted), a file over `MAX_IMPORT_BYTES`, an empty file,
 * content that does not match the extension, and whatever the format's reader refuses.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const extension = extname(fileName).toLowerCase();
  const format = ACCEPTED_EXTENSIONS[extension];
  if (!format) {
    throw new ImportError(
      `${fileName}: the importer reads ${ACCEPTED} files, not ` +
        `"${extension || 'a file without extension'}"; save the report in one of ` +
        `those formats`,
    );
  }
  if (bytes.length === 0) throw new ImportError(`${fileName}: the file is empty`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ImportError(
      `${fileName}: the file is ${size} MB, over the importer's limit ` +
        `of ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a report is a few pages: import ` +
        `one report per file`,
    );
  }
  checkContent(bytes, format, fileName);
  try {
    // The PDF, Word and HTML readers load large libraries (pdf.js, mammoth): only the one a file needs is loaded.
    if (format === 'txt') return readText(bytes);
    if (format === 'pdf') return await (await import('./pdf.ts')).readPdf(bytes);
    if (format === 'docx') return await (await import('./docx.ts')).readDocx(bytes);
    return (await import('./html.ts')).readHtml(bytes);
  } catch (error) {
    // Every refusal names the file it is about.
    if (error instanceof ImportError && !error.message.startsWith(`${fileName}:`))
      throw new ImportError(`${fileName}: ${error.message}`);
    throw error;
  }
}
