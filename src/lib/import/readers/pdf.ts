/**
 * The PDF reader: a PDF's text layer to lines in reading order, read with
 * unpdf (Mozilla's pdf.js, built to run in Node without a worker or a
 * canvas). Page furniture (running headers and footers, page numbers) is
 * removed and listed; a visible paragraph gap becomes a blank line; each line
 * says whether the next line's first word would have fitted at its end, so
 * the structure step can tell a wrapped line from a paragraph's end.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from '../../problems.ts';
import type { SourceDocument, SourceLine } from '../document.ts';
import { PAGE_NUMBER } from './text.ts';

/** A text item of pdf.js's text content, as this reader uses it. */
interface TextItem {
  str: string;
  fontName: string;
  /** [a, b, c, d, x, y]: the font size is |d| for upright text; (x, y) the start of the baseline. */
  transform: number[];
  width: number;
}

/** A line as laid out on its page. */
interface LaidLine {
  text: string;
  page: number;
  /** 1-based line of the page, counting every line (furniture included). */
  line: number;
  /** Baseline, in PDF units from the page's bottom. */
  y: number;
  size: number;
  left: number;
  right: number;
  /** Width of the line's first word, from its font's glyph widths. */
  firstWordWidth: number;
  /** Width of a space in the line's last font. */
  spaceWidth: number;
  /** Where a second column or table cell starts on this line (see `columnGap`), if one does. */
  columnAt?: { before: string; after: string } | undefined;
}

/** Glyph widths of a page's fonts, per character, for a font size of 1. */
type FontWidths = Map<string, Map<string, number>>;

/**
 * The width of `text` set in `item`'s font and size: the font's own widths, or the item's width shared out by
 * characters when the font does not say.
 */
function measure(text: string, item: TextItem, fonts: FontWidths): number {
  const size = Math.abs(item.transform[3] ?? 0);
  const widths = fonts.get(item.fontName);
  const chars = [...text];
  if (widths && chars.every((char) => widths.has(char)))
    return chars.reduce((sum, char) => sum + (widths.get(char) ?? 0) * size, 0);
  return (item.width * chars.length) / Math.max(1, [...item.str].length);
}

const isTextItem = (item: unknown): item is TextItem =>
  typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);

/** Groups a page's items into lines by baseline, top to bottom, each left to right. */
function pageLines(items: TextItem[], page: number, fonts: FontWidths): LaidLine[] {
  const visible = items.filter((item) => item.str.trim() !== '' || item.width > 0);
  const sorted = [...visible].sort(
    (a, b) => (b.transform[5] ?? 0) - (a.transform[5] ?? 0) || (a.transform[4] ?? 0) - (b.transform[4] ?? 0),
  );
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const size = Math.abs(item.transform[3] ?? 0) || 1;
    const last = groups.at(-1);
    // Items whose baselines are within a third of the font size share a line (superscripts, mixed fonts).
    if (last && Math.abs((last[0]?.transform[5] ?? 0) - (item.transform[5] ?? 0)) < size / 3) last.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) =>
      lineOf(
        group.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0)),
        fonts,
      ),
    )
    .filter((line) => line.text !== '')
    .map((line, index) => ({ ...line, page, line: index + 1 }));
}

/**
 * A list marker or bullet, typed before a tab: `3.`, `a)`, `(iv)`, `•`. Text this short before a wide gap is a hanging
 * indent, not a column.
 */
const MARKER_BEFORE_TAB = /^(?:[([]?[\p{L}\p{N}]{1,4}[.)\]]?[.)-]?|[•·▪◦*\-–—])$/u;

/**
 * Where a line's text jumps across a gap wider than `COLUMN_GAP` font sizes (no text but white space in it) after
 * more than a list marker: the start of a second column or of a table's next cell. A tab after a typed "3." is not one.
 */
function columnGap(items: TextItem[], size: number): LaidLine['columnAt'] {
  const words = items.filter((item) => item.str.trim() !== '');
  let before = '';
  for (let i = 1; i < words.length; i++) {
    const [left, right] = [words[i - 1] as TextItem, words[i] as TextItem];
    before = `${before} ${left.str}`.trim();
    const gap = (right.transform[4] ?? 0) - ((left.transform[4] ?? 0) + left.width);
    if (gap <= size * COLUMN_GAP) continue;
    if (!MARKER_BEFORE_TAB.test(before)) return { before, after: right.str.trim() };
    before = ''; // A marker and its tab: the cell or column, if any, starts after it.
  }
  return undefined;
}

/**
 * A gap between words wider than this many font sizes separates columns or table cells (a space is about a quarter).
 */
const COLUMN_GAP = 2;

/** One line's text and geometry; a space is inserted where items are visibly apart. */
function lineOf(items: TextItem[], fonts: FontWidths): Omit<LaidLine, 'page' | 'line'> {
  let text = '';
  let end = -Infinity;
  const size = Math.max(...items.map((item) => Math.abs(item.transform[3] ?? 0)));
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    if (text !== '' && x - end > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, x + item.width);
  }
  const words = items.filter((item) => item.str.trim() !== '');
  const first = words[0];
  const last = words.at(-1);
  const firstWordWidth = first ? measure(first.str.trim().split(/\s+/)[0] ?? '', first, fonts) : 0;
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    y: items[0]?.transform[5] ?? 0,
    size,
    left: Math.min(...words.map((item) => item.transform[4] ?? 0)),
    right: Math.max(...words.map((item) => (item.transform[4] ?? 0) + item.width)),
    firstWordWidth,
    spaceWidth: last ? measure(' ', last, fonts) : size / 4,
    columnAt: columnGap(items, size),
  };
}

/** How many lines at the top and at the bottom of a page can be furniture. */
const EDGE = 2;
const normalise = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Removes running headers/footers (the same text, numbers aside, at the top or bottom of most pages) and lone page
 * numbers.
 */
function removeFurniture(pages: LaidLine[][]): { pages: LaidLine[][]; removed: string[] } {
  const edges = (lines: LaidLine[]) => new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)]);
  const seen = new Map<string, number>();
  for (const lines of pages)
    for (const key of new Set([...edges(lines)].map((line) => normalise(line.text))))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  const running = (line: LaidLine) =>
    pages.length >= 2 && (seen.get(normalise(line.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const numbers: string[] = [];
  const headers: string[] = [];
  const kept = pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      if (PAGE_NUMBER.test(line.text)) numbers.push(line.text);
      else if (running(line)) headers.push(line.text);
      else return true;
      return false;
    });
  });
  const quote = (texts: string[]) => texts.map((text) => `"${text}"`).join(', ');
  const removed = [
    ...(headers.length ? [`running headers and footers: ${headers.length} (${quote(headers)})`] : []),
    ...(numbers.length ? [`page numbers: ${numbers.length} (${quote(numbers)})`] : []),
  ];
  return { pages: kept, removed };
}

/**
 * The normal line pitch, as a multiple of the font size: the lower quartile of the pitches between lines of one size.
 */
function normalPitch(pages: LaidLine[][]): number {
  const ratios: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [above, below] = [lines[i - 1], lines[i]];
      if (above && below && Math.abs(above.size - below.size) < 0.5 && above.y > below.y)
        ratios.push((above.y - below.y) / below.size);
    }
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 4)] ?? 1.2;
}

/** Whether the space between two lines of a page is clearly more than the normal pitch (a paragraph gap). */
function isGap(above: LaidLine, below: LaidLine, pitch: number): boolean {
  const expected = pitch * ((above.size + below.size) / 2);
  return above.y - below.y > expected * 1.3;
}

/** The text column: the leftmost start and the rightmost end of the body's lines. */
interface Column {
  left: number;
  right: number;
}

/**
 * Whether the next line's first word would have fitted at the end of `line`, before the column's right edge. A line
 * never wraps into another font size, so a change of size ends the line by choice.
 */
function nextWordFits(line: LaidLine, next: LaidLine | undefined, column: Column): boolean {
  if (!next || Math.abs(next.size - line.size) > 0.5) return true;
  return line.right + line.spaceWidth + next.firstWordWidth <= column.right + 0.5;
}

/** The reader's output lines: blank lines at gaps, `nextWordFits` against the text column's right edge. */
function toSourceLines(pages: LaidLine[][]): SourceLine[] {
  const pitch = normalPitch(pages);
  const all = pages.flat();
  const column = { left: Math.min(...all.map((line) => line.left)), right: Math.max(...all.map((line) => line.right)) };
  const result: SourceLine[] = [];
  all.forEach((line, index) => {
    const previous = all[index - 1];
    if (previous && previous.page === line.page && isGap(previous, line, pitch))
      result.push({ text: '', position: { page: line.page, line: line.line } });
    result.push({
      text: line.text,
      position: { page: line.page, line: line.line },
      nextWordFits: nextWordFits(line, all[index + 1], column),
    });
  });
  return result;
}

/** A page of pdf.js. */
type PDFPageProxy = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

/**
 * A pdf.js font as loaded with `fontExtraProperties`: widths by character code, and the characters the codes stand for.
 */
interface LoadedFont {
  widths?: Record<number, number> | number[];
  toUnicode?: { _map?: (string | undefined)[] };
  fontMatrix?: number[];
}

/** The glyph widths of the fonts a page's items use (loading the page's operators loads its fonts). */
async function fontWidths(page: PDFPageProxy, items: TextItem[]): Promise<FontWidths> {
  const result: FontWidths = new Map();
  if (items.length === 0) return result;
  await page.getOperatorList();
  for (const name of new Set(items.map((item) => item.fontName))) {
    let font: LoadedFont | undefined;
    try {
      font = page.commonObjs.get(name) as LoadedFont;
    } catch {
      continue; // Not loaded (a Type 3 or broken font): the item widths are shared out instead.
    }
    const scale = font?.fontMatrix?.[0] ?? 0.001;
    const widths = new Map<string, number>();
    (font?.toUnicode?._map ?? []).forEach((char, code) => {
      const width = font?.widths?.[code as keyof typeof font.widths];
      if (typeof char === 'string' && typeof width === 'number' && !widths.has(char)) widths.set(char, width * scale);
    });
    result.set(name, widths);
  }
  return result;
}

/**
 * Lines with a column gap that make a page's layout columns or a table: more than one (a lone right-aligned date is
 * not).
 */
const COLUMN_LINES = 2;

/**
 * Refuses text laid out in columns or table cells: read line by line across the page, the columns' words would be
 * spliced together silently. Throws `ImportError` naming the first such line.
 */
function refuseColumns(pages: LaidLine[][]): void {
  const lines = pages.flat().filter((line) => line.columnAt);
  const first = lines[0];
  if (lines.length < COLUMN_LINES || !first?.columnAt) return;
  throw new ImportError(
    `page ${first.page}, line ${first.line}: the text is laid out in columns or ` +
      `a table ("${first.columnAt.before}" and "${first.columnAt.after}" side by ` +
      `side, on ${lines.length} lines); ` +
      ('read across the page, the columns would be woven together. Import the Word ' +
        'file, or a single-column text copy of the report'),
  );
}

async function openPdf(bytes: Uint8Array) {
  try {
    // pdf.js takes ownership of the buffer it is given: give it a copy.
    // fontExtraProperties keeps the fonts' glyph widths, which measure the words.
    return await getDocumentProxy(new Uint8Array(bytes), { fontExtraProperties: true });
  } catch (error) {
    const message = (error as Error).message;
    if (/password/i.test((error as Error).name + message)) {
      throw new ImportError(
        'the PDF is protected by a password; save an unprotected copy (print to PDF) and import that',
      );
    }
    throw new ImportError(
      `the PDF could not be read (${message}); export it to PDF again from Word ` +
        `or LibreOffice, or import the Word file`,
    );
  }
}

/**
 * Reads a PDF's text layer: lines in reading order (single column, top to bottom), page furniture removed and listed in
 * `removed`, a blank line (`text: ''`) at each visible paragraph gap, `nextWordFits` on every line (true for the last),
 * positions `{ page, line }` counting the page's lines as printed. Numbers a list prints stay in the line's text.
 * Example: `await readPdf(bytes)` → `{ format: 'pdf', lines: [{ text: '1. To thank …', position: { page: 1, line: 9 },
 * nextWordFits: false }, …], removed: ['page numbers: 2 ("Page 1 of 2", "Page 2 of 2")'] }`.
 * Throws `ImportError` when the PDF cannot be read, is password-protected, has no text layer (a scan: no OCR here), or
 * lays its text out in columns or table cells (words side by side across a gap of more than two font sizes, after
 * more than a list marker, on two lines or more), naming the first such line.
 */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const pdf = await openPdf(bytes);
  const pages: LaidLine[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const items: TextItem[] = content.items.flatMap((item) => (isTextItem(item) ? [item] : []));
    pages.push(pageLines(items, number, await fontWidths(page, items)));
  }
  await pdf.destroy();
  if (pages.every((lines) => lines.length === 0)) {
    throw new ImportError(
      'the PDF has no text layer (it is a scanned image), and the archive does ' +
        'not do OCR; import the Word file or a text copy of the report instead',
    );
  }
  refuseColumns(pages);
  const empty = pages.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []));
  const { pages: kept, removed } = removeFurniture(pages);
  if (empty.length) removed.push(`pages with no text layer (scanned? their words are not read): ${empty.join(', ')}`);
  return { format: 'pdf', lines: toSourceLines(kept), removed };
}
