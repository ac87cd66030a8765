/**
 * A source document as the importer sees it, whatever its format: the shapes
 * that the format readers (`readers/*.ts`) produce and the structure step
 * (`structure.ts`) consumes. Readers never decide what is an item; they only
 * say what the page shows — lines, paragraphs, list levels and the markers
 * printed before them.
 */
import { SOURCE_FILE_FORMATS, type SourceEncoding, type SourceFileFormat } from '../../schemas/report.ts';

/** Formats the importer reads: the formats a report file's source may have. */
export const SOURCE_FORMATS = SOURCE_FILE_FORMATS;

/** A format the importer reads. */
export type SourceFormat = SourceFileFormat;

/**
 * Where a piece of text is in the source, for messages. `line` and `column`
 * are 1-based: for a text file its own lines; for a PDF the line within the
 * page (`page` set); for DOCX and HTML `line` is the paragraph's number in
 * document order (`paragraph: true`).
 */
export interface SourcePosition {
  /** 1-based line (text, PDF) or paragraph number (DOCX, HTML). */
  line: number;
  /** 1-based column of the first character, when known. */
  column?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** True when `line` counts paragraphs (DOCX, HTML), not lines. */
  paragraph?: boolean;
}

/** One line of a text or PDF as laid out, before paragraphs are known. */
export interface SourceLine {
  /** The line's text, verbatim, trailing white space removed; '' for a blank line (a visible paragraph gap). */
  text: string;
  /** Where the line is. */
  position: SourcePosition;
  /**
   * PDF only: whether the first word of the next line would have fitted at
   * the end of this one (measured with the font's widths). True means this
   * line ended by choice (a paragraph end or a heading), false that the
   * layout wrapped it. Text files leave it undefined: `structure.ts` works it
   * out from the line lengths.
   */
  nextWordFits?: boolean;
}

/** One paragraph of a document whose paragraphs are explicit (DOCX, HTML), or of a reflowed text. */
export interface Block {
  /** The paragraph's text without its marker; internal line breaks as single spaces. */
  text: string;
  /**
   * The number or bullet printed before the paragraph, as printed: `"2."`,
   * `"2)"`, `"a)"`, `"(a)"`, `"ii."`, `"•"`, `"-"`. For Word's automatic
   * numbering this is computed from the numbering definitions (it is not in
   * the paragraph's text).
   */
  marker?: string;
  /** Where the marker came from: typed in the text, or Word's/HTML's list numbering. */
  markerSource?: 'text' | 'numbering';
  /** List nesting: 0 for a body paragraph or a top-level list entry, 1 for a nested list, … */
  level: number;
  /** True for a heading (HTML h1–h6, a Word heading style or title). */
  heading?: boolean;
  /** Where the paragraph starts. */
  position: SourcePosition;
  /** The source lines it was reflowed from, verbatim (texts and PDFs only), for heading lines and messages. */
  lines?: string[];
}

/** What a format reader returns. Exactly one of `lines` and `blocks` is set. */
export interface SourceDocument {
  /** The format it was read as. */
  format: SourceFormat;
  /** The text encoding a .txt was decoded from: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`, `windows-1252`. */
  encoding?: SourceEncoding;
  /** Lines to be reflowed (txt, pdf). */
  lines?: SourceLine[];
  /** Paragraphs already known (docx, html). */
  blocks?: Block[];
  /** What the reader removed and why, one line each, for the summary (e.g. `page numbers: 4 ("2", "3", "4", "5")`). */
  removed: string[];
  /**
   * What the reader read but could not carry into the archive's text, or had
   * to decide, for a person to check: written as `unresolved:` entries
   * (`field: what is wrong, and how to fix it`), e.g. `text: the Word file has
   * 1 footnote ("…"), which is not in the imported text; …`.
   */
  unresolved?: string[];
}

/** Formats a position for a message: `line 12`, `line 12, column 5`, `page 3, line 12`, `paragraph 14`. */
export function formatPosition(position: SourcePosition): string {
  const column = position.column === undefined ? '' : `, column ${position.column}`;
  if (position.paragraph) return `paragraph ${position.line}`;
  if (position.page !== undefined) return `page ${position.page}, line ${position.line}${column}`;
  return `line ${position.line}${column}`;
}
