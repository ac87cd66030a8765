/**
 * A source document to a report file: the importer's last step, over the
 * three modules in `import/` — the document's structure (heading, preamble,
 * items with their numbers as printed or as the archive's), the proof that
 * no word was lost or moved, and the facts (language, date, venue,
 * participants, body and kind). What it cannot determine it writes as
 * `unresolved` entries that `npm run check` rejects until a person fixes
 * them; input it cannot use at all is refused with a clear message
 * (`ImportError`). The format readers (`import/readers/`) come before it.
 */
import { Document } from 'yaml';
import type { Country, Lang, Organization } from '../schemas/index.ts';
import type { SourceDocument } from './import/document.ts';
import { findFacts } from './import/facts.ts';
import { textLines } from './import/readers/text.ts';
import { findStructure, type Paragraph, type ReportStructure } from './import/structure.ts';
import { proveWords } from './import/words.ts';
import type { MentionEntities } from './mentions.ts';
import { ImportError } from './problems.ts';

export { ImportError };
export { detectLanguage, findDate } from './import/facts.ts';

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

/** Escapes text so MDX reads it as the same words (no JSX, no expressions, no markdown). */
export function escapeMdx(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>&#|~])/g, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+])(\s)/, '\\$1$2');
}

/**
 * Imports a report's decoded plain text, read as the text reader reads a file. Throws ImportError for input it cannot
 * use.
 */
export function importReport(text: string, entities: ImportEntities, options: { lang?: Lang } = {}): ImportResult {
  return importDocument({ format: 'txt', ...textLines(text) }, entities, options);
}

/**
 * Imports a source document (any format, as read by `readers/`): finds its
 * structure, proves that no word was lost or moved, finds its facts, and
 * writes the report file's frontmatter and body. Throws `ImportError` for a
 * document it cannot import without guessing.
 */
export function importDocument(
  document: SourceDocument,
  entities: ImportEntities,
  options: { lang?: Lang } = {},
): ImportResult {
  const structure = findStructure(document);
  proveWords(document, structure);
  const facts = findFacts(
    {
      ...(options.lang ? { lang: options.lang } : {}),
      heading: structure.heading,
      preamble: structure.preamble.map((paragraph) => paragraph.text),
      items: structure.items.map((item) => ({
        number: item.number,
        text: item.paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
      })),
    },
    entities,
  );
  const unresolved = [...(document.unresolved ?? []), ...structure.unresolved, ...facts.unresolved];
  const numbers = structure.items.map((item) => item.number);
  const found: string[] = [
    `format: ${document.format}${document.encoding ? ` (${document.encoding})` : ''}`,
    ...facts.found.slice(0, 1),
    ...document.removed.map((line) => `removed: ${line}`),
    ...structure.notes,
    `items: ${numbers.length} ` +
      `(${numbers.join(', ')})${structure.numberedBy === 'archive' ? ', numbered by the archive' : ''}`,
    ...facts.found.slice(1),
  ];
  const frontmatter: Record<string, unknown> = {
    ...facts.frontmatter,
    ...(structure.numberedBy === 'archive' ? { numbering: { by: 'archive' } } : {}),
    translation: { status: 'original' },
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };
  const id = String(facts.frontmatter['id']);
  const lang = facts.frontmatter['lang'] as Lang;

  const body = writeBody(structure);
  return { id, lang, frontmatter, body: `${body}\n`, numbers, unresolved, found };
}

/** The MDX body: preamble paragraphs, then one <Item> per item; bullet paragraphs as `-` lists. */
function writeBody(structure: ReportStructure): string {
  const blocks = (paragraphs: readonly Paragraph[]): string[] => {
    const result: string[] = [];
    let previousBullet = false;
    for (const paragraph of paragraphs) {
      const line = paragraph.bullet ? `- ${escapeMdx(paragraph.text)}` : escapeMdx(paragraph.text);
      if (paragraph.bullet && previousBullet) result[result.length - 1] += `\n${line}`;
      else result.push(line);
      previousBullet = paragraph.bullet;
    }
    return result;
  };
  return [
    ...blocks(structure.preamble),
    ...structure.items.map((item) => `<Item n="${item.number}">\n${blocks(item.paragraphs).join('\n\n')}\n</Item>`),
  ].join('\n\n');
}

/** Today's date where the importer runs, YYYY-MM-DD (the Swedish locale writes ISO 8601 dates). */
function localToday(): string {
  return new Date().toLocaleDateString('sv-SE');
}

/**
 * The report file: frontmatter (with the day the archive publishes it, today unless given, and the
 * source it came from) and body.
 * Example: `reportFile(result, { file: '2017-11-27.en.txt', format: 'txt', received: 'r.txt', sha256 }, '2026-12-01')`
 * → `'---\n…published: 2026-12-01\nsource:\n  file: 2017-11-27.en.txt…'`.
 */
export function reportFile(
  result: ImportResult,
  source: { file: string; format: string; encoding?: string; received: string; sha256: string },
  published: string = localToday(),
): string {
  const { file, format, encoding, received, sha256 } = source;
  const data = {
    ...result.frontmatter,
    published,
    source: { file, lang: result.lang, format, ...(encoding ? { encoding } : {}), received, sha256 },
  };
  const { unresolved, ...rest } = data as Record<string, unknown> & { unresolved?: string[] };
  // The unresolved list goes last, where an author reads it after the facts it is about.
  const document = new Document({ ...rest, ...(unresolved ? { unresolved } : {}) });
  // The comment is written by the YAML library too, which comments out every line of it: no file name can add a key.
  document.commentBefore =
    ` Imported from ${JSON.stringify(received)}. Review every field against the ` +
    `original;\n "unresolved" lists what the importer could not determine: fix ` +
    `each and delete it.`;
  return `---\n${document.toString({ lineWidth: 0 })}---\n\n${result.body}`;
}
