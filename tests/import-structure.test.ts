/**
 * The importer's structure step on the shapes real copies take: hard-wrapped
 * lines, lettered sub-items on their own lines, numbers flattened into one
 * line, bullets alone on a line, unnumbered agreements, numbering that
 * restarts — each pinned to its exact items; and the no-silent-loss proof.
 * The round trip renders every report of content/ back to wrapped text and
 * imports it to the same items, texts and facts.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import type { SourceDocument } from '../src/lib/import/document.ts';
import { textLines } from '../src/lib/import/readers/text.ts';
import { findStructure, type ReportStructure } from '../src/lib/import/structure.ts';
import { proveWords } from '../src/lib/import/words.ts';
import { importReport } from '../src/lib/importer.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { ImportError } from '../src/lib/problems.ts';
import { contentArchive } from './helpers.ts';
import { reportAsWrappedText } from './support/render.ts';

const text = (lines: string[]): SourceDocument => ({ format: 'txt', ...textLines(lines.join('\n')) });

/** The items as [number, paragraphs] pairs, bullets shown as "- …". */
function items(structure: ReportStructure): [string, string[]][] {
  return structure.items.map((item) => [item.number, item.paragraphs.map((p) => (p.bullet ? `- ${p.text}` : p.text))]);
}

function structureOf(lines: string[]): ReportStructure {
  const document = text(lines);
  const structure = findStructure(document);
  proveWords(document, structure);
  return structure;
}

const OPENING =
  'The Liaison Officer Network for Consular Protection held its ordinary meeting on March 3rd, 2019, in Panama City, Panama.';

describe('structure of real-looking copies', () => {
  it('lettered sub-items on their own lines after a line ending with a comma are sub-items, not text of the item', () => {
    const structure = structureOf([
      OPENING,
      '1. To thank Panama.',
      '2) To thank RNCOM. Also,',
      'a) To take note of their recommendations, and',
      'b) RNCOM commits to share its report.',
    ]);
    expect(items(structure)).toEqual([
      ['1', ['To thank Panama.']],
      ['2', ['To thank RNCOM. Also,']],
      ['2.a', ['To take note of their recommendations, and']],
      ['2.b', ['RNCOM commits to share its report.']],
    ]);
  });

  it('a sentence wrapped before a capitalised word stays one paragraph', () => {
    const structure = structureOf([
      OPENING,
      '1. To thank the delegations of El',
      'Salvador and Mexico for the update.',
    ]);
    expect(items(structure)).toEqual([['1', ['To thank the delegations of El Salvador and Mexico for the update.']]]);
  });

  it('numbers flattened into one line are split when they run 1, 2 … in order, and the notes say so', () => {
    const structure = structureOf([
      'La Red de Funcionarios de Enlace para la Protección Consular se reunió en Managua. Los países ACORDARON: 1. Aceptar el informe. 2. Reconocer el apoyo.',
    ]);
    expect(structure.preamble.map((p) => p.text)).toEqual([
      'La Red de Funcionarios de Enlace para la Protección Consular se reunió en Managua. Los países ACORDARON:',
    ]);
    expect(items(structure)).toEqual([
      ['1', ['Aceptar el informe.']],
      ['2', ['Reconocer el apoyo.']],
    ]);
    expect(structure.notes).toEqual(['split 2 numbered items printed on one line (1, 2) at line 1']);
  });

  it('a number inside a sentence is not an item', () => {
    const structure = structureOf([
      OPENING,
      '1. To note that 2. is not a number here, nor is 3.',
      '2. To thank Mexico.',
    ]);
    expect(items(structure).map(([number]) => number)).toEqual(['1', '2']);
  });

  it('a bullet alone on its line takes the next line as its text', () => {
    const structure = structureOf([
      'La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria en Managua.',
      '3. Agradecer a:',
      '-',
      'México, por el informe.',
      '-',
      'Panamá, por la sede.',
    ]);
    expect(items(structure)).toEqual([['3', ['Agradecer a:', '- México, por el informe.', '- Panamá, por la sede.']]]);
  });

  it('agreements the original leaves unnumbered are numbered 1, 2, 3 … by the archive', () => {
    const structure = structureOf([
      'JOINT COMMUNIQUÉ',
      '',
      'The Vice-Ministers of the Regional Conference on Migration met in Managua, Nicaragua, on 25 June 2014 and agreed:',
      '',
      'To approve the report of the Regional Consultation Group on Migration.',
      '',
      'To thank the Government of Nicaragua for its hospitality.',
    ]);
    expect(structure.numberedBy).toBe('archive');
    expect(structure.heading).toEqual(['JOINT COMMUNIQUÉ']);
    expect(items(structure)).toEqual([
      ['1', ['To approve the report of the Regional Consultation Group on Migration.']],
      ['2', ['To thank the Government of Nicaragua for its hospitality.']],
    ]);
  });

  it('numbering that restarts (Word numbering lost in a copy) is refused, saying where and how to fix it', () => {
    const lines = [OPENING, '1. To thank Panama.', '1. To thank Mexico.', '2. To thank Canada.'];
    expect(() => structureOf(lines)).toThrow(ImportError);
    expect(() => structureOf(lines)).toThrow(
      /the numbering restarts at line 3: item 1 follows item 1.*import the original DOCX or PDF, or correct the numbers/iu,
    );
  });

  it('a skipped or repeated number is kept as printed and left for a person to declare', () => {
    const structure = structureOf([
      OPENING,
      '1. To thank Panama.',
      '2. To thank Mexico.',
      '2. To thank Canada.',
      '4. To thank Belize.',
    ]);
    expect(items(structure).map(([number]) => number)).toEqual(['1', '2', '2-2', '4']);
    expect(structure.unresolved).toEqual([
      'items: the number 2 is printed 2 times (again at line 4); it is written n="2-2". If the original does print it twice, declare it under numbering.repeated; otherwise correct the number',
      'items: item 4 follows item 2 at line 5; check the numbering against the original (if the original skips it, declare the missing number under numbering.skipped)',
    ]);
  });

  it('roman numerals under a sub-item stay printed in its text', () => {
    const structure = structureOf([
      OPENING,
      '1. To thank Panama:',
      'a) for hosting:',
      'i. the meeting room;',
      'ii. the interpreters.',
      'b) for the report.',
    ]);
    expect(items(structure)).toEqual([
      ['1', ['To thank Panama:']],
      ['1.a', ['for hosting:', 'i. the meeting room;', 'ii. the interpreters.']],
      ['1.b', ['for the report.']],
    ]);
  });

  it('a word broken by a line-end hyphen is joined only where the document writes it whole', () => {
    const structure = structureOf([
      'The Liaison Officer Network for Consular Protection reviewed the implementation of its work plan and its follow-up mechanism in a long',
      'session.',
      '1. To request the imple-',
      'mentation of the follow-',
      'up plan.',
    ]);
    expect(items(structure)).toEqual([['1', ['To request the implementation of the follow-up plan.']]]);
  });
});

describe('shapes found by trying real-looking documents', () => {
  it('conclusions with "ACUERDAN:" on a line of its own: bullets under an agreement ending with a colon are its list, and a closing place-and-date line is left for a person', () => {
    const structure = structureOf([
      'CONCLUSIONES DE LA REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)',
      '',
      'Los Países Miembros de la Conferencia Regional sobre Migración, reunidos en la Ciudad de Panamá los días 13 y 14 de junio de 2018,',
      '',
      'ACUERDAN:',
      '',
      'Aprobar el informe de la Red.',
      '',
      'Solicitar a la Secretaría Técnica:',
      '• Circular la nota conceptual del taller.',
      '• Dar seguimiento a la plataforma regional.',
      '',
      'Agradecer al Gobierno de Panamá por la hospitalidad brindada.',
      '',
      'Ciudad de Panamá, 14 de junio de 2018',
    ]);
    expect(structure.heading).toEqual([
      'CONCLUSIONES DE LA REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)',
    ]);
    expect(structure.preamble.map((p) => p.text)).toEqual([
      'Los Países Miembros de la Conferencia Regional sobre Migración, reunidos en la Ciudad de Panamá los días 13 y 14 de junio de 2018,',
      'ACUERDAN:',
    ]);
    expect(items(structure)).toEqual([
      ['1', ['Aprobar el informe de la Red.']],
      [
        '2',
        [
          'Solicitar a la Secretaría Técnica:',
          '- Circular la nota conceptual del taller.',
          '- Dar seguimiento a la plataforma regional.',
        ],
      ],
      ['3', ['Agradecer al Gobierno de Panamá por la hospitalidad brindada.']],
      ['4', ['Ciudad de Panamá, 14 de junio de 2018']],
    ]);
    expect(structure.unresolved).toEqual([
      'items: the last paragraph, numbered [4] ("Ciudad de Panamá, 14 de junio de 2018", line 15), reads as the place and date of signature rather than an agreement; check the original',
    ]);
  });

  it('a text copied from a PDF set in a proportional font: lines of uneven length that stop mid-sentence run on', () => {
    const structure = structureOf([
      'The Liaison Officer Network for Consular Protection held its ordinary meeting on November 27th, 2017, in San',
      'Salvador, El Salvador prior to the meeting of the Regional Consultation Group on Migration (RCGM), with',
      'participation of representatives from the following countries: Canada, Costa Rica, the Dominican Republic, El',
      'Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and the United States.',
      '1. To thank the delegations of Costa Rica, the Dominican Republic, El Salvador, Guatemala, Honduras, Mexico,',
      'Nicaragua, Panama and the United States for their reports on best practices and advances relating to consular protection.',
      '2. To thank Mexico for its comments on the IX Week of Labour Rights, with the participation of 18 countries.',
    ]);
    expect(structure.preamble).toHaveLength(1);
    expect(items(structure).map(([number, paragraphs]) => [number, paragraphs.length])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
  });

  it('an item with no text, and a heading in capitals between items, are left for a person', () => {
    const structure = structureOf([
      OPENING,
      '1. To thank Panama.',
      '2.',
      '3. To thank Mexico.',
      'II. FOLLOW-UP OF PREVIOUS AGREEMENTS',
      '4. To thank Canada.',
    ]);
    expect(items(structure).map(([number]) => number)).toEqual(['1', '2', '3', '4']);
    expect(structure.unresolved).toEqual([
      'items: "II. FOLLOW-UP OF PREVIOUS AGREEMENTS" (line 5) looks like a section heading between items, and is kept as the last paragraph of item 3, as the archive keeps every unnumbered paragraph with the item above it; check it against the original',
      'items: item 2 (line 3) has no text; check the original, and write its text or remove the item',
    ]);
  });

  it('a line-end hyphen the document gives no reason to drop or keep is kept, and a person is asked', () => {
    const structure = structureOf([OPENING, '1. To request IOM to distribute the informat-', 'ion on this course.']);
    expect(items(structure)).toEqual([['1', ['To request IOM to distribute the informat-ion on this course.']]]);
    expect(structure.unresolved).toEqual([
      'text: a word broken at the end of line 2 is kept with its hyphen, "informat-ion", because the document never writes it otherwise; if the hyphen only broke the word, remove it from the report file',
    ]);
  });

  it('agreements numbered with roman numerals are refused with a message that says so', () => {
    expect(() => structureOf([OPENING, 'I. To thank Mexico for its report.', 'II. To thank Panama.'])).toThrow(
      /the agreements are numbered with roman numerals or capital letters \("I\. To thank Mexico/u,
    );
  });
});

describe('no silent loss', () => {
  it('a structure that lost a word is refused, naming the first difference and where it is in the source', () => {
    const document = text([
      OPENING,
      'with participation of representatives from Canada, Costa Rica and Mexico.',
      '1. To thank Panama.',
    ]);
    const structure = findStructure(document);
    const tampered: ReportStructure = {
      ...structure,
      preamble: structure.preamble.map((p) => ({ ...p, text: p.text.replace('Canada, ', '') })),
    };
    expect(() => proveWords(document, structure)).not.toThrow();
    expect(() => proveWords(document, tampered)).toThrow(/at line 2, column 44 the source has "Canada,CostaRica/u);
  });
});

describe('round trip: every report of content/ as hard-wrapped text imports to the same items, texts and facts', () => {
  const { content } = readContentFiles();
  for (const report of contentArchive().reports) {
    for (const [width, blankLines] of [
      [80, true],
      [72, false],
    ] as const) {
      it(`${report.lang}/${report.id} wrapped at ${width} columns${blankLines ? '' : ', no blank lines'}`, () => {
        const result = importReport(reportAsWrappedText(report, { width, blankLines }), content, { lang: report.lang });
        const body = parseReportBody(result.body, { file: 'imported.mdx', firstLine: 1 });
        expect(body.problems).toEqual([]);
        expect(body.items.map((item) => [item.number, item.text])).toEqual(
          report.items.map((item) => [item.number, item.text]),
        );
        expect(body.preambleText).toBe(report.preambleText);
        expect(result.frontmatter['heading']).toEqual(report.data.heading);
        expect(result.frontmatter).toMatchObject({
          date: report.data.date,
          participants: report.data.participants.map((p) => p.id),
        });
      });
    }
  }
});
