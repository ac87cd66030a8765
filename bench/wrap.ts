/**
 * Greedy word wrap, as a text editor's "hard wrap" or an e-mail client does:
 * used to make hard-wrapped copies of reports for the importer's tests and bench.
 */

/** Wraps `text` at `width` columns; continuation lines start with `indent`; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
