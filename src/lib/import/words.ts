/**
 * No silent loss: proves that the words of the source document, in order,
 * are exactly the words the importer wrote into the heading, the preamble and
 * the items — markers drawn by a list's numbering, page furniture the reader
 * removed and white space aside, and a hyphen at a line end that only broke a
 * word. Independent of how the structure was found: it compares characters.
 */
import { ImportError } from '../problems.ts';
import { formatPosition, type SourceDocument, type SourcePosition } from './document.ts';
import type { Lead, Paragraph, ReportStructure } from './structure.ts';

/** The source's characters without white space, each with the segment (line or paragraph) it came from. */
interface Stream {
  text: string;
  /** For each character: the index of its segment in `segments`. */
  segment: Int32Array;
  /** For each character: its column in the segment (1-based). */
  column: Int32Array;
  /** For each character: true for a hyphen that ends a line. */
  lineEnd: Uint8Array;
  /** For each character: true when it starts a word (white space or a new line before it). */
  wordStart: Uint8Array;
  segments: SourcePosition[];
}

/**
 * Throws `ImportError` naming the first difference and its position in the
 * source ("12:5"; "page 2, line 7"; "paragraph 14") when the structure's
 * words are not the source's. Linear in the input.
 * Example: a structure that dropped "Canada, " from a participant list fails with `the source has "Canada,CostaRica…"
 * at 3:58 where the import has "CostaRica…"`.
 */
export function proveWords(document: SourceDocument, structure: ReportStructure): void {
  const source = sourceStream(document);
  const output = outputText(structure);
  let i = 0;
  let j = 0;
  while (i < source.text.length && j < output.length) {
    if (source.text[i] === output[j]) {
      i++;
      j++;
    } else if (source.lineEnd[i] === 1) i++;
    else break;
  }
  if (i === source.text.length && j === output.length) return;
  // Name the difference from the start of the word it is in.
  while (i > 0 && j > 0 && source.wordStart[i] !== 1) {
    i--;
    j--;
  }
  const where =
    i < source.text.length
      ? formatPosition({ ...(source.segments[source.segment[i] ?? 0] ?? { line: 1 }), column: source.column[i] ?? 1 })
      : 'the end of the source';
  throw new ImportError(
    `the import would not be word for word the source: at ${where} the source ` +
      `has "${excerpt(source.text, i)}" where the import has ` +
      `"${excerpt(output, j)}" (white space ignored); nothing may be lost or ` +
      `moved, so this document cannot be imported as it is — please report it with ` +
      `the file`,
  );
}

function excerpt(text: string, at: number): string {
  return text.slice(at, at + 30) || '(nothing)';
}

/** White space as `\s` sees it, by code unit (a regular expression per character costs seconds at 1 MB). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function sourceStream(document: SourceDocument): Stream {
  const segments = document.lines ?? document.blocks ?? [];
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const codes = new Uint16Array(total);
  const segment = new Int32Array(total);
  const column = new Int32Array(total);
  const lineEnd = new Uint8Array(total);
  const wordStart = new Uint8Array(total);
  let length = 0;
  segments.forEach((part, index) => {
    const text = part.text;
    let last = text.length - 1;
    while (last >= 0 && isSpace(text.charCodeAt(last))) last--;
    let space = true;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) {
        space = true;
        continue;
      }
      codes[length] = code;
      segment[length] = index;
      column[length] = (part.position.column ?? 1) + at;
      lineEnd[length] = document.lines !== undefined && at === last && code === 0x2d ? 1 : 0;
      wordStart[length] = space ? 1 : 0;
      space = false;
      length++;
    }
  });
  const text = new TextDecoder('utf-16le').decode(codes.subarray(0, length));
  return { text, segment, column, lineEnd, wordStart, segments: segments.map((part) => part.position) };
}

/** The words the structure publishes, with the markers that are the source's own words, white space removed. */
function outputText(structure: ReportStructure): string {
  const parts: string[] = [...structure.heading];
  const paragraph = (block: Paragraph): void => {
    parts.push(withLead(block.text, block.lead));
  };
  structure.preamble.forEach(paragraph);
  for (const item of structure.items) {
    if (item.lead?.typed && !item.lead.inText) parts.push(item.lead.printed);
    item.paragraphs.forEach(paragraph);
  }
  return parts.join('').replace(/\s+/gu, '');
}

/** A paragraph's words as the source has them: a typed bullet before it, a list's marker not. */
function withLead(text: string, lead: Lead | undefined): string {
  if (lead === undefined) return text;
  if (lead.inText) return lead.typed ? text : text.slice(lead.printed.length);
  return lead.typed ? `${lead.printed}${text}` : text;
}
