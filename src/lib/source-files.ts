/**
 * The archived originals under `content/sources/`: their bytes, their text decoded as the importer decoded it, and
 * the check that each report's `source` field (file, checksum, encoding) still matches its original.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SourceEncoding, sourceFormatOf } from '../schemas/index.ts';
import { defaultContentDir } from './content-dir.ts';
import type { Problem } from './problems.ts';
import { UserError } from './problems.ts';
import { type DecodedText, decodeText } from './import/readers/text.ts';

/**
 * An archived source named by its file, or by a report's `source` field (file and the encoding it was decoded from).
 */
export type SourceRef = string | { file: string; encoding?: SourceEncoding | undefined };

/**
 * The text of an archived source document (`content/sources/{file}`), decoded
 * exactly as the importer decoded it (`decodeText` of the text reader), line
 * ends as `\n`: `readSource({ file: 'x.es.txt', encoding: 'windows-1252' })`.
 * A `.txt` without a declared encoding must read as UTF-8. Throws a UserError
 * when the importer would read the bytes in another encoding than the one
 * declared, and for a `.pdf`, `.docx` or `.html` source, which only the import
 * readers read (`readSourceDocument` in `src/lib/import/sources.ts`).
 */
export function readSource(source: SourceRef, contentDir: string = defaultContentDir()): string {
  const { file, encoding } = typeof source === 'string' ? { file: source, encoding: undefined } : source;
  const name = `content/sources/${file}`;
  const format = sourceFormatOf(file);
  if (format !== 'txt') {
    throw new UserError(
      `${name}: a .${format ?? file.split('.').pop() ?? '?'} source is read with ` +
        `readSourceDocument (src/lib/import/sources.ts)`,
    );
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(readSourceBytes(file, contentDir));
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
  const declared = encoding ?? 'UTF-8';
  if (decoded.encoding !== declared) {
    throw new UserError(
      `${name}: reads as ${decoded.encoding}, not ${declared}; set ` +
        `source.encoding: ${decoded.encoding} (the encoding the importer named when ` +
        `it read the file)`,
    );
  }
  return decoded.text;
}

/** The bytes of an archived source document, unchanged (what `/sources/{file}` serves). */
export function readSourceBytes(file: string, contentDir: string = defaultContentDir()): Buffer {
  return readFileSync(join(contentDir, 'sources', file));
}

/** A report's `source` field, as validated: the archived file, its SHA-256 and the encoding it was decoded from. */
interface SourceField {
  file: string;
  sha256: string;
  encoding?: SourceEncoding | undefined;
}

/**
 * What is wrong with a report's `source` field, as one problem at the field to fix, or undefined when the original
 * exists, still has the recorded SHA-256 (FIPS 180-4) and reads in the declared encoding. `placeOf` gives the place
 * of a frontmatter field. Reads the file; throws only what the file system throws besides a missing file.
 * Example: `sourceProblem({ file: 'x.txt', sha256: '…' }, 'content', 'content/reports/en/x.mdx', placeOf)` →
 * `{ where: 'source.sha256', message: 'does not match content/sources/x.txt; …' }` after the file changed.
 */
export function sourceProblem(
  source: SourceField,
  contentDir: string,
  file: string,
  placeOf: (path: readonly PropertyKey[]) => { line: number; column?: number } | undefined,
): Problem | undefined {
  const at = (path: readonly PropertyKey[]) => placeOf(path) ?? { line: 1 };
  const sourceFile = join(contentDir, 'sources', source.file);
  if (!existsSync(sourceFile)) {
    return {
      file,
      ...at(['source', 'file']),
      where: 'source.file',
      message: `content/sources/${source.file} does not exist; archive the original text there`,
    };
  }
  if (sha256(readFileSync(sourceFile)) !== source.sha256) {
    return {
      file,
      ...at(['source', 'sha256']),
      where: 'source.sha256',
      message:
        `does not match content/sources/${source.file}; archived originals ` +
        `must not change (if this is a deliberate new version, record its checksum)`,
    };
  }
  const unreadable = sourceDecodingProblem(source, contentDir);
  if (unreadable === undefined) return undefined;
  const field = source.encoding === undefined ? 'file' : 'encoding';
  return { file, ...at(['source', field]), where: `source.${field}`, message: unreadable };
}

/**
 * Why a `.txt` source cannot be read in its declared encoding, or undefined when it can (other formats are not read
 * here).
 */
function sourceDecodingProblem(
  source: { file: string; encoding?: SourceEncoding | undefined },
  contentDir: string,
): string | undefined {
  if (sourceFormatOf(source.file) !== 'txt') return undefined;
  try {
    readSource(source, contentDir);
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message.replace(/^[^:]+: /, '');
    throw error;
  }
}

/**
 * The SHA-256 (FIPS 180-4) of some bytes, as lower-case hex: what a report's `source.sha256` records.
 * Example: `sha256(Buffer.from(''))` → `'e3b0c442…b855'`.
 */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
