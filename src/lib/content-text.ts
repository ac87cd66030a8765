/**
 * The text of a content file (report or data file), checked, never repaired:
 * strict UTF-8 (the platform's own decoder, `TextDecoder` with `fatal`), a
 * leading BOM accepted and removed, and no character that could hide or
 * reorder what readers see (NUL and other control characters, bidirectional
 * overrides and isolates). Verbatim means the published characters are the
 * file's characters, so a file that breaks these rules is refused with the
 * place of its first bad byte or character, not cleaned up.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

/** Names of the characters refused, so a message says what was found, not just a code point. */
const NAMED: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x1b: 'ESCAPE',
  0x0d: 'CARRIAGE RETURN (not followed by a line feed)',
  0x7f: 'DELETE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/**
 * Control characters other than tab and line feed (a carriage return only as
 * part of a Windows line end), C1 controls, and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/u;

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`: how a refused character is named in a message. */
function describe(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMED[codePoint] ?? 'a control character';
  return `${hex} (${name})`;
}

/** A strict decoder: throws at the first byte sequence that is not UTF-8 (a BOM is removed). */
function strict(bytes: Uint8Array, stream = false): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
}

/** Whether these bytes decode (in stream mode, an unfinished last sequence is not an error). */
function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    strict(bytes, stream);
    return true;
  } catch {
    return false;
  }
}

/** Line and column (1-based, in characters) of the first byte that is not UTF-8, or undefined when all are. */
export function invalidUtf8At(bytes: Uint8Array): { line: number; column: number } | undefined {
  if (decodes(bytes, false)) return undefined;
  // A line feed byte never occurs inside a multi-byte sequence, so lines can be tried one by one.
  let start = 0;
  let line = 1;
  for (;;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const text = bytes.subarray(start, end);
    if (!decodes(text, false)) return { line, column: firstBadColumn(text) };
    if (newline === -1) return { line, column: 1 };
    start = newline + 1;
    line++;
  }
}

/** Column of the first bad sequence in a line: after the longest prefix that is whole, valid UTF-8. */
function firstBadColumn(text: Uint8Array): number {
  // The shortest prefix that fails (an unfinished sequence at its end does not count) ends inside the bad sequence.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (decodes(text.subarray(0, middle + 1), true)) low = middle + 1;
    else high = middle;
  }
  let good = low;
  while (good > 0 && !decodes(text.subarray(0, good), false)) good--;
  return [...strict(text.subarray(0, good))].length + 1;
}

/** Line and column (1-based) of an offset in a string, counting characters (code points), not UTF-16 units. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * Decodes a content file's bytes: the text (BOM removed) when every byte is
 * UTF-8 and no refused character is in it, else undefined and one problem at
 * the first bad byte or character, saying how to fix it.
 * Example: `decodeContent(Buffer.from('Protecci\xf3n', 'latin1'), 'content/x.mdx')` →
 * `{ problems: [{ file, line: 1, column: 9, message: 'is not valid UTF-8 …' }] }`.
 */
export function decodeContent(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const invalid = invalidUtf8At(bytes);
  if (invalid !== undefined) {
    return {
      problems: [
        {
          file,
          ...invalid,
          message:
            'a byte here is not UTF-8 (was the file saved as Windows-1252 or Latin-1?); ' +
            'save the file as UTF-8 and check that the character reads as it should',
        },
      ],
    };
  }
  const text = strict(bytes);
  const refused = REFUSED.exec(text);
  if (refused !== null) {
    const codePoint = refused[0].codePointAt(0) ?? 0;
    return {
      problems: [
        {
          file,
          ...placeOf(text, refused.index),
          message:
            `${describe(codePoint)} is not allowed in content: it is invisible and can ` +
            `hide or reorder text; delete it`,
        },
      ],
    };
  }
  return { text, problems: [] };
}

/**
 * Reads a content file as checked text (see `decodeContent`), pushing its
 * problem onto `problems` and returning undefined when it is refused. A
 * symbolic link is refused without being followed: content is the
 * repository's own files, never something they point to.
 * Example: `readContentText('content/countries.yaml', 'content/countries.yaml', problems)` → the YAML text.
 */
export function readContentText(path: string, file: string, problems: Problem[]): string | undefined {
  if (lstatSync(path).isSymbolicLink()) {
    problems.push(symlinkProblem(file));
    return undefined;
  }
  const decoded = decodeContent(readFileSync(path), file);
  problems.push(...decoded.problems);
  return decoded.text;
}

/** The problem of a symbolic link under `content/`. */
export function symlinkProblem(file: string): Problem {
  return {
    file,
    message:
      'is a symbolic link; content must be files in the repository itself: replace the link with a copy of the file',
  };
}
