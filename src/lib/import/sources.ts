/**
 * Archived originals (`content/sources/`) read the way the importer read
 * them, for the fidelity check: a PDF, Word file or web page through its
 * format reader, a text in the encoding its report file declares.
 */
import type { SourceEncoding } from '../../schemas/report.ts';
import { defaultContentDir } from '../content-dir.ts';
import { readSourceBytes } from '../source-files.ts';
import { UserError } from '../problems.ts';
import type { SourceDocument } from './document.ts';
import { readDocument } from './readers/index.ts';

/**
 * Reads an archived original with the importer's reader for its format.
 * Example: `await readSourceDocument({ file: '2017-11-27.en.pdf' })` → its lines, page furniture removed.
 * Throws a UserError (naming the file) when the reader refuses it, or when a
 * text reads in another encoding than the one its report file declares.
 */
export async function readSourceDocument(
  source: { file: string; encoding?: SourceEncoding | undefined },
  contentDir: string = defaultContentDir(),
): Promise<SourceDocument> {
  const name = `content/sources/${source.file}`;
  let document: SourceDocument;
  try {
    document = await readDocument(readSourceBytes(source.file, contentDir), source.file);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${name}: ${error.message.replace(`${source.file}: `, '')}`);
    throw error;
  }
  const declared = document.format === 'txt' ? (source.encoding ?? 'UTF-8') : undefined;
  if (document.encoding !== declared) {
    throw new UserError(
      `${name}: reads as ${document.encoding ?? 'no text encoding'}, ` +
        `not ${declared ?? 'a text'}; correct source.encoding`,
    );
  }
  return document;
}

/**
 * A document as printed, one line per line (text, PDF) or paragraph (DOCX,
 * HTML), each paragraph after its printed marker ("2. To thank…", "a. IOM
 * commits…"), so that the fidelity check can cut it at the printed labels
 * whatever the format. Example: a DOCX block `{ marker: 'd.', text: 'To request IOM…' }` → `"d. To request IOM…"`.
 */
export function printedText(document: SourceDocument): string {
  if (document.lines) return document.lines.map((line) => line.text).join('\n');
  return (document.blocks ?? [])
    .map((block) => (block.marker === undefined ? block.text : `${block.marker} ${block.text}`))
    .join('\n');
}
