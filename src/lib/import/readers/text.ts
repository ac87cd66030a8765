/**
 * The text reader: a `.txt` file's bytes to lines, decoded with the WHATWG
 * Encoding Standard's decoders (`TextDecoder`): UTF-8 with or without a BOM,
 * UTF-16LE/BE with a BOM, and Windows-1252 when the bytes are not UTF-8.
 */
import { ImportError } from '../../problems.ts';
import type { SourceEncoding } from '../../../schemas/report.ts';
import type { SourceDocument, SourceLine } from '../document.ts';

/** The decoded text of a file and the encoding it was decoded from (`UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`, `windows-1252`). */
export interface DecodedText {
  /** The text, BOM removed, line ends as `\n`. */
  text: string;
  /** The encoding, as named in `SourceDocument.encoding` and in a report file's `source.encoding`. */
  encoding: SourceEncoding;
}

const BOMS: { bytes: number[]; label: string; encoding: SourceEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'UTF-8 with BOM' },
  { bytes: [0xff, 0xfe], label: 'utf-16le', encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], label: 'utf-16be', encoding: 'UTF-16BE' },
];

const BINARY = 'the file is not text (it contains binary data); save the report as plain text (.txt, UTF-8) and import that';

/** Decodes with a BOM's encoding, refusing bytes that are not valid in it. */
function decodeWithBom(bytes: Uint8Array, bom: (typeof BOMS)[number]): DecodedText {
  try {
    const text = new TextDecoder(bom.label, { fatal: true }).decode(bytes.subarray(bom.bytes.length));
    return { text, encoding: bom.encoding };
  } catch {
    throw new ImportError(
      `the file starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}; save it again as plain text (UTF-8) and import that`,
    );
  }
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what older word processors save; every byte decodes). */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) throw new ImportError(BINARY);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes a text file's bytes exactly as the importer does, for the importer and for
 * reading archived sources (`content-files.ts`).
 * Example: `decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))` → `{ text: 'A', encoding: 'UTF-8 with BOM' }`.
 * Throws `ImportError` for an empty file, binary data (a NUL byte outside UTF-16, or a NUL character),
 * bytes invalid in the encoding their BOM names, or a file of only white space.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  const decoded = bom ? decodeWithBom(bytes, bom) : decodeWithoutBom(bytes);
  // A NUL character is never in a report, whatever the encoding: UTF-16 of a binary file decodes without error.
  if (decoded.text.includes('\u0000')) throw new ImportError(BINARY);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('the file is empty (only spaces and blank lines)');
  return { text, encoding: decoded.encoding };
}

/**
 * Reads a `.txt` file: one `SourceLine` per line of the file (CRLF, CR and LF all end a line),
 * trailing white space removed, blank lines as `''`, positions the file's own line numbers.
 * Example: `readText(bytes)` → `{ format: 'txt', encoding: 'UTF-8', lines: [{ text: 'REPORT', position: { line: 1 } }, …], removed: [] }`.
 * Throws `ImportError` as `decodeText` does.
 */
export function readText(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  const raw = text.split('\n');
  // A final line end does not start another line.
  if (raw.at(-1) === '') raw.pop();
  const lines: SourceLine[] = raw.map((line, index) => ({ text: line.trimEnd(), position: { line: index + 1 } }));
  return { format: 'txt', encoding, lines, removed: [] };
}
