/**
 * Verbatim text: every item of every original-language report, with its
 * unnumbered paragraphs and bullets, equals the archived source document,
 * whitespace and bullet glyphs aside. The source is cut at each item's printed
 * label ("2." at a line start, "- a." for a sub-item) in document order, so
 * this never relies on the item parser it checks.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/lib/archive.ts';
import { readSource } from '../src/lib/content-files.ts';
import { contentArchive } from './helpers.ts';

/** Words only: bullets at line starts dropped, whitespace collapsed. */
function words(text: string): string {
  return text
    .replace(/^[ \t]*[·•*-][ \t]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cuts the source into the text before item 1 and the text of each item, by printed labels. */
function cutSource(source: string, numbers: string[]): { preamble: string; items: Map<string, string> } {
  const starts: { number: string; labelStart: number; textStart: number }[] = [];
  let position = 0;
  for (const number of numbers) {
    const [n, letter] = number.split('.');
    const label = letter === undefined ? `${escape(n ?? '')}[.)]` : `(?:[-–•·]\\s*)?\\(?${escape(letter)}[.)]`;
    const pattern = new RegExp(`(^|\\n)[ \\t]*${label}[ \\t]+`, 'g');
    pattern.lastIndex = position;
    const match = pattern.exec(source);
    if (!match) throw new Error(`label of item ${number} not found in the source after offset ${position}`);
    const labelStart = match.index + (match[1]?.length ?? 0);
    starts.push({ number, labelStart, textStart: match.index + match[0].length });
    position = match.index + match[0].length;
  }
  const items = new Map<string, string>();
  starts.forEach((start, index) => items.set(start.number, source.slice(start.textStart, starts[index + 1]?.labelStart ?? source.length)));
  return { preamble: source.slice(0, starts[0]?.labelStart ?? 0), items };
}

const originals = (): Report[] => contentArchive().reports.filter((report) => report.data.translation.status === 'original');

describe('fidelity to the archived originals', () => {
  it('covers every report in the archive: each has exactly one original text', () => {
    const ids = [...new Set(contentArchive().reports.map((report) => report.id))];
    expect(ids.length).toBeGreaterThan(0);
    expect(originals().map((report) => report.id)).toEqual(ids);
  });

  for (const report of originals()) {
    describe(`${report.lang}/${report.id}`, () => {
      const source = readSource(report.data.source);
      const cut = cutSource(
        source,
        report.items.map((item) => item.number),
      );

      it('is in the language of its source document', () => {
        expect(report.data.source.lang).toBe(report.lang);
      });

      for (const item of report.items) {
        it(`item ${item.number} equals the source text`, () => {
          expect(words(item.text)).toBe(words(cut.items.get(item.number) ?? ''));
        });
      }

      it('the preamble is the source text just before item 1', () => {
        expect(report.preambleText.length).toBeGreaterThan(0);
        expect(words(cut.preamble).endsWith(words(report.preambleText))).toBe(true);
      });

      it('the heading lines, when recorded, are the source lines above the preamble, in order', () => {
        const lines = cut.preamble
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const heading = report.data.heading ?? [];
        expect(lines.slice(0, heading.length)).toEqual(heading);
      });
    });
  }
});
