/**
 * The text reader: a `.txt` file's bytes to lines, decoded with the WHATWG
 * Encoding Standard's decoders (`TextDecoder`): UTF-8 with or without a BOM,
 * UTF-16LE/BE with a BOM, and Windows-1252 when the bytes are not UTF-8.
 */
import { ImportError } from '../../problems.ts';
import type { SourceEncoding } from '../../../schemas/report.ts';
import type { SourceDocument, SourceLine } from '../document.ts';

/**
 * The decoded text of a file and the encoding it was decoded from (`UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`,
 * `windows-1252`).
 */
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

const BINARY =
  'the file is not text (it contains binary data); save the report as plain text (.txt, UTF-8) and import that';

/** Decodes with a BOM's encoding, refusing bytes that are not valid in it. */
function decodeWithBom(bytes: Uint8Array, bom: (typeof BOMS)[number]): DecodedText {
  try {
    const text = new TextDecoder(bom.label, { fatal: true }).decode(bytes.subarray(bom.bytes.length));
    return { text, encoding: bom.encoding };
  } catch {
    throw new ImportError(
      `the file starts with a ${bom.encoding} byte-order mark but is not ` +
        `valid ${bom.encoding}; save it again as plain text (UTF-8) and import that`,
    );
  }
}

/**
 * Whether NUL bytes fall in every other position: UTF-16 (little- or big-endian) of Latin text, whose high bytes are 0.
 * An even number of bytes, nine in ten of one parity NUL and one in ten at most of the other.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const zeros = [0, 0];
  bytes.forEach((byte, index) => {
    if (byte === 0) zeros[index % 2] = (zeros[index % 2] ?? 0) + 1;
  });
  const pairs = Math.floor(bytes.length / 2);
  const [even = 0, odd = 0] = zeros;
  return (
    bytes.length % 2 === 0 && pairs > 0 && Math.max(even, odd) >= pairs * 0.9 && Math.min(even, odd) <= pairs * 0.1
  );
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what older word processors save; every byte decodes). */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0) && looksLikeUtf16(bytes)) {
    throw new ImportError(
      'the file looks like UTF-16 without a byte-order mark (a zero byte in every ' +
        'other position); save it again as UTF-8 (or UTF-16 with a byte-order mark)',
    );
  }
  if (bytes.includes(0)) throw new ImportError(BINARY);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes a text file's bytes exactly as the importer does, for the importer and for
 * reading archived sources (`source-files.ts`).
 * Example: `decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))` → `{ text: 'A', encoding: 'UTF-8 with BOM' }`.
 * Throws `ImportError` for an empty file, UTF-16 without a byte-order mark (NUL bytes in every other position),
 * binary data (a NUL byte outside UTF-16, or a NUL character),
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
 * A line that is only a page number, as printed at a page's foot or head: `2`, `- 2 -`, `Page 2 of 3`, `Página 2 de 3`,
 * `p. 2`, `2/3`. One definition for the PDF reader (at page edges) and the text reader (in a copied PDF's text).
 * Example: `PAGE_NUMBER.test('Página 2 de 3')` → true; `PAGE_NUMBER.test('2. To thank')` → false.
 */
export const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|página|pág\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** How near (in non-blank lines) a running header or footer is to a page number in a copied text. */
const NEAR = 2;

const quote = (texts: string[]) => texts.map((text) => `"${text}"`).join(', ');

/**
 * Which non-blank lines are page numbers. A line that says so ("Page 2 of 3",
 * "Página 2") always is; a bare number ("2", "- 2 -") only when the text's
 * page numbers, two or more, increase as pages do — a lone "3" or "2017" is text.
 */
function pageNumbers(text: readonly SourceLine[]): boolean[] {
  const candidates = text.map((line) => PAGE_NUMBER.test(line.text.trim()));
  const values = text.flatMap((line, rank) => (candidates[rank] ? [Number(/\d+/u.exec(line.text)?.[0])] : []));
  const increasing =
    values.length >= 2 && values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0));
  return candidates.map(
    (candidate, rank) => candidate && (increasing || !/^[-–—\s\d]+$/u.test(text[rank]?.text.trim() ?? '')),
  );
}

/**
 * Removes page furniture a copy of a PDF's text keeps: lines that are only a page number, and lines repeated next to
 * them (the same text within `NEAR` non-blank lines of two page numbers or more: a running header or footer). A line
 * not next to a page number is always kept. Linear: each line looks only at its `NEAR` neighbours.
 */
function removeFurniture(lines: SourceLine[]): { lines: SourceLine[]; removed: string[] } {
  const text = lines.filter((line) => line.text.trim() !== '');
  const isNumber = pageNumbers(text);
  /** For each non-blank line, the page numbers (their ranks) within NEAR lines of it. */
  const near = text.map((_, rank) => {
    const found: number[] = [];
    for (let other = Math.max(0, rank - NEAR); other <= Math.min(text.length - 1, rank + NEAR); other++) {
      if (other !== rank && isNumber[other]) found.push(other);
    }
    return found;
  });
  // A running line is repeated: two occurrences or more next to page numbers, next to two page numbers or more in all.
  const occurrences = new Map<string, { count: number; numbers: Set<number> }>();
  text.forEach((line, rank) => {
    if (isNumber[rank] || (near[rank]?.length ?? 0) === 0) return;
    const seen = occurrences.get(line.text.trim()) ?? { count: 0, numbers: new Set<number>() };
    for (const number of near[rank] ?? []) seen.numbers.add(number);
    occurrences.set(line.text.trim(), { count: seen.count + 1, numbers: seen.numbers });
  });
  const isRunning = (key: string) =>
    (occurrences.get(key)?.count ?? 0) >= 2 && (occurrences.get(key)?.numbers.size ?? 0) >= 2;
  const running = new Set(
    text.filter((line, rank) => !isNumber[rank] && (near[rank]?.length ?? 0) > 0 && isRunning(line.text.trim())),
  );
  const numbers = text.filter((_, rank) => isNumber[rank]);
  const dropped = new Set([...numbers, ...running]);
  const removed = [
    ...(running.size
      ? [`running headers and footers: ${running.size} (${quote([...running].map((line) => line.text.trim()))})`]
      : []),
    ...(numbers.length ? [`page numbers: ${numbers.length} (${quote(numbers.map((line) => line.text.trim()))})`] : []),
  ];
  return { lines: lines.filter((line) => !dropped.has(line)), removed };
}

/**
 * Reads a `.txt` file: one `SourceLine` per line of the file (CRLF, CR and LF all end a line),
 * trailing white space removed, blank lines as `''`, positions the file's own line numbers; page furniture a copy of a
 * PDF keeps (lines that are only a page number, and a running header or footer repeated next to them) removed and
 * listed in `removed` (`page numbers: 2 ("Page 1 of 3", "- 2 -")`, `running headers and footers: …`).
 * Example: `readText(bytes)` → `{ format: 'txt', encoding: 'UTF-8', lines: [{ text: 'REPORT', position: { line: 1 } },
 * …], removed: [] }`.
 * Throws `ImportError` as `decodeText` does.
 */
export function readText(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  return { format: 'txt', encoding, ...textLines(text) };
}

/**
 * A decoded text as the importer reads it: one `SourceLine` per line (`\n`, `\r\n` or `\r`; a final line end
 * starts no line), trailing white space removed, page furniture a copy of a PDF keeps removed and listed.
 * Example: `textLines('REPORT\n\nPage 1 of 2\n…')` → `{ lines: [{ text: 'REPORT', position: { line: 1 } }, …], removed:
 * ['page numbers: …'] }`.
 */
export function textLines(text: string): { lines: SourceLine[]; removed: string[] } {
  const raw = text.split(/\r\n?|\n/u);
  if (raw.at(-1) === '') raw.pop();
  return removeFurniture(raw.map((line, index) => ({ text: line.trimEnd(), position: { line: index + 1 } })));
}
