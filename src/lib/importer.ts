/**
 * Plain text (copied out of Word or a PDF) to a report file. Finds the
 * language, the date, the venue, the participants, the network and the body
 * it reports to, and every numbered item and lettered sub-item with its
 * official number, keeping the text verbatim. What it cannot determine it
 * writes as `unresolved` entries that `npm run check` rejects until a person
 * fixes them; input it cannot use at all is refused with a clear message.
 */
import { stringify } from 'yaml';
import type { Country, Lang, Organization } from '../schemas/index.ts';
import { findFacts } from './import/facts.ts';
import type { MentionEntities } from './mentions.ts';
import { UserError } from './problems.ts';

export { detectLanguage, findDate } from './import/facts.ts';

/** Input the importer refuses, with why: nothing is written. */
export class ImportError extends UserError {}

/** What the importer found, ready to be written as `content/reports/{lang}/{id}.mdx`. */
export interface ImportResult {
  /** The report id (meeting date). */
  id: string;
  /** The text's language. */
  lang: Lang;
  /** Frontmatter, in the order it is written. */
  frontmatter: Record<string, unknown>;
  /** The MDX body: preamble and <Item> elements. */
  body: string;
  /** Official numbers found, in order. */
  numbers: string[];
  /** Facts it could not determine, as `field: what is wrong, and how to fix it`. */
  unresolved: string[];
  /** What it found, one line per fact, for the summary. */
  found: string[];
}

/** Entities the importer recognises. */
export interface ImportEntities extends MentionEntities {
  /** Countries (names and aliases in both languages). */
  countries: Country[];
  /** Organizations (the network and the bodies reported to). */
  organizations: Organization[];
}

/** Reads raw bytes as report text, refusing what is not text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.includes(0))
    throw new ImportError('the file is not text (it contains binary data); save the report as plain text (.txt, UTF-8) and import that');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Windows-1252 is what older word processors save; its bytes are the Latin-1 range for letters.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('the file is empty (only spaces and blank lines)');
  return text;
}

interface Paragraph {
  /** The paragraph's text, lines joined. */
  text: string;
  /** A bullet paragraph ("· …"). */
  bullet: boolean;
}

/** Lines to paragraphs: a line is a paragraph unless it visibly continues on the next (PDF line wrapping). */
function paragraphs(lines: string[]): Paragraph[] {
  const result: Paragraph[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const last = result.at(-1);
    const bullet = /^[·•▪◦]\s*|^[-*]\s+(?![a-z][.)]\s)/u.exec(line);
    if (last && !bullet && /[\p{Ll},-]$/u.test(last.text) && /^\p{Ll}/u.test(line)) {
      last.text = `${last.text.replace(/-$/, '')}${last.text.endsWith('-') ? '' : ' '}${line}`;
      continue;
    }
    result.push(bullet ? { text: line.slice(bullet[0].length).trim(), bullet: true } : { text: line, bullet: false });
  }
  return result;
}

const TOP_ITEM = /^\s*(\d{1,3})\s*[.)]\s+(.*)$/u;
const SUB_ITEM = /^\s*(?:[-–•·*]\s*)?\(?([a-z])[.)]\s+(.*)$/u;

/** Escapes text so MDX reads it as the same words (no JSX, no expressions, no markdown). */
export function escapeMdx(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>&#|~])/g, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+])(\s)/, '\\$1$2');
}

/** Imports a report's plain text. Throws ImportError for input it cannot use. */
export function importReport(text: string, entities: ImportEntities, options: { lang?: Lang } = {}): ImportResult {
  const unresolved: string[] = [];
  const itemsFound: string[] = [];
  const lines = text.split('\n');

  // Heading: the short lines before the first long one (letterhead, title, place, date).
  const firstLong = lines.findIndex((line) => line.trim().length > 120 || TOP_ITEM.test(line));
  const headingLines = lines
    .slice(0, Math.max(firstLong, 0))
    .map((line) => line.trim())
    .filter(Boolean);
  const rest = lines.slice(Math.max(firstLong, 0));

  // Body: preamble paragraphs, then numbered items with their sub-items, paragraphs and bullets.
  const preamble: string[] = [];
  const items: { number: string; paragraphs: Paragraph[] }[] = [];
  let currentN: string | undefined;
  for (const paragraph of paragraphs(rest)) {
    const top = paragraph.bullet ? undefined : TOP_ITEM.exec(paragraph.text);
    const sub = currentN === undefined || top ? undefined : SUB_ITEM.exec(paragraph.bullet ? `- ${paragraph.text}` : paragraph.text);
    if (top?.[1]) {
      currentN = top[1];
      items.push({ number: currentN, paragraphs: [{ text: top[2] ?? '', bullet: false }] });
    } else if (sub?.[1] && currentN !== undefined) {
      items.push({ number: `${currentN}.${sub[1]}`, paragraphs: [{ text: sub[2] ?? '', bullet: false }] });
    } else if (items.length > 0) {
      items.at(-1)?.paragraphs.push(paragraph);
    } else {
      preamble.push(paragraph.text);
    }
  }
  if (items.length === 0)
    throw new ImportError(
      'no numbered items found; each agreement must start its line with its number ("1.", "2)") and sub-items with their letter ("a.", "b)")',
    );
  const numbers = items.map((item) => item.number);
  const duplicates = [...new Set(numbers.filter((number, index) => numbers.indexOf(number) !== index))];
  if (duplicates.length > 0) {
    throw new ImportError(
      `duplicate item numbers: ${duplicates.join(', ')}; the numbering restarts or repeats, so items cannot be told apart. Fix the numbers in the text and import again`,
    );
  }
  itemsFound.push(`items: ${numbers.length} (${numbers.join(', ')})`);
  numbers.reduce((expected, number) => {
    if (number.includes('.')) return expected;
    if (Number(number) !== expected)
      unresolved.push(`items: item ${number} follows item ${expected - 1}; check the numbering against the original`);
    return Number(number) + 1;
  }, 1);

  // Facts (date, venue, participants, body and kind) from the heading and the preamble: src/lib/import/facts.ts.
  const facts = findFacts(
    {
      ...(options.lang ? { lang: options.lang } : {}),
      heading: headingLines,
      preamble,
      items: items.map((item) => ({ number: item.number, text: item.paragraphs.map((paragraph) => paragraph.text).join('\n\n') })),
    },
    entities,
  );
  unresolved.push(...facts.unresolved);
  // documentKind is not yet a field of the report schema (another branch adds it): written once the lead merges both.
  const { documentKind: _documentKind, ...written } = facts.frontmatter;
  const frontmatter: Record<string, unknown> = {
    ...written,
    translation: { status: 'original' },
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };
  const id = String(facts.frontmatter['id']);
  const lang = facts.frontmatter['lang'] as Lang;
  const found = [...facts.found.slice(0, 1), ...itemsFound, ...facts.found.slice(1)];

  const body = [
    ...preamble.map(escapeMdx),
    ...items.map((item) => {
      const blocks: string[] = [];
      for (const paragraph of item.paragraphs) {
        if (paragraph.bullet && blocks.at(-1)?.startsWith('- ')) blocks[blocks.length - 1] += `\n- ${escapeMdx(paragraph.text)}`;
        else blocks.push(paragraph.bullet ? `- ${escapeMdx(paragraph.text)}` : escapeMdx(paragraph.text));
      }
      return `<Item n="${item.number}">\n${blocks.join('\n\n')}\n</Item>`;
    }),
  ].join('\n\n');

  return { id, lang, frontmatter, body: `${body}\n`, numbers, unresolved, found };
}

/** The report file: frontmatter (with the source it came from) and body. */
export function reportFile(result: ImportResult, source: { file: string; received: string; sha256: string }): string {
  const data = {
    ...result.frontmatter,
    source: { file: source.file, lang: result.lang, received: source.received, sha256: source.sha256 },
  };
  const { unresolved, ...rest } = data as Record<string, unknown> & { unresolved?: string[] };
  const comment = `# Imported from ${source.received}. Review every field against the original;\n# "unresolved" lists what the importer could not determine: fix each and delete it.\n`;
  // The unresolved list goes last, where an author reads it after the facts it is about.
  return `---\n${comment}${stringify({ ...rest, ...(unresolved ? { unresolved } : {}) }, { lineWidth: 0 })}---\n\n${result.body}`;
}
