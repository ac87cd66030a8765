/**
 * The Word reader: a `.docx` file to blocks, one per non-empty paragraph of
 * the document body. The paragraph text comes from mammoth's document model;
 * the number Word prints before a paragraph with automatic numbering is not
 * in that text, so it is computed here from `word/numbering.xml` and the
 * paragraph's numbering properties (read with the zip and XML libraries
 * mammoth itself uses). Headers and footers are page furniture: not read.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { hex as dingbat } from 'dingbat-to-unicode';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError } from '../../problems.ts';
import { toRoman } from '../markers.ts';
import type { Block, SourceDocument } from '../document.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** One level of a numbering definition (`w:lvl`). */
interface Level {
  format: string;
  text: string;
  start: number;
  /** 1-based level whose use restarts this one (`w:lvlRestart`); undefined: the level above; 0: never. */
  restart?: number | undefined;
  /** `w:isLgl`: every number shown in decimal. */
  legal: boolean;
  /** The paragraph style linked to the level (`w:pStyle`). */
  style?: string | undefined;
  /** The font of the level's text (bullets in Symbol or Wingdings). */
  font?: string | undefined;
}

/** A numbering instance (`w:num`): its abstract definition and its level overrides. */
interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number | undefined; level?: Partial<Level> | undefined }>;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  /** Abstract definitions that only link to a numbering style (`w:numStyleLink`). */
  styleLinks: Map<string, string>;
  nums: Map<string, Num>;
}

interface Style {
  name?: string | undefined;
  basedOn?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
}

/** A body paragraph as the XML has it: its style and numbering properties. */
interface RawParagraph {
  styleId?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  /** The body's outermost table the paragraph is in (0 for the first table), if any. */
  table?: number | undefined;
}

const child = (element: Element | undefined, name: string): Element | undefined =>
  element
    ? Array.from(element.childNodes).find(
        (node): node is Element =>
          node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W,
      )
    : undefined;
const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W,
  );
const val = (element: Element | undefined): string | undefined => element?.getAttributeNS(W, 'val') ?? undefined;
const int = (value: string | undefined): number | undefined =>
  value === undefined || value === '' ? undefined : Number.parseInt(value, 10);

function parseXml(text: string, part: string): Element {
  try {
    const document = new DOMParser().parseFromString(text, 'text/xml');
    if (!document.documentElement) throw new Error('no root element');
    return document.documentElement as unknown as Element;
  } catch (error) {
    throw new ImportError(
      `the Word file's ${part} is not well-formed XML ` +
        `(${(error as Error).message.split('\n')[0]}); open and save the file in ` +
        `Word or LibreOffice again`,
    );
  }
}

async function part(zip: JSZip, name: string): Promise<Element | undefined> {
  const file = zip.file(name);
  return file ? parseXml(await file.async('string'), name) : undefined;
}

function readLevel(element: Element): Level {
  const font = child(child(element, 'rPr'), 'rFonts');
  return {
    format: val(child(element, 'numFmt')) ?? 'decimal',
    text: val(child(element, 'lvlText')) ?? '',
    start: int(val(child(element, 'start'))) ?? 0,
    restart: int(val(child(element, 'lvlRestart'))),
    legal:
      child(element, 'isLgl') !== undefined &&
      val(child(element, 'isLgl')) !== '0' &&
      val(child(element, 'isLgl')) !== 'false',
    style: val(child(element, 'pStyle')),
    font: font?.getAttributeNS(W, 'ascii') ?? font?.getAttributeNS(W, 'hAnsi') ?? undefined,
  };
}

function readNumbering(root: Element | undefined): Numbering {
  const numbering: Numbering = { abstracts: new Map(), styleLinks: new Map(), nums: new Map() };
  if (!root) return numbering;
  for (const abstract of children(root, 'abstractNum')) {
    const id = abstract.getAttributeNS(W, 'abstractNumId') ?? '';
    const levels = new Map(
      children(abstract, 'lvl').map((lvl) => [int(lvl.getAttributeNS(W, 'ilvl') ?? '0') ?? 0, readLevel(lvl)]),
    );
    numbering.abstracts.set(id, levels);
    const link = val(child(abstract, 'numStyleLink'));
    if (link) numbering.styleLinks.set(id, link);
  }
  for (const num of children(root, 'num')) {
    const overrides = new Map(
      children(num, 'lvlOverride').map((override) => {
        const lvl = child(override, 'lvl');
        return [
          int(override.getAttributeNS(W, 'ilvl') ?? '0') ?? 0,
          { start: int(val(child(override, 'startOverride'))), ...(lvl ? { level: readLevel(lvl) } : {}) },
        ] as const;
      }),
    );
    numbering.nums.set(num.getAttributeNS(W, 'numId') ?? '', {
      abstractId: val(child(num, 'abstractNumId')) ?? '',
      overrides,
    });
  }
  return numbering;
}

function readStyles(root: Element | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const style of root ? children(root, 'style') : []) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    styles.set(style.getAttributeNS(W, 'styleId') ?? '', {
      name: val(child(style, 'name')),
      basedOn: val(child(style, 'basedOn')),
      numId: val(child(numPr, 'numId')),
      ilvl: int(val(child(numPr, 'ilvl'))),
    });
  }
  return styles;
}

/**
 * Body paragraphs in the order mammoth reads them: document order, skipping mc:Choice (mammoth reads the fallback) and
 * paragraphs whose mark is deleted (mammoth joins them to the next).
 */
function rawParagraphs(body: Element): RawParagraph[] {
  const result: RawParagraph[] = [];
  let tables = 0;
  const walk = (element: Element, table: number | undefined) => {
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.namespaceURI === MC && el.localName === 'Choice') continue;
      if (el.namespaceURI === W && el.localName === 'p') {
        const pPr = child(el, 'pPr');
        const deletedMark = child(child(pPr, 'rPr'), 'del') !== undefined;
        const numPr = child(pPr, 'numPr');
        if (!deletedMark)
          result.push({
            styleId: val(child(pPr, 'pStyle')),
            numId: val(child(numPr, 'numId')),
            ilvl: int(val(child(numPr, 'ilvl'))),
            table,
          });
      }
      const isTable = el.namespaceURI === W && el.localName === 'tbl' && table === undefined;
      walk(el, isTable ? tables++ : table);
    }
  };
  walk(body, undefined);
  return result;
}

/** Word's letters: a … z, aa … zz, aaa … */
function letters(value: number): string {
  if (value <= 0) return String(value);
  return String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
}

/** A counter value in a `w:numFmt`; throws for a format the reader does not know, rather than print a wrong number. */
function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return toRoman(value);
    case 'upperRoman':
      return toRoman(value).toUpperCase();
    default:
      throw new ImportError(
        `the Word file numbers a list with the format "${format}", which the ` +
          `importer cannot print; save the file as PDF from Word and import the PDF`,
      );
  }
}

/** A bullet's character as Unicode: Word writes Symbol/Wingdings bullets as private-use characters (U+F0B7 for "•"). */
function bulletText(level: Level): string {
  return [...level.text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0xf000 || code > 0xf0ff || !level.font) return char;
      return dingbat(level.font, (code - 0xf000).toString(16).toUpperCase().padStart(2, '0'))?.string ?? char;
    })
    .join('');
}

/** Counts numbered paragraphs in document order and prints their numbers, as Word does. */
class NumberingCounter {
  /**
   * Per abstract definition, the current value of each level (Word continues a list across instances of one
   * definition).
   */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  private readonly numbering: Numbering;
  private readonly styles: Map<string, Style>;

  constructor(numbering: Numbering, styles: Map<string, Style>) {
    this.numbering = numbering;
    this.styles = styles;
  }

  /** The definition a numbering instance uses, following a numbering-style link. */
  private abstractOf(num: Num, seen = new Set<string>()): string {
    const link = this.numbering.styleLinks.get(num.abstractId);
    const linked = link ? this.styles.get(link)?.numId : undefined;
    const target = linked ? this.numbering.nums.get(linked) : undefined;
    if (!target || seen.has(num.abstractId)) return num.abstractId;
    seen.add(num.abstractId);
    return this.abstractOf(target, seen);
  }

  private level(num: Num, abstractId: string, index: number): Level | undefined {
    const base = this.numbering.abstracts.get(abstractId)?.get(index);
    const override = num.overrides.get(index);
    const level =
      base || override?.level
        ? ({ format: 'decimal', text: '', start: 0, legal: false, ...base, ...override?.level } as Level)
        : undefined;
    return level && override?.start !== undefined ? { ...level, start: override.start } : level;
  }

  /** The paragraph's numbering (instance and level), from its own properties or its style's. */
  resolve(paragraph: RawParagraph): { numId: string; ilvl: number } | undefined {
    let numId = paragraph.numId;
    let ilvl = paragraph.ilvl;
    for (
      let id = paragraph.styleId, depth = 0;
      id && depth < 20 && (numId === undefined || ilvl === undefined);
      depth++
    ) {
      const style = this.styles.get(id);
      numId ??= style?.numId;
      ilvl ??= style?.ilvl;
      id = style?.basedOn;
    }
    if (numId === undefined || numId === '0' || !this.numbering.nums.has(numId)) return undefined;
    if (ilvl === undefined) {
      // A style linked to a level from the level's side (`w:pStyle` in `w:lvl`).
      const levels = this.numbering.abstracts.get(this.numbering.nums.get(numId)?.abstractId ?? '');
      ilvl =
        [...(levels ?? [])].find(([, level]) => level.style !== undefined && level.style === paragraph.styleId)?.[0] ??
        0;
    }
    return { numId, ilvl };
  }

  /**
   * Advances the counters for a paragraph at `ilvl` of instance `numId` and returns the printed marker ('' for numFmt
   * none).
   */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const abstractId = this.abstractOf(num);
    const counters = this.counters.get(abstractId) ?? [];
    this.counters.set(abstractId, counters);
    if (!this.started.has(numId)) {
      // An instance with start overrides restarts those levels where it is first used.
      this.started.add(numId);
      for (const [index, override] of num.overrides)
        if (override.start !== undefined || override.level) counters[index] = undefined;
    }
    const level = this.level(num, abstractId, ilvl);
    if (!level) return undefined;
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.level(num, abstractId, deeper)?.restart ?? deeper;
      if (ilvl < restart) counters[deeper] = undefined;
    }
    if (level.format === 'none') return '';
    if (level.format === 'bullet') return bulletText(level);
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const index = Number(n) - 1;
      const shown = this.level(num, abstractId, index);
      return formatNumber(counters[index] ?? shown?.start ?? 0, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
  }
}

/** mammoth's document model, as far as this reader uses it. */
interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  styleId?: string | null;
  styleName?: string | null;
}

/** The body paragraphs of mammoth's model, in document order (tables and text boxes included). */
function mammothParagraphs(node: MammothNode, out: MammothNode[] = []): MammothNode[] {
  if (node.type === 'paragraph') out.push(node);
  for (const inner of node.children ?? []) mammothParagraphs(inner, out);
  return out;
}

/** A paragraph's text as shown: tabs and line breaks are white space between words (a tab after a typed "1."). */
function paragraphText(node: MammothNode): string {
  const parts: string[] = [];
  const walk = (inner: MammothNode) => {
    if (inner.type === 'text') parts.push(inner.value ?? '');
    else if (inner.type === 'tab' || inner.type === 'break') parts.push('\t');
    else if (inner.type !== 'paragraph' || inner === node) for (const c of inner.children ?? []) walk(c);
  };
  walk(node);
  return parts
    .join('')
    .replace(/[ \t]*\t[ \t]*/g, ' ')
    .trim();
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError(
      'the file is named .docx but is not a readable zip archive (a .docx is ' +
        'one); open it in Word or LibreOffice and save it as .docx again',
    );
  }
}

async function readModel(bytes: Uint8Array): Promise<MammothNode> {
  let model: MammothNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: MammothNode) => {
          model = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new ImportError(
      `the Word file could not be read ` +
        `(${(error as Error).message.split('\n')[0]}); open it in Word or ` +
        `LibreOffice and save it as .docx again`,
    );
  }
  if (!model)
    throw new ImportError(
      'the Word file could not be read (no document body); open it in Word or LibreOffice and save it as .docx again',
    );
  return model;
}

/** Header and footer texts, for the summary of what was left out. */
async function furniture(zip: JSZip): Promise<string[]> {
  const texts = new Set<string>();
  for (const name of Object.keys(zip.files)
    .filter((file) => /^word\/(header|footer)\d*\.xml$/.test(file))
    .sort()) {
    const root = await part(zip, name);
    for (const p of root ? Array.from(root.getElementsByTagNameNS(W, 'p')) : []) {
      const text = Array.from(p.getElementsByTagNameNS(W, 't'))
        .map((t) => t.textContent ?? '')
        .join('')
        .trim();
      if (text) texts.add(`"${text}"`);
    }
  }
  return texts.size ? [`headers and footers (page furniture): ${[...texts].join(', ')}`] : [];
}

const HEADING = /^(title|heading [1-9])$/i;

/** A sentence: eight words or more ending in ".", ":" or ";". The first one outside a table ends the heading area. */
const SENTENCE = /^(?:\S+\s+){7,}\S*[.:;]$/u;

/**
 * Tables: the archive's report text has none, and their cells would become loose paragraphs. A table after the
 * heading area is refused (`ImportError` naming its first paragraph); one in the heading area (a letterhead, before
 * the first sentence outside a table) is kept, cell by cell, and left for a person to check (the returned entries).
 */
function checkTables(raw: RawParagraph[], texts: string[]): string[] {
  const firstSentence = texts.findIndex((text, index) => raw[index]?.table === undefined && SENTENCE.test(text));
  const unresolved: string[] = [];
  const starts = new Map<number, number>();
  raw.forEach((paragraph, index) => {
    if (paragraph.table !== undefined && !starts.has(paragraph.table)) starts.set(paragraph.table, index);
  });
  for (const [table, start] of starts) {
    const cells = texts.filter((text, index) => text !== '' && raw[index]?.table === table);
    // The first cells name the table; all of them would make a long message.
    const quoted = [...cells.slice(0, 3).map((text) => `"${text}"`), ...(cells.length > 3 ? ['…'] : [])].join(', ');
    if (firstSentence !== -1 && start > firstSentence) {
      throw new ImportError(
        `paragraph ${start + 1}: the Word file has a table (${quoted}) after the ` +
          `heading; the archive's report text has no tables, and its cells would ` +
          `become loose paragraphs. Import a version of the report without the table, ` +
          `or write the report file by hand`,
      );
    }
    unresolved.push(
      `text: the Word file has a table in its heading ` +
        `(paragraph ${start + 1}: ${quoted}); its cells were read as heading lines, ` +
        `one per cell: check them against the original`,
    );
  }
  return unresolved;
}

/**
 * The text of each note of a notes part (`word/footnotes.xml`, `word/endnotes.xml`, `word/comments.xml`), separators
 * aside.
 */
async function notes(zip: JSZip, name: string, tag: string): Promise<{ text: string; author?: string | undefined }[]> {
  const root = await part(zip, name);
  return (root ? children(root, tag) : [])
    .filter(
      (note) =>
        !['separator', 'continuationSeparator', 'continuationNotice'].includes(note.getAttributeNS(W, 'type') ?? ''),
    )
    .map((note) => ({
      text: Array.from(note.getElementsByTagNameNS(W, 'p'))
        .map((p) =>
          Array.from(p.getElementsByTagNameNS(W, 't'))
            .map((t) => t.textContent ?? '')
            .join('')
            .trim(),
        )
        .filter((text) => text !== '')
        .join(' '),
      author: note.getAttributeNS(W, 'author') || undefined,
    }))
    .filter((note) => note.text !== '');
}

/**
 * Questions for a person: footnotes, endnotes and comments (not in the imported text), and unaccepted tracked changes.
 */
async function leftOut(zip: JSZip, body: Element): Promise<string[]> {
  const questions: string[] = [];
  for (const [name, tag, kind] of [
    ['word/footnotes.xml', 'footnote', 'a footnote'],
    ['word/endnotes.xml', 'endnote', 'an endnote'],
  ] as const) {
    for (const note of await notes(zip, name, tag))
      questions.push(
        `text: the Word file has ${kind} ("${note.text}"), which is not in the ` +
          `imported text; check the original and add it to the report file by hand if ` +
          `it belongs there`,
      );
  }
  for (const comment of await notes(zip, 'word/comments.xml', 'comment'))
    questions.push(
      `text: the Word file has a ` +
        `comment${comment.author ? ` by ${comment.author}` : ''} ` +
        `("${comment.text}"), which is not in the imported text; check whether it ` +
        `asks for a change to the report`,
    );
  const count = (tag: string) => body.getElementsByTagNameNS(W, tag).length;
  const [insertions, deletions] = [count('ins') + count('moveTo'), count('del') + count('moveFrom')];
  if (insertions + deletions > 0)
    questions.push(
      `text: the Word file has unaccepted tracked changes (${insertions} ` +
        `insertion${insertions === 1 ? '' : 's'}, ${deletions} ` +
        `deletion${deletions === 1 ? '' : 's'}); the import took the text with all ` +
        `changes accepted. Accept or reject them in Word and import the final version`,
    );
  return questions;
}

/**
 * Reads a `.docx` file: one `Block` per non-empty body paragraph, in document order, with Word's automatic
 * numbering computed as printed (`marker: "2."`, `"a)"`, `"•"`, `markerSource: 'numbering'`, `level` = the list level),
 * `heading` for Title and Heading styles, `position: { line: n, paragraph: true }` counting every body paragraph.
 * Typed numbers stay in `text`. Example: `await readDocx(bytes)` → `{ format: 'docx', blocks: [{ text: 'To thank …',
 * marker: '1.', markerSource: 'numbering', level: 0, position: { line: 7, paragraph: true } }, …], removed: [] }`.
 * `unresolved` (set only when there are any) lists for a person: each footnote, endnote and comment, quoted (they are
 * not
 * in the imported text), unaccepted tracked changes (counted; the text is read with all changes accepted), and a table
 * in
 * the heading area (its cells kept as paragraphs).
 * Throws `ImportError` when the file is not a zip with `word/document.xml`, its XML is broken, a list uses a number
 * format the reader cannot print, mammoth's paragraphs cannot be matched to the XML's, or a table comes after the
 * heading area (after the first sentence outside a table).
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const zip = await openZip(bytes);
  const documentXml = await part(zip, 'word/document.xml');
  const body = child(documentXml, 'body');
  if (!documentXml || !body) {
    throw new ImportError(
      'the file is a zip archive but not a Word document (it has no ' +
        'word/document.xml); save the report as .docx in Word or LibreOffice',
    );
  }
  const counter = new NumberingCounter(
    readNumbering(await part(zip, 'word/numbering.xml')),
    readStyles(await part(zip, 'word/styles.xml')),
  );
  const raw = rawParagraphs(body);
  const paragraphs = mammothParagraphs(await readModel(bytes));
  const mismatch =
    paragraphs.length !== raw.length || paragraphs.some((p, index) => (p.styleId ?? undefined) !== raw[index]?.styleId);
  if (mismatch) {
    throw new ImportError(
      `the Word file's paragraphs could not be matched to their numbering ` +
        `(${paragraphs.length} read, ${raw.length} in word/document.xml); save it as ` +
        `PDF from Word and import the PDF`,
    );
  }
  const unresolved = [...checkTables(raw, paragraphs.map(paragraphText)), ...(await leftOut(zip, body))];
  const blocks: Block[] = [];
  const emptyNumbered: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const numbering = counter.resolve(raw[index] ?? {});
    const marker = numbering ? counter.next(numbering.numId, numbering.ilvl) : undefined;
    const text = paragraphText(paragraph);
    if (text === '') {
      // Empty paragraphs are layout; a numbered one still takes its number in Word, so its number is reported.
      if (marker) emptyNumbered.push(`"${marker}"`);
      return;
    }
    blocks.push({
      text,
      ...(marker ? { marker, markerSource: 'numbering' as const } : {}),
      level: numbering?.ilvl ?? 0,
      ...(HEADING.test(paragraph.styleName ?? '') ? { heading: true } : {}),
      position: { line: index + 1, paragraph: true },
    });
  });
  const removed = [...(await furniture(zip))];
  if (emptyNumbered.length)
    removed.push(`empty numbered paragraphs: ${emptyNumbered.length} (${emptyNumbered.join(', ')})`);
  return { format: 'docx', blocks, removed, ...(unresolved.length ? { unresolved } : {}) };
}
