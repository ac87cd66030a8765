/**
 * A document's paragraphs to a report's parts: the heading lines, the
 * preamble, and the items with their numbers as printed. One module for
 * every format: the readers say what the page shows, this decides what it
 * means. It refuses what it cannot number without guessing (numbering that
 * restarts, no agreements at all) and lists what a person must check.
 */
import { ImportError } from '../problems.ts';
import { type Block, formatPosition, type SourceDocument, type SourcePosition } from './document.ts';
import { type Marker, parseMarker, readMarker } from './markers.ts';
import { type KeptHyphen, reflow } from './reflow.ts';

/** The marker printed before a paragraph or item, and where it is in the source. */
export interface Lead {
  /** As printed: "2.", "- d.", "·", "ii)". */
  printed: string;
  /**
   * Typed in the source's text (a text, a PDF, typed in Word), or drawn by a list's numbering (not among the source's
   * words).
   */
  typed: boolean;
  /** Kept at the start of the paragraph's text (a marker that is not an item's: a roman numeral, a third level). */
  inText: boolean;
}

/** One paragraph of an item or of the preamble. */
export interface Paragraph {
  /** The text as published, verbatim, on one line. */
  text: string;
  /** The marker printed before it, if any. */
  lead?: Lead;
  /** True for a bullet-list item (published as a `-` list). */
  bullet: boolean;
}

/** An item or sub-item as found. */
export interface FoundItem {
  /** Its number: `"2"`, `"2.d"`, `"4-2"` for a second item printed "4", or the archive's number. */
  number: string;
  /** The item's marker as printed ("2.", "- d."); absent for an archive number given to an unmarked paragraph. */
  lead?: Lead;
  /** Its paragraphs; the first is the item's own text. */
  paragraphs: Paragraph[];
  /** Where it starts in the source. */
  position: SourcePosition;
}

/** A document split into a report's parts. */
export interface ReportStructure {
  /** Lines printed above the text (letterhead, title, place, date), verbatim. */
  heading: string[];
  /** Unnumbered paragraphs before the first item. */
  preamble: Paragraph[];
  /** Items and sub-items in document order. */
  items: FoundItem[];
  /** `archive` when the original leaves its agreements unnumbered and the importer numbered them 1, 2, 3 … */
  numberedBy: 'original' | 'archive';
  /** What the structure step did that a person should know (for the summary). */
  notes: string[];
  /** What a person must decide, as `field: what is wrong, and how to fix it`. */
  unresolved: string[];
}

/** Verbs that introduce the agreements of a communiqué or declaration ("they agreed:", "ACORDARON:"). */
/** The verbs by which an opening sentence announces the agreements that follow it, in English and Spanish. */
const AGREED_WORDS = [
  'agree[sd]?',
  'resolved?',
  'decided?',
  'declared?',
  'adopted?',
  'recommended?',
  'acord(?:aron|amos|ó)',
  'acuerdan',
  'resolvieron',
  'resuelven',
  'decidieron',
  'deciden',
  'declaran',
  'declararon',
  'recomiendan',
  'recomendaron',
];
const AGREED = new RegExp(String.raw`\b(?:${AGREED_WORDS.join('|')})\b[^.]*:$`, 'iu');

/**
 * Splits a document into heading, preamble and items.
 * Throws `ImportError` when the numbering restarts or goes backwards (the
 * message names where and how to fix it) and when no agreements are found.
 * Example: a text "…ACORDARON: 1. Aceptar el informe. 2. Reconocer el apoyo." gives items 1 and 2 and a note that they
 * were split.
 */
export function findStructure(document: SourceDocument): ReportStructure {
  const notes: string[] = [];
  const kept: KeptHyphen[] = [];
  const blocks = splitFlattened(
    markBlocks(document.lines ? reflow(document.lines, kept) : (document.blocks ?? [])),
    notes,
  );
  const start = bodyStart(blocks);
  // A text's heading keeps its own lines; a PDF's lines are the layout's, so its heading lines are the reflowed ones.
  const heading = blocks
    .slice(0, start)
    .flatMap((block) =>
      document.format === 'txt' && block.lines
        ? block.lines
        : [block.markerSource === 'text' ? `${block.marker} ${block.text}` : block.text],
    );
  const body = blocks.slice(start);
  const numbered = body.some((block) => block.parsed?.kind === 'number');
  const found = numbered ? numberItems(body) : archiveNumbers(body, notes);
  const inText =
    body.filter((block) => block.parsed !== undefined && block.parsed.kind !== 'bullet').length -
    found.items.filter((item) => item.lead).length;
  if (inText > 0) {
    notes.push(
      `kept in the text of the items above them: ${inText} paragraphs after a ` +
        `marker that is not an item number or sub-item letter ("1.1", "i.", "A.")`,
    );
  }
  const unresolved = [
    ...kept.map(
      (hyphen) =>
        `text: a word broken at the end of ${formatPosition(hyphen.position)} is ` +
        `kept with its hyphen, "${hyphen.word}", because the document never writes ` +
        `it otherwise; if the hyphen only broke the word, remove it from the report file`,
    ),
    ...found.unresolved,
  ];
  return { heading, ...found, numberedBy: numbered ? 'original' : 'archive', notes, unresolved };
}

interface MarkedBlock extends Block {
  /** The marker read from the text or the list. */
  parsed?: Marker;
}

/** Reads each block's marker: from the list numbering when there is one, else typed at the start of its text. */
function markBlocks(blocks: Block[]): MarkedBlock[] {
  return blocks.map((block) => {
    if (block.marker !== undefined && block.markerSource === 'numbering') {
      const parsed = parseMarker(block.marker);
      return parsed ? { ...block, parsed } : block;
    }
    const { marker, length } = readMarker(block.text);
    if (!marker) return block;
    return { ...block, text: block.text.slice(length), marker: marker.printed, markerSource: 'text', parsed: marker };
  });
}

/** A block that reads as running text (ends a sentence, several words, not all capitals), not a heading line. */
function isSentence(block: MarkedBlock): boolean {
  if (block.heading) return false;
  const text = block.text.trim();
  const words = text.split(/\s+/u).length;
  return words >= 6 && /[.:;][»"”’')\]]*$/u.test(text) && text !== text.toUpperCase();
}

/**
 * A long paragraph of running text (not a title line), even if it does not end a sentence ("…, with the participation
 * of A, B and C,").
 */
function isRunningText(block: MarkedBlock): boolean {
  const text = block.text.trim();
  return !block.heading && text.split(/\s+/u).length >= 15 && text !== text.toUpperCase();
}

/** Index of the first block of the body: the first sentence, long paragraph, "they agreed:" line or numbered item. */
function bodyStart(blocks: MarkedBlock[]): number {
  const index = blocks.findIndex(
    (block) =>
      isSentence(block) || isRunningText(block) || AGREED.test(block.text.trim()) || block.parsed?.kind === 'number',
  );
  return index < 0 ? 0 : index;
}

/**
 * Splits numbers that a copy flattened into one line ("…ACORDARON: 1. Aceptar
 * el informe. 2. Reconocer el apoyo."): only where they run 1, 2, 3 … in order
 * from the number expected next, each after the end of a sentence or a colon,
 * so that a number inside a sentence is never taken for an item.
 */
function splitFlattened(blocks: MarkedBlock[], notes: string[]): MarkedBlock[] {
  const result: MarkedBlock[] = [];
  let expected = 1;
  for (const block of blocks) {
    if (block.parsed?.kind === 'number') expected = block.parsed.value + 1;
    const pieces = splitBlock(block, expected);
    if (pieces.length > 1) {
      const numbers = pieces.flatMap((piece) =>
        piece.parsed?.kind === 'number' && piece !== block ? [piece.parsed.value] : [],
      );
      notes.push(
        `split ${numbers.length} numbered items printed on one line ` +
          `(${numbers.join(', ')}) at ${formatPosition(block.position)}`,
      );
      const last = pieces.at(-1)?.parsed;
      if (last?.kind === 'number') expected = last.value + 1;
    }
    result.push(...pieces);
  }
  return result;
}

const INLINE_NUMBER = /(?<=[.:;][»"”’')\]]*\s+)(\d{1,3})([.)])\s+(?=\S)/gu;

function splitBlock(block: MarkedBlock, expected: number): MarkedBlock[] {
  const run: { index: number; value: number; length: number; printed: string }[] = [];
  for (const match of block.text.matchAll(INLINE_NUMBER)) {
    const value = Number(match[1]);
    if (value !== expected + run.length) continue;
    run.push({ index: match.index, value, length: match[0].length, printed: `${match[1]}${match[2]}` });
  }
  const first = run[0];
  if (first === undefined) return [block];
  // One number alone is an item only right after a colon ("ACORDARON: 1. …").
  if (run.length === 1 && !/:\s*$/u.test(block.text.slice(0, first.index))) return [block];
  const pieces: MarkedBlock[] = [{ ...block, text: block.text.slice(0, first.index).trimEnd() }];
  run.forEach((found, index) => {
    const end = run[index + 1]?.index ?? block.text.length;
    pieces.push({
      text: block.text.slice(found.index + found.length, end).trimEnd(),
      level: block.level,
      position: block.position,
      marker: found.printed,
      markerSource: 'text',
      parsed: { kind: 'number', value: found.value, printed: found.printed },
    });
  });
  return pieces[0]?.text === '' && block.parsed === undefined ? pieces.slice(1) : pieces;
}

type Parts = Pick<ReportStructure, 'preamble' | 'items' | 'unresolved'>;

function leadOf(block: MarkedBlock, inText: boolean): Lead | undefined {
  return block.marker === undefined
    ? undefined
    : { printed: block.marker, typed: block.markerSource !== 'numbering', inText };
}

/** A block that is not an item: a bullet-list item, or a paragraph whose marker (if any) stays printed in its text. */
function paragraphOf(block: MarkedBlock): Paragraph {
  if (block.parsed?.kind === 'bullet') {
    const lead = leadOf(block, false);
    return { text: block.text, bullet: true, ...(lead ? { lead } : {}) };
  }
  const lead = leadOf(block, true);
  return lead ? { text: `${lead.printed} ${block.text}`, bullet: false, lead } : { text: block.text, bullet: false };
}

/** Numbers items from their printed markers: numbers, letters under them, everything else as their paragraphs. */
function numberItems(body: MarkedBlock[]): Parts {
  const preamble: Paragraph[] = [];
  const items: FoundItem[] = [];
  const unresolved: string[] = [];
  const seen = new Map<string, number>();
  let top: { printed: number; number: string } | undefined;
  let letter: string | undefined;
  for (const block of body) {
    const marker = block.parsed;
    if (marker?.kind === 'number' && block.level === 0) {
      top = nextTop(top, marker, block, unresolved, seen);
      letter = undefined;
      items.push(itemOf(top.number, block));
      continue;
    }
    const asLetter = top === undefined ? undefined : letterOf(marker, letter, block);
    if (top !== undefined && asLetter !== undefined) {
      if (letter !== undefined && asLetter <= letter) {
        throw new ImportError(
          `the lettered sub-items restart at ${formatPosition(block.position)} ` +
            `(${asLetter} after ${letter} in item ${top.number}); the automatic ` +
            `numbering was probably lost in a copy: import the original DOCX or PDF, or ` +
            `correct the letters in the text`,
        );
      }
      if (letter === undefined ? asLetter !== 'a' : asLetter.charCodeAt(0) !== letter.charCodeAt(0) + 1) {
        unresolved.push(
          `items: sub-item ${top.number}.${asLetter} ` +
            `follows ${letter === undefined ? `item ${top.number}` : `${top.number}.${letter}`} ` +
            `at ${formatPosition(block.position)}; check the letters against the ` +
            `original (declare a letter the original skips under numbering.skipped)`,
        );
      }
      letter = asLetter;
      items.push(itemOf(`${top.number}.${asLetter}`, block));
      continue;
    }
    const paragraph = paragraphOf(block);
    const last = items.at(-1);
    if (last === undefined) preamble.push(paragraph);
    else {
      if (looksLikeHeading(block)) {
        unresolved.push(
          `items: "${paragraph.text}" (${formatPosition(block.position)}) looks like ` +
            `a section heading between items, and is kept as the last paragraph of ` +
            `item ${last.number}, as the archive keeps every unnumbered paragraph with ` +
            `the item above it; check it against the original`,
        );
      }
      last.paragraphs.push(paragraph);
    }
  }
  unresolved.push(...emptyItems(items));
  return { preamble, items, unresolved };
}

/** An unresolved question for each item with no text. */
function emptyItems(items: readonly FoundItem[]): string[] {
  return items
    .filter((item) => item.paragraphs.every((paragraph) => paragraph.text.trim() === ''))
    .map(
      (item) =>
        `items: item ${item.number} (${formatPosition(item.position)}) has no text; ` +
        `check the original, and write its text or remove the item`,
    );
}

/** A heading between items: a heading style, or a short line in capitals that ends no sentence ("II. FOLLOW-UP"). */
function looksLikeHeading(block: MarkedBlock): boolean {
  if (block.heading) return true;
  const text = `${block.marker ?? ''} ${block.text}`.trim();
  return (
    /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && text.split(/\s+/u).length <= 12 && !/[.;,]$/u.test(text)
  );
}

/** The letter a marker gives a sub-item, or undefined when the block is not a sub-item. */
function letterOf(marker: Marker | undefined, last: string | undefined, block: MarkedBlock): string | undefined {
  if (marker === undefined || block.level > 1) return undefined;
  if (marker.kind !== 'letter') return undefined;
  // "i.", "v.", "x." are roman numerals unless they are the letter expected next.
  const expected = last === undefined ? 'a' : String.fromCharCode(last.charCodeAt(0) + 1);
  if (['i', 'v', 'x'].includes(marker.value) && marker.value !== expected) return undefined;
  return marker.value;
}

function itemOf(number: string, block: MarkedBlock): FoundItem {
  const lead = leadOf(block, false);
  return {
    number,
    ...(lead ? { lead } : {}),
    paragraphs: [{ text: block.text, bullet: false }],
    position: block.position,
  };
}

/** The number of the next top-level item; refuses numbering that restarts or goes back. */
function nextTop(
  top: { printed: number; number: string } | undefined,
  marker: Extract<Marker, { kind: 'number' }>,
  block: MarkedBlock,
  unresolved: string[],
  seen: Map<string, number>,
): { printed: number; number: string } {
  const where = formatPosition(block.position);
  const previous = top?.printed ?? 0;
  // "1. 1. 2. 3.": a second 1 is a restart (numbering lost in a copy), never a repeated number.
  if (top !== undefined && (marker.value < previous || marker.value === 1)) {
    const restart = marker.value === 1;
    throw new ImportError(
      `the numbering ${restart ? 'restarts' : 'goes back'} at ${where}: ` +
        `item ${marker.value} follows ` +
        `item ${previous}; ${
          restart
            ? "Word's automatic numbering was probably lost when the text was copied"
            : 'items cannot be told apart'
        }. ` +
        `Import the original DOCX or PDF, or correct the numbers in the text, and ` +
        `import again. If the original itself numbers a second section from 1 again, ` +
        `those items cannot have addresses of their own as printed: ask the ` +
        `archive's maintainers`,
    );
  }
  const times = (seen.get(String(marker.value)) ?? 0) + 1;
  seen.set(String(marker.value), times);
  if (times > 1) {
    unresolved.push(
      `items: the number ${marker.value} is printed ${times} times (again ` +
        `at ${where}); it is written n="${marker.value}-${times}". If the original ` +
        `does print it twice, declare it under numbering.repeated; otherwise correct ` +
        `the number`,
    );
    return { printed: marker.value, number: `${marker.value}-${times}` };
  }
  if (marker.value !== previous + 1) {
    unresolved.push(
      `items: item ${marker.value} ` +
        `follows ${previous === 0 ? 'the preamble' : `item ${previous}`} ` +
        `at ${where}; check the numbering against the original (if the original ` +
        `skips it, declare the missing number under numbering.skipped)`,
    );
  }
  return { printed: marker.value, number: String(marker.value) };
}

/**
 * An unresolved question when the last agreement reads as the place and date of signature (short, with a year, no
 * closing punctuation) rather than an agreement.
 */
function signatureLine(items: readonly FoundItem[]): string[] {
  const closing = items.at(-1);
  const closingText = closing?.paragraphs.map((paragraph) => paragraph.text).join(' ') ?? '';
  if (
    closing &&
    closingText.split(/\s+/u).length <= 10 &&
    /\b\d{4}\b/u.test(closingText) &&
    !/[.;:]$/u.test(closingText)
  ) {
    return [
      `items: the last paragraph, numbered [${closing.number}] ` +
        `("${closingText}", ${formatPosition(closing.position)}), reads as the place ` +
        `and date of signature rather than an agreement; check the original`,
    ];
  }
  return [];
}

/**
 * A communiqué or declaration whose agreements are unnumbered paragraphs
 * under "they agreed:" / "ACORDARON:": the paragraphs after that line are
 * the agreements, numbered 1, 2, 3 … by the archive. Refuses a document with
 * neither numbers nor such a line.
 */
function archiveNumbers(body: MarkedBlock[], notes: string[]): Parts {
  const trigger = body.findIndex((block) => AGREED.test(block.text.trim()) && block.parsed?.kind !== 'bullet');
  const agreements = body.slice(trigger + 1);
  if (trigger < 0 || agreements.length === 0) {
    const other = body.find((block) => block.parsed?.kind === 'upper');
    if (other) {
      throw new ImportError(
        `the agreements are numbered with roman numerals or capital letters ` +
          `("${other.marker ?? ''} ${other.text.slice(0, 40)}…" ` +
          `at ${formatPosition(other.position)}); the archive's item numbers are 1, 2, ` +
          `3 … with sub-items a, b, c …, so it cannot give them addresses as printed: ` +
          `write the report file by hand (README, "By hand") or ask the archive's ` +
          `maintainers`,
      );
    }
    throw new ImportError(
      'no numbered items found, and no unnumbered agreements after a line such as ' +
        '"they agreed:" or "ACORDARON:"; each agreement must start its line with its ' +
        'number ("1.", "2)") and sub-items with their letter ("a.", "b)")',
    );
  }
  const items: FoundItem[] = [];
  for (const block of agreements) {
    const last = items.at(-1);
    // Bullets under an agreement that ends with a colon ("Solicitar a la Secretaría Técnica:") are its own list.
    if (
      block.parsed?.kind === 'bullet' &&
      last !== undefined &&
      /:$/u.test(last.paragraphs[0]?.text.trim() ?? '') &&
      last.paragraphs.every((paragraph, index) => index === 0 || paragraph.bullet)
    ) {
      last.paragraphs.push(paragraphOf(block));
      continue;
    }
    const number = String(items.length + 1);
    items.push(
      block.parsed?.kind === 'bullet'
        ? itemOf(number, block)
        : { number, paragraphs: [paragraphOf(block)], position: block.position },
    );
  }
  const unresolved = signatureLine(items);
  notes.push(
    `numbered by the archive: the original leaves its ${items.length} ` +
      `agreements unnumbered; they are numbered 1 to ${items.length} in order`,
  );
  return { preamble: body.slice(0, trigger + 1).map(paragraphOf), items, unresolved };
}
