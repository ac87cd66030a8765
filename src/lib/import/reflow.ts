/**
 * Lines to paragraphs. A text copied out of a PDF, or saved with hard line
 * breaks, breaks lines where the layout ran out of room, not where the
 * author ended a paragraph; this module puts the paragraphs back. It works
 * in one pass over the lines (linear in the input) and never changes a word:
 * lines are joined with one space, or with nothing after a hyphen that the
 * document itself writes without it.
 */
import type { Block, SourceLine } from './document.ts';
import { readMarker } from './markers.ts';

/** How the lines of a document were broken, measured once before reflowing. */
interface Layout {
  /** The text is hard-wrapped at about `width` characters (most lines end near it). */
  wrapped: boolean;
  /** The longest line, in characters. */
  width: number;
  /** Words of the document (with their own hyphens), to rejoin "imple-/mentation"; collected on first use. */
  words: () => Set<string>;
}

/** Sentence-ending punctuation, after closing quotes and brackets. */
const ENDS_SENTENCE = /[.:;!?][»"”’')\]]*$/u;

/**
 * Reflows lines into blocks (paragraphs), each with the source lines it came
 * from. A blank line ends a paragraph (unless a sentence visibly runs on
 * across it, as at a page break); a line starting with an item marker or a
 * bullet starts one; a bullet alone on its line takes the next line as its
 * text. Otherwise a line continues the paragraph above when the layout
 * wrapped it: for a PDF, when the next word would not have fitted
 * (`nextWordFits`); for a hard-wrapped text, by the same test on character
 * counts; for a text with one paragraph per line, when the line above does
 * not end a sentence.
 * Example: `["1. To thank the delegations of El", "Salvador and Mexico."]` → one block "1. To thank the delegations of
 * El Salvador and Mexico.".
 */
export function reflow(lines: readonly SourceLine[], kept: KeptHyphen[] = []): Block[] {
  const layout = measure(lines);
  const blocks: Block[] = [];
  let parts: string[] = [];
  let source: string[] = [];
  let previous: SourceLine | undefined;
  let blank = false;
  const close = (): void => {
    const first = blocks.at(-1);
    if (first && parts.length > 0) {
      first.text = parts.join('');
      first.lines = source;
    }
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') {
      blank = true;
      continue;
    }
    const last = parts.at(-1);
    if (previous !== undefined && last !== undefined && continues(previous, line, blank, layout)) {
      const hyphen = hyphenAt(last, text, layout);
      if (hyphen === 'breaks') parts[parts.length - 1] = last.slice(0, -1);
      else if (hyphen === undefined) parts.push(' ');
      else if (hyphen === 'unknown')
        kept.push({ word: `${/\S*$/u.exec(last)?.[0] ?? ''}${firstWord(text)}`, position: previous.position });
      parts.push(text);
    } else {
      close();
      parts = [text];
      source = [];
      blocks.push({ text, level: 0, position: line.position });
    }
    source.push(line.text.trim());
    previous = line;
    blank = false;
  }
  close();
  return blocks;
}

/** Whether `line` continues the paragraph whose last line is `previous`. */
function continues(previous: SourceLine, line: SourceLine, blank: boolean, layout: Layout): boolean {
  const above = previous.text.trim();
  const text = line.text.trim();
  const aboveMarker = readMarker(above);
  // A bullet or number alone on its line: its text is on the next line.
  if (aboveMarker.marker && aboveMarker.length >= above.length) return !readMarker(text).marker;
  if (readMarker(text).marker) return false;
  // A sentence running on across a blank line (a page break in a copied PDF).
  if (blank) return !ENDS_SENTENCE.test(above) && /^\p{Ll}/u.test(text) && /[\p{L},-]$/u.test(above);
  if (previous.nextWordFits !== undefined) return !previous.nextWordFits;
  // A title in capitals neither continues mixed-case text nor runs on into it.
  if (isCapitals(above) !== isCapitals(text)) return false;
  if (/\p{L}-$/u.test(above) && /^\p{L}/u.test(text)) return true;
  if (layout.wrapped) {
    if (above.length + 1 + firstWord(text).length > layout.width) return true;
    // The next word would have fitted, so the line ended by choice — unless it stops mid-sentence on a
    // nearly full line: a copy of a PDF set in a proportional font fills its lines to different lengths.
    return !ENDS_SENTENCE.test(above) && above !== above.toUpperCase() && above.length >= layout.width * 0.6;
  }
  return (
    !ENDS_SENTENCE.test(above) &&
    above !== above.toUpperCase() &&
    (/^\p{Ll}/u.test(text) || above.split(/\s+/u).length >= 4)
  );
}

/**
 * A word broken at a line end whose hyphen was kept though nothing in the document says whether it is the word's own.
 */
export interface KeptHyphen {
  /** The word as joined, hyphen kept: "informat-ion". */
  word: string;
  /** The line that ends with the hyphen. */
  position: SourceLine['position'];
}

/**
 * What a line-end hyphen is: undefined when the line does not end with one;
 * `breaks` when it only broke a word ("imple-" + "mentation": the document
 * writes "implementation" elsewhere and never "imple-mentation"); `own` when
 * the document writes the hyphenated word elsewhere ("follow-up"); `unknown`
 * when it writes neither — the hyphen is kept, and a person is asked.
 */
function hyphenAt(above: string, next: string, layout: Layout): 'breaks' | 'own' | 'unknown' | undefined {
  const stem = /(\p{L}+)-$/u.exec(above)?.[1];
  if (stem === undefined) return undefined;
  const rest = /^\p{L}+/u.exec(next)?.[0];
  if (rest === undefined) return 'own';
  const words = layout.words();
  if (words.has(`${stem}-${rest}`.toLowerCase())) return 'own';
  if (words.has(`${stem}${rest}`.toLowerCase())) return 'breaks';
  return 'unknown';
}

/** A line in capitals: at least two words with letters, and no lower-case letter ("REPORT FROM THE MEETING"). */
function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 2;
}

function firstWord(text: string): string {
  return /^\S+/u.exec(text)?.[0] ?? '';
}

/**
 * Measures the line lengths once: is this a hard-wrapped text, and at what
 * width. The width is the length a few lines reach (the k-th longest, k = 5%
 * of the lines, at least 2), so that one long title line does not set it.
 */
function measure(lines: readonly SourceLine[]): Layout {
  const lengths: number[] = [];
  for (const line of lines) {
    const length = line.text.trim().length;
    if (length > 0) lengths.push(length);
  }
  let words: Set<string> | undefined;
  const collect = (): Set<string> => {
    words ??= new Set(lines.flatMap((line) => line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []));
    return words;
  };
  lengths.sort((a, b) => b - a);
  const width = lengths[Math.min(lengths.length - 1, Math.max(1, Math.ceil(lengths.length * 0.05) - 1))] ?? 0;
  const long = lengths.filter((length) => length >= width * 0.75).length;
  // One paragraph per line gives lines of every length, many far longer than a printed line; a few lines say nothing.
  const wrapped = width <= 160 && lengths.length >= 5 && long >= lengths.length * 0.5;
  return { wrapped, width, words: collect };
}
