/**
 * The format readers, on the fixture catalogue of tests/fixtures/documents/
 * (made by scripts/make-fixtures.ts with the docx package and LibreOffice):
 * each fixture is pinned to what its page shows.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block, SourceDocument, SourceLine } from '../src/lib/import/document.ts';
import type { DocxItem, DocxReport } from '../src/lib/import/render.ts';
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, readDocument } from '../src/lib/import/readers/index.ts';
import { decodeText } from '../src/lib/import/readers/text.ts';
import { ImportError } from '../src/lib/importer.ts';
import { reportEn, reportEs } from './fixtures/documents/reports.ts';

const DIR = 'tests/fixtures/documents';
const read = (name: string) => readDocument(new Uint8Array(readFileSync(`${DIR}/${name}`)), name);
const texts = (document: SourceDocument) => (document.lines ?? []).map((line) => line.text);
const refusal = async (bytes: Uint8Array, name: string) => {
  const error = await readDocument(bytes, name).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as Error).message;
};

/** The blocks a report's DOCX must read back as: its markers as Word's numbering prints them (sub-items as `subText` says). */
interface Expected {
  text: string | undefined;
  marker: string | undefined;
  level: number;
}

function expectedBlocks(report: DocxReport, sub: (letter: string) => string): Expected[] {
  const item = (entry: DocxItem, level: number, marker: string): Expected[] => [
    { text: entry.paragraphs[0], marker, level },
    ...entry.paragraphs.slice(1).map((text) => ({ text, marker: undefined, level: 0 })),
    ...(entry.subItems ?? []).flatMap((subItem) => item(subItem, 1, sub(subItem.number))),
    ...(entry.bullets ?? []).map((text) => ({ text, marker: '·', level: 2 })),
  ];
  return [
    ...report.headingLines.map((text) => ({ text, marker: undefined, level: 0 })),
    ...report.preamble.map((text) => ({ text, marker: undefined, level: 0 })),
    ...report.items.flatMap((entry) => item(entry, 0, `${entry.number}.`)),
  ];
}

const shape = (blocks: Block[] | undefined) =>
  (blocks ?? []).map(({ text, marker, level }) => ({ text, marker, level }));

describe('text reader', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, naming the encoding', async () => {
    const document = await read('utf8-bom.txt');
    expect(document.format).toBe('txt');
    expect(document.encoding).toBe('UTF-8 with BOM');
    expect(texts(document)).toEqual([reportEs.headingLines[2], reportEs.headingLines[4], '', ...reportEs.preamble]);
    expect(document.lines?.[3]?.position).toEqual({ line: 4 });
    expect(document.lines?.[0]?.text.startsWith('\uFEFF')).toBe(false);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', async () => {
    for (const [name, encoding] of [
      ['utf16le.txt', 'UTF-16LE'],
      ['utf16be.txt', 'UTF-16BE'],
    ] as const) {
      const document = await read(name);
      expect(document.encoding).toBe(encoding);
      expect(texts(document)[0]).toBe(
        'INFORME DE LA REUNIÓN DE LA RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR',
      );
      expect(texts(document)).toHaveLength(5);
    }
  });

  it('reads Windows-1252 (bytes that are not UTF-8) with CR line ends', async () => {
    const document = await read('windows-1252.txt');
    expect(document.encoding).toBe('windows-1252');
    expect(texts(document)[1]).toBe('27 de noviembre de 2017');
    expect(texts(document).at(-1)).toBe('Nº 1 - 5 €');
    expect(document.lines?.at(-1)?.position).toEqual({ line: 6 });
  });

  it('reads plain UTF-8, keeps blank lines and removes only trailing white space', async () => {
    const document = await readDocument(new TextEncoder().encode('REPORT  \n\n  1. To thank Mexico.\t\n'), 'r.TXT');
    expect(document.encoding).toBe('UTF-8');
    expect(document.lines).toEqual([
      { text: 'REPORT', position: { line: 1 } },
      { text: '', position: { line: 2 } },
      { text: '  1. To thank Mexico.', position: { line: 3 } },
    ]);
  });

  it('decodeText gives the text and its encoding, as the importer reads archived sources', () => {
    expect(decodeText(readFileSync(`${DIR}/windows-1252.txt`))).toMatchObject({ encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42]))).toEqual({
      text: 'A\nB',
      encoding: 'UTF-8 with BOM',
    });
  });

  it('refuses binary data, an empty file and a file of white space', async () => {
    expect(await refusal(new Uint8Array([0x41, 0x00, 0x42]), 'x.txt')).toBe(
      'x.txt: the file is not text (it contains binary data); save the report as plain text (.txt, UTF-8) and import that',
    );
    expect(await refusal(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), 'x.txt')).toContain(
      'the file is not text (it contains binary data)',
    );
    expect(await refusal(new Uint8Array(), 'x.txt')).toBe('x.txt: the file is empty');
    expect(await refusal(new TextEncoder().encode(' \r\n\t\n'), 'x.txt')).toBe(
      'x.txt: the file is empty (only spaces and blank lines)',
    );
  });
});

describe('choosing the reader', () => {
  it('refuses another format, naming those accepted', async () => {
    expect(Object.keys(ACCEPTED_EXTENSIONS)).toEqual(['.txt', '.pdf', '.docx', '.html', '.htm']);
    expect(await refusal(new TextEncoder().encode('text'), 'report.doc')).toBe(
      'report.doc: the importer reads .txt, .pdf, .docx, .html, .htm files, not ".doc"; save the report in one of those formats',
    );
    expect(await refusal(new TextEncoder().encode('text'), 'README')).toContain('not "a file without extension"');
  });

  it('refuses a file over the size limit', async () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    expect(await refusal(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), 'big.txt')).toBe(
      "big.txt: the file is 20.0 MB, over the importer's limit of 20 MB; a report is a few pages: import one report per file",
    );
    await expect(readDocument(new Uint8Array(MAX_IMPORT_BYTES).fill(0x41), 'limit.txt')).resolves.toMatchObject({
      format: 'txt',
    });
  });

  it('refuses content that does not match the extension', async () => {
    const text = new TextEncoder().encode('1. To thank Mexico.');
    expect(await refusal(text, 'report.PDF')).toBe(
      'report.PDF: the file is named .pdf but is not a PDF (it does not start with "%PDF-"); export the report to PDF again',
    );
    expect(await refusal(text, 'report.docx')).toContain(
      'report.docx: the file is named .docx but is not a Word document',
    );
    const zip = new JSZip();
    zip.file('content.xml', '<office:document/>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }), 'report.docx')).toBe(
      'report.docx: the file is a zip archive but not a Word document (it has no word/document.xml); save the report as .docx in Word or LibreOffice',
    );
  });

  it('reads extensions in any case', async () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/report-en.docx`));
    await expect(readDocument(bytes, 'REPORT.DOCX')).resolves.toMatchObject({ format: 'docx' });
  });
});

describe('DOCX reader', () => {
  it('computes automatic multilevel numbers (1., a., ·) and levels, in English', async () => {
    const document = await read('report-en.docx');
    expect(document.format).toBe('docx');
    expect(shape(document.blocks)).toEqual(expectedBlocks(reportEn, (letter) => `${letter}.`));
    const twoD = document.blocks?.find((block) => block.text.startsWith('To request IOM'));
    expect(twoD).toMatchObject({
      marker: 'd.',
      markerSource: 'numbering',
      level: 1,
      position: { line: 16, paragraph: true },
    });
  });

  it('computes "a)" sub-items in Spanish, and marks Title and Heading paragraphs', async () => {
    const document = await read('report-es.docx');
    expect(shape(document.blocks)).toEqual(expectedBlocks(reportEs, (letter) => `${letter})`));
    expect(document.blocks?.filter((block) => block.heading).map((block) => block.text)).toEqual(
      reportEs.headingLines.slice(0, 2),
    );
  });

  it('leaves headers and footers out of the blocks and lists them as removed', async () => {
    const document = await read('report-en.docx');
    expect(
      document.blocks?.some((block) => block.text.includes('Conferencia Regional') || block.text.includes('Page')),
    ).toBe(false);
    expect(document.removed).toEqual([
      'headers and footers (page furniture): "Page  of", "Conferencia Regional sobre Migración"',
    ]);
  });

  it('keeps typed numbers in the text (tabs as spaces) and drops empty paragraphs', async () => {
    const document = await read('typed-numbers.docx');
    expect(
      document.blocks?.map(({ text, marker, level, position }) => ({ text, marker, level, line: position.line })),
    ).toEqual([
      { text: 'REPORT OF THE MEETING', marker: undefined, level: 0, line: 1 },
      { text: 'The Network agreed on the following items:', marker: undefined, level: 0, line: 2 },
      {
        text: '1. To thank the delegations of El Salvador and Mexico for the update.',
        marker: undefined,
        level: 0,
        line: 3,
      },
      { text: '2. Regarding the establishment of joint consulates:', marker: undefined, level: 0, line: 4 },
      { text: 'a) To take note of their recommendations, and', marker: undefined, level: 0, line: 5 },
      { text: 'b) RNCOM commits to share its report.', marker: undefined, level: 0, line: 6 },
      { text: '3. To thank IOM for its support.', marker: undefined, level: 0, line: 8 },
    ]);
  });

  it('prints roman, legal (1.1.) and restarted numbering exactly as LibreOffice prints it', async () => {
    const docx = await read('numbering-variants.docx');
    const markers = (docx.blocks ?? []).flatMap((block) => (block.marker ? [block.marker] : []));
    expect(markers).toEqual([
      'III.',
      'III.1.',
      '(A)',
      '(B)',
      'III.2.',
      'IV.',
      'IV.1.',
      '1.',
      '1.1.',
      'i)',
      'ii)',
      '2.',
      '1.',
      '2.',
    ]);
    // LibreOffice drew the numbers as text in the PDF it printed from the same file.
    const pdf = await read('numbering-variants.pdf');
    const numbered = texts(pdf).filter((line) => /^\S+ /.test(line) && !/^(Agreements|A list|The same)/.test(line));
    expect(numbered.map((line) => line.split(' ')[0])).toEqual(markers);
    expect(docx.blocks?.map((block) => block.level)).toEqual([0, 0, 1, 2, 2, 1, 0, 1, 0, 0, 1, 2, 2, 0, 0, 0, 0]);
  });
});

describe('PDF reader', () => {
  it('removes running headers and page numbers, and lists them', async () => {
    const en = await read('report-en.pdf');
    expect(en.removed).toEqual([
      'running headers and footers: 2 ("Conferencia Regional sobre Migración", "Conferencia Regional sobre Migración")',
      'page numbers: 2 ("Page 1 of 2", "Page 2 of 2")',
    ]);
    expect(texts(en).some((text) => text.includes('Conferencia Regional') || /^Page \d/.test(text))).toBe(false);
    const es = await read('report-es.pdf');
    expect(es.removed.at(-1)).toBe('page numbers: 2 ("- 1 -", "- 2 -")');
  });

  it('marks paragraph gaps with a blank line, and joins across a page break without one', async () => {
    const lines = texts(await read('report-en.pdf'));
    const at = (start: string) => lines.findIndex((text) => text.startsWith(start));
    expect(lines[at('The Network submits') - 1]).toBe('');
    expect(lines[at('1. To thank the following') - 1]).toBe('');
    expect(lines[at('In this regard, the Liaison') - 1]).toBe('inputs to the TS before the end of 2017.');
    expect(lines.filter((text) => text === '')).toHaveLength(2);
  });

  it('says whether the next word would have fitted: false on a wrapped line, true on a paragraph end', async () => {
    const lines = (await read('report-en.pdf')).lines ?? [];
    const line = (start: string) => lines.find((entry) => entry.text.startsWith(start));
    expect(line('b. Request IOM to carry out a second phase')).toMatchObject({
      text: 'b. Request IOM to carry out a second phase of this diagnosis including other RCM Member',
      position: { page: 1, line: 32 },
      nextWordFits: false,
    });
    expect(line('Countries.')).toMatchObject({ nextWordFits: true });
    expect(line('REPORT FROM THE MEETING')).toMatchObject({ nextWordFits: false });
    expect(line('In this regard, the Liaison')?.position).toEqual({ page: 2, line: 2 });
  });

  it('gives lines that reflow (by nextWordFits and blank lines) to exactly the paragraphs of the document', async () => {
    for (const [name, report, sub] of [
      ['report-en.pdf', reportEn, '.'],
      ['report-es.pdf', reportEs, ')'],
    ] as const) {
      const paragraphs = reflow((await read(name)).lines ?? []);
      const expected = expectedBlocks(report, (letter) => `${letter}${sub}`).map(({ text, marker }) =>
        marker ? `${marker} ${text}` : text,
      );
      expect(paragraphs).toEqual(expected);
    }
  });

  it('refuses a PDF with no text layer (a scan)', async () => {
    expect(await refusal(new Uint8Array(readFileSync(`${DIR}/scan.pdf`)), 'scan.pdf')).toBe(
      'scan.pdf: the PDF has no text layer (it is a scanned image), and the archive does not do OCR; import the Word file or a text copy of the report instead',
    );
  });

  it('refuses a broken PDF with a message', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nnot really'), 'broken.pdf')).toMatch(
      /^broken\.pdf: the PDF could not be read \(.+\); export it to PDF again/,
    );
  });
});

/** Joins lines into paragraphs the way the structure step is meant to: a line whose next word would not have fitted was wrapped. */
function reflow(lines: SourceLine[]): string[] {
  const paragraphs: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line.text === '') {
      open = false;
      continue;
    }
    if (open) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    else paragraphs.push(line.text);
    open = line.nextWordFits === false;
  }
  return paragraphs;
}

describe('HTML reader', () => {
  it('reads a saved page: main content only, markers computed from ol/ul, levels, entities, <br> lines', async () => {
    const document = await read('saved-page.html');
    expect(document.format).toBe('html');
    expect(
      document.blocks?.map(({ text, marker, level, heading }) => [marker ?? '', level, heading ? 'h' : '', text]),
    ).toEqual([
      ['', 0, 'h', 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección\u00a0Consular'],
      ['', 0, '', 'Antiguo Cuscatlán, La Libertad, El Salvador 27 de noviembre de 2017'],
      [
        '',
        0,
        '',
        'La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria el 27 de noviembre de 2017, en San Salvador, El Salvador, con la participación de representantes de los siguientes países: Canadá, Costa Rica, República Dominicana, El Salvador, Guatemala, Honduras, México, Nicaragua, Panamá y Estados Unidos.',
      ],
      ['', 0, '', 'La Red somete su informe a la consideración del GRCM, contenido en los siguientes puntos:'],
      ['1.', 0, '', 'Agradecer a las siguientes delegaciones por sus informes:'],
      ['◦', 1, '', 'Costa Rica, República Dominicana y El Salvador;'],
      ['◦', 1, '', 'Guatemala, Honduras y México.'],
      ['2.', 0, '', 'En relación con el establecimiento de consulados conjuntos:'],
      ['a.', 1, '', 'Agradecer a las delegaciones de El Salvador y México por la actualización.'],
      [
        'b.',
        1,
        '',
        'Agradecer a Panamá por informar sobre los esfuerzos «conjuntos» realizados con Costa Rica & el SIECA.',
      ],
      ['3.', 0, '', 'Agradecer a la OIM y a la RROCM por su presentación. Al respecto,'],
      ['c.', 1, '', 'Honduras solicitó el apoyo de la OIM.'],
      ['7.', 0, '', 'Tomar nota de la propuesta presentada por el CICR y la OIM.'],
      ['I.', 0, '', 'Primero'],
      ['II.', 0, '', 'Segundo'],
      ['III.', 0, '', 'Tercero'],
      ['IV.', 0, '', 'Cuarto'],
      ['', 0, '', 'Fecha'],
      ['', 0, '', '27/11/2017'],
    ]);
    expect(document.blocks?.[1]?.lines).toEqual([
      'Antiguo Cuscatlán, La Libertad, El Salvador',
      '27 de noviembre de 2017',
    ]);
    expect(document.blocks?.[4]).toMatchObject({ markerSource: 'numbering', position: { line: 5, paragraph: true } });
  });

  it('reads the body when there is no main, skipping scripts, navigation, header and footer', async () => {
    const page =
      '<html><head><title>T</title></head><body><header>Site</header><nav>Menu</nav><script>var x = 1;</script>' +
      '<div>Text of the div<p>A paragraph</p>and after</div><ul><li>One<ul><li>Deep<ul><li>Deeper</li></ul></li></ul></li></ul><footer>© RCM</footer></body></html>';
    const document = await readDocument(new TextEncoder().encode(page), 'page.htm');
    expect(document.blocks?.map(({ text, marker, level }) => [marker ?? '', level, text])).toEqual([
      ['', 0, 'Text of the div'],
      ['', 0, 'A paragraph'],
      ['', 0, 'and after'],
      ['•', 0, 'One'],
      ['◦', 1, 'Deep'],
      ['▪', 2, 'Deeper'],
    ]);
    expect(document.removed).toEqual([
      '<header> elements (page furniture): 1',
      '<nav> elements (page furniture): 1',
      '<footer> elements (page furniture): 1',
    ]);
  });

  it('refuses a page with no text in its body', async () => {
    expect(
      await refusal(new TextEncoder().encode('<html><body><nav>Menu</nav></body></html>'), 'empty.html'),
    ).toContain('empty.html: the web page has no text in its body');
  });
});
