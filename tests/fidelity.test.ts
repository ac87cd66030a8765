/**
 * Verbatim text: every item of every original-language report, with its
 * unnumbered paragraphs and bullets, equals the archived source document,
 * whitespace and bullet glyphs aside, whatever the original's format: a PDF,
 * Word file or web page is read by the importer's reader for it (page
 * furniture removed, Word's numbers as printed), a text in the encoding its
 * report file declares. The source is cut at each item's printed label ("2."
 * at a line start, "- a." for a sub-item) in document order, so this never
 * relies on the item parser it checks. Where the archive numbered unnumbered
 * agreements, there is no label: the preamble and the items, in order, must
 * be the source's text after the heading.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/lib/archive.ts';
import { printedText, readSourceDocument } from '../src/lib/import/sources.ts';
import { contentArchive } from './helpers.ts';

/** Words only: bullets at line starts dropped, whitespace collapsed. */
function words(text: string): string {
  return text
    .replace(/^[ \t]*[·•*-][ \t]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a text is the source's words. A hyphen that ends a source line may
 * have only broken a word there ("imple-" / "mentation"): the text may keep it
 * or not, and nothing else may differ.
 */
function sameWords(text: string, source: string): boolean {
  const pattern = escape(words(source.replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{L})/gu, '$1\u00ad'))).replace(
    /\u00ad/gu,
    '-?',
  );
  return new RegExp(`^${pattern}$`, 'u').test(words(text));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cuts the source into the text before item 1 and the text of each item, by printed labels. */
function cutSource(source: string, numbers: string[]): { preamble: string; items: Map<string, string> } {
  const starts: { number: string; labelStart: number; textStart: number }[] = [];
  let position = 0;
  for (const number of numbers) {
    const [numberPart, letter] = number.split('.');
    // A second item printed "4" is archived as 4-2: its label is the printed "4".
    const n = numberPart?.replace(/-\d+$/u, '');
    const label = letter === undefined ? `${escape(n ?? '')}(?:\\.-|[.)])` : `(?:[-–•·]\\s*)?\\(?${escape(letter)}[.)]`;
    const pattern = new RegExp(`(^|\\n)[ \\t]*${label}[ \\t]+`, 'g');
    pattern.lastIndex = position;
    const match = pattern.exec(source);
    if (!match) throw new Error(`label of item ${number} not found in the source after offset ${position}`);
    const labelStart = match.index + (match[1]?.length ?? 0);
    starts.push({ number, labelStart, textStart: match.index + match[0].length });
    position = match.index + match[0].length;
  }
  const items = new Map<string, string>();
  starts.forEach((start, index) =>
    items.set(start.number, source.slice(start.textStart, starts[index + 1]?.labelStart ?? source.length)),
  );
  return { preamble: source.slice(0, starts[0]?.labelStart ?? 0), items };
}

const originals = (): Report[] =>
  contentArchive().reports.filter((report) => report.data.translation.status === 'original');

/** Each original's source as printed, read before the tests are collected (PDF and Word reading is asynchronous). */
const sources = new Map(
  await Promise.all(
    originals().map(async (report) => [report.id, printedText(await readSourceDocument(report.data.source))] as const),
  ),
);

describe('fidelity to the archived originals', () => {
  it('covers every report in the archive: each has exactly one original text', () => {
    const ids = [...new Set(contentArchive().reports.map((report) => report.id))];
    expect(ids.length).toBeGreaterThan(0);
    expect(originals().map((report) => report.id)).toEqual(ids);
  });

  for (const report of originals()) {
    describe(`${report.lang}/${report.id}`, () => {
      const source = sources.get(report.id) ?? '';
      const heading = report.data.heading ?? [];

      it('is in the language of its source document', () => {
        expect(report.data.source.lang).toBe(report.lang);
      });

      if (report.data.numbering?.by === 'archive') {
        it('the heading, the preamble and the items numbered by the archive, in order, are the whole source text', () => {
          const text = [...heading, report.preambleText, ...report.items.map((item) => item.text)].join('\n\n');
          expect(sameWords(text, source), `${words(text)}\n≠ ${words(source)}`).toBe(true);
        });
        return;
      }

      const cut = cutSource(
        source,
        report.items.map((item) => item.number),
      );
      for (const item of report.items) {
        it(`item ${item.number} equals the source text`, () => {
          const printed = cut.items.get(item.number) ?? '';
          expect(sameWords(item.text, printed), `${words(item.text)}\n≠ ${words(printed)}`).toBe(true);
        });
      }

      it('the text before item 1 is the heading lines, then the preamble, and nothing else', () => {
        expect(report.preambleText.length).toBeGreaterThan(0);
        const text = [...heading, report.preambleText].join('\n');
        expect(sameWords(text, cut.preamble), `${words(text)}\n≠ ${words(cut.preamble)}`).toBe(true);
      });
    });
  }
});
