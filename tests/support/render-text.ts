/**
 * Renders a report of the archive back into the shapes the world makes of
 * it, for round-trip tests: hard-wrapped plain text, as a copy out of a PDF
 * or an e-mail gives it.
 */
import type { Report } from '../../src/lib/archive.ts';

/** Greedy word wrap at `width` columns (a word longer than the width gets a line of its own). */
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

/** One paragraph of a report's text ("· " bullets on their own lines) as wrapped lines, the first with `marker`. */
function paragraphLines(paragraph: string, width: number, marker: string): string[] {
  return paragraph.split('\n').flatMap((line, index) => {
    const bullet = line.startsWith('· ');
    const head = index === 0 && marker !== '' ? `${marker} ` : '';
    return wrap(`${head}${line}`, width, bullet ? '  ' : '');
  });
}

/**
 * A report as hard-wrapped text: heading lines, preamble, items with their
 * printed markers ("2.", "a)" for sub-items), a blank line between paragraphs
 * when `blankLines`, otherwise none (as many PDF copies have it).
 */
export function reportAsWrappedText(report: Report, options: { width: number; blankLines: boolean }): string {
  const paragraphs: string[][] = [];
  for (const line of report.data.heading ?? []) paragraphs.push([line]);
  for (const paragraph of report.preambleText.split('\n\n')) paragraphs.push(paragraphLines(paragraph, options.width, ''));
  for (const item of report.items) {
    const marker = item.letter === undefined ? `${item.n}.` : `${item.letter})`;
    item.text.split('\n\n').forEach((paragraph, index) => {
      paragraphs.push(paragraphLines(paragraph, options.width, index === 0 ? marker : ''));
    });
  }
  return `${paragraphs.map((lines) => lines.join('\n')).join(options.blankLines ? '\n\n' : '\n')}\n`;
}
