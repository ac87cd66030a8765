/**
 * Makes the document fixtures of `tests/fixtures/documents/` the way the
 * world makes them: Word files with automatic numbering written by the `docx`
 * package, PDFs printed from them by LibreOffice, text files in the encodings
 * old word processors save. Needs Debian's LibreOffice (`apt-get install -y
 * libreoffice-writer-nogui`); the tests do not, they read the committed files.
 *
 * Run: `./node_modules/.bin/node scripts/make-fixtures.ts`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import { renderReportDocx } from '../src/lib/import/render.ts';
import { reportEn, reportEs } from '../tests/fixtures/documents/reports.ts';

const OUT = 'tests/fixtures/documents';

/** Prints DOCX files to PDF with LibreOffice, into OUT. */
function toPdf(files: string[]): void {
  // A profile of its own, so a LibreOffice the user has open is not disturbed.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files],
      {
        stdio: 'inherit',
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A DOCX whose numbers are typed by hand (tabs after them), as copied documents often are. */
async function typedNumbersDocx(): Promise<Uint8Array> {
  const lines = [
    '1.\tTo thank the delegations of El Salvador and Mexico for the update.',
    '2.\tRegarding the establishment of joint consulates:',
    '\ta)\tTo take note of their recommendations, and',
    '\tb)\tRNCOM commits to share its report.',
    '',
    '3.\tTo thank IOM for its support.',
  ];
  // Word writes a typed tab as <w:tab/>, not as a character.
  const paragraph = (text: string) =>
    new Paragraph({
      children: [
        new TextRun({
          children: text.split('\t').flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])),
        }),
      ],
    });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'REPORT OF THE MEETING',
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({ text: 'The Network agreed on the following items:' }),
          ...lines.map(paragraph),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A DOCX with less common numbering: roman numbers from III, legal-style "1.1." sub-levels, and a list restarted. */
async function numberingVariantsDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'roman',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: 3, alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.UPPER_LETTER, text: '(%3)', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'legal',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_ROMAN, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Agreements', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Third part', numbering: { reference: 'roman', level: 0 } }),
          new Paragraph({ text: 'First point of the third part', numbering: { reference: 'roman', level: 1 } }),
          new Paragraph({ text: 'Capital letter A', numbering: { reference: 'roman', level: 2 } }),
          new Paragraph({ text: 'Capital letter B', numbering: { reference: 'roman', level: 2 } }),
          new Paragraph({ text: 'Second point of the third part', numbering: { reference: 'roman', level: 1 } }),
          new Paragraph({ text: 'Fourth part', numbering: { reference: 'roman', level: 0 } }),
          new Paragraph({ text: 'First point of the fourth part', numbering: { reference: 'roman', level: 1 } }),
          new Paragraph({ text: 'A list of its own:' }),
          new Paragraph({ text: 'One', numbering: { reference: 'legal', level: 0 } }),
          new Paragraph({ text: 'One point one', numbering: { reference: 'legal', level: 1 } }),
          new Paragraph({ text: 'Roman i', numbering: { reference: 'legal', level: 2 } }),
          new Paragraph({ text: 'Roman ii', numbering: { reference: 'legal', level: 2 } }),
          new Paragraph({ text: 'Two', numbering: { reference: 'legal', level: 0 } }),
          new Paragraph({ text: 'The same list restarted:' }),
          new Paragraph({ text: 'One again', numbering: { reference: 'legal', level: 0, instance: 2 } }),
          new Paragraph({ text: 'Two again', numbering: { reference: 'legal', level: 0, instance: 2 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A greyscale PNG of `width`×`height` with dark bars like lines of print: a scanned page has pixels, not text. */
function scanPng(width: number, height: number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    const printed = y % 12 >= 4 && y % 12 < 9 && y > 10 && y < height - 10;
    for (let x = 0; x < width; x++) rows.push(printed && x > 10 && x < width - 10 - ((y * 7) % 40) ? 40 : 250);
  }
  const crc = (bytes: Uint8Array) => {
    let c = ~0;
    for (const byte of bytes) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...Buffer.from(type, 'latin1'), ...data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.set(body, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A DOCX holding only a picture of a page: printed to PDF, it has no text layer, like a scan. */
async function scanDocx(): Promise<Uint8Array> {
  const image = new ImageRun({ type: 'png', data: scanPng(300, 120), transformation: { width: 450, height: 180 } });
  const document = new Document({ sections: [{ children: [new Paragraph({ children: [image] })] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Text files in the encodings the importer reads, from the Spanish report's opening. */
function textFixtures(): void {
  const lines = [reportEs.headingLines[2] ?? '', reportEs.headingLines[4] ?? '', '', ...reportEs.preamble];
  // UTF-8 with a BOM and Windows line ends: what Notepad saves.
  writeFileSync(
    join(OUT, 'utf8-bom.txt'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]),
  );
  // UTF-16LE with a BOM: Notepad's "Unicode".
  writeFileSync(
    join(OUT, 'utf16le.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')]),
  );
  // UTF-16BE with a BOM ("Unicode big endian").
  const be = Buffer.from(lines.join('\n'), 'utf16le').swap16();
  writeFileSync(join(OUT, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  // Windows-1252 with old Mac line ends (CR): what older word processors save; "º" and "€" are 1252 bytes 0xBA and
  // 0x80.
  const cp1252 = new Map([...'€'].map((c) => [c, 0x80]));
  const latin = [...lines, 'Nº 1 — 5 €'].join('\r').replace(/—/g, '-');
  writeFileSync(join(OUT, 'windows-1252.txt'), Buffer.from([...latin].map((c) => cp1252.get(c) ?? c.charCodeAt(0))));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const docx: Record<string, Uint8Array> = {
    'report-en.docx': await renderReportDocx(reportEn),
    'report-es.docx': await renderReportDocx(reportEs),
    'typed-numbers.docx': await typedNumbersDocx(),
    'numbering-variants.docx': await numberingVariantsDocx(),
    'scan.docx': await scanDocx(),
  };
  for (const [name, bytes] of Object.entries(docx)) writeFileSync(join(OUT, name), bytes);
  toPdf(['report-en.docx', 'report-es.docx', 'numbering-variants.docx', 'scan.docx'].map((name) => join(OUT, name)));
  rmSync(join(OUT, 'scan.docx'));
  textFixtures();
  for (const name of Object.keys(docx))
    if (name !== 'scan.docx') console.log(name, readFileSync(join(OUT, name)).length, 'bytes');
}

await main();
