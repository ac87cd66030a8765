/**
 * Renders a report of the archive back into the shapes the world makes of
 * it, for round-trip tests: hard-wrapped plain text, as a copy out of a PDF
 * or an e-mail gives it, and the secretariat's Word file (which LibreOffice
 * then prints to PDF).
 */
import type { Report } from '../../src/lib/archive.ts';
import type { DocxItem, DocxReport } from '../../src/lib/import/render.ts';
import { wrap } from '../../bench/wrap.ts';

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
  for (const paragraph of report.preambleText.split('\n\n'))
    paragraphs.push(paragraphLines(paragraph, options.width, ''));
  for (const item of report.items) {
    const marker = item.letter === undefined ? `${item.numberedItem}.` : `${item.letter})`;
    item.text.split('\n\n').forEach((paragraph, index) => {
      paragraphs.push(paragraphLines(paragraph, options.width, index === 0 ? marker : ''));
    });
  }
  return `${paragraphs.map((lines) => lines.join('\n')).join(options.blankLines ? '\n\n' : '\n')}\n`;
}

/** A paragraph of a report's text split into its own text and the "· " bullet lines under it. */
function splitBullets(paragraph: string): { text: string[]; bullets: string[] } {
  const lines = paragraph.split('\n');
  return {
    text: lines.filter((line) => !line.startsWith('· ')),
    bullets: lines.filter((line) => line.startsWith('· ')).map((line) => line.slice(2)),
  };
}

/** An item's text as DOCX paragraphs and bullets (bullets follow its paragraphs, as in the printed reports). */
function docxItem(number: string, text: string): DocxItem {
  const parts = text.split('\n\n').map(splitBullets);
  const bullets = parts.flatMap((part) => part.bullets);
  return { number, paragraphs: parts.flatMap((part) => part.text), ...(bullets.length > 0 ? { bullets } : {}) };
}

/**
 * A report of the archive as the secretariat's Word file: heading lines,
 * preamble, items and sub-items under Word's automatic multilevel numbering,
 * and a page-number footer (page furniture to remove). No running header:
 * on a one-page document nothing tells a header from a heading line, and the
 * seeds' first heading line is the RCM's name, which a header would repeat.
 */
export function reportAsDocx(report: Report): DocxReport {
  const items: DocxItem[] = [];
  for (const item of report.items) {
    if (item.letter === undefined) items.push(docxItem(item.numberedItem, item.text));
    else {
      const parent = items.at(-1);
      if (parent) parent.subItems = [...(parent.subItems ?? []), docxItem(item.letter, item.text)];
    }
  }
  return {
    headingLines: report.data.heading ?? [],
    preamble: report.preambleText.split('\n\n'),
    items,
    footer: report.lang === 'en' ? 'Page {PAGE} of {PAGES}' : 'Página {PAGE} de {PAGES}',
  };
}
