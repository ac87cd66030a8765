/**
 * Makes the fixtures of the readers' refusals and warnings (tests/fixtures/documents/), as the world makes them:
 * Word files written by the `docx` package (two columns, tables, footnotes, tracked changes, comments, a typed
 * number and a tab), PDFs and an HTML page made from them by LibreOffice, and text files as copy-paste and old
 * editors leave them. Needs Debian's LibreOffice (`soffice`); the tests do not, they read the committed files.
 *
 * Run: `./node_modules/.bin/node scripts/make-reader-fixtures.ts`
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportEn } from '../tests/fixtures/documents/reports.ts';

const OUT = 'tests/fixtures/documents';
const HEADER = 'Regional Conference on Migration – Liaison Officer Network';

/** Converts files with LibreOffice into OUT (`pdf`, or `html:HTML (StarWriter)`). */
function convert(files: string[], to: string, filter: string[] = []): void {
  // A profile of its own, so a LibreOffice the user has open is not disturbed.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        ...filter,
        '--convert-to',
        to,
        '--outdir',
        OUT,
        ...files,
      ],
      {
        stdio: 'inherit',
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const save = async (name: string, document: Document) =>
  writeFileSync(join(OUT, name), new Uint8Array(await Packer.toBuffer(document)));
const heading = () => [
  new Paragraph({ text: reportEn.headingLines[2] ?? '', heading: HeadingLevel.TITLE }),
  new Paragraph({ text: reportEn.headingLines[4] ?? '' }),
  new Paragraph({ text: reportEn.preamble[1] ?? '' }),
];
/** The report's items as typed text, one paragraph per item and sub-item. */
const itemTexts = () =>
  reportEn.items.flatMap((item) => [
    `${item.number}. ${item.paragraphs.join(' ')}`,
    ...(item.subItems ?? []).map((sub) => `${sub.number}. ${sub.paragraphs.join(' ')}`),
  ]);

/** The heading in one column, the items in two (as the tester's twocol.pdf): printed to PDF. */
function columnsDocx(): Document {
  return new Document({
    sections: [
      { children: heading() },
      {
        properties: { type: SectionType.CONTINUOUS, column: { space: 708, count: 2 } },
        children: itemTexts().map((text) => new Paragraph({ text })),
      },
    ],
  });
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const table = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => new TableRow({ children: row.map(cell) })),
  });

/** Agreements in a table after the preamble (the tester's D-table): refused as DOCX and as its PDF. */
function tableDocx(): Document {
  const rows = [
    ['No.', 'Agreement', 'Responsible'],
    ['1.', 'To thank Mexico for its report on consular protection.', 'All'],
    ['2.', 'To request IOM to carry out a study on joint consulates.', 'IOM'],
    ['3.', 'Panama offered to host the workshop.', 'Panama'],
  ];
  return new Document({ sections: [{ children: [...heading(), table(rows)] }] });
}

/** A letterhead table above the heading (logo cell and the conference's name), then a normal report. */
function letterheadTableDocx(): Document {
  return new Document({
    sections: [
      {
        children: [
          table([['RCM', 'Conferencia Regional sobre Migración']]),
          ...heading(),
          new Paragraph('1. To thank Mexico for its report.'),
          new Paragraph('2. To thank IOM for its support.'),
        ],
      },
    ],
  });
}

/** A footnote, an endnote, a tracked insertion and deletion, and a comment: what a draft carries. */
function notesDocx(): Document {
  return new Document({
    footnotes: { 1: { children: [new Paragraph('Belize did not attend this session.')] } },
    endnotes: { 1: { children: [new Paragraph('See the annex of the 2016 report.')] } },
    comments: {
      children: [
        {
          id: 0,
          author: 'Editor',
          date: new Date('2018-06-13T10:00:00Z'),
          children: [new Paragraph('Check with IOM.')],
        },
      ],
    },
    sections: [
      {
        children: [
          ...heading(),
          new Paragraph({
            children: [
              new TextRun('1. To thank the delegations for their reports'),
              new FootnoteReferenceRun(1),
              new TextRun(' on best practices.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('2. To thank Mexico for its report'),
              new DeletedTextRun({
                id: 1,
                author: 'Editor',
                date: '2018-06-13T10:00:00Z',
                text: ' and to approve the budget',
              }),
              new InsertedTextRun({
                id: 2,
                author: 'Editor',
                date: '2018-06-13T10:00:00Z',
                text: ' and to take note of the budget',
              }),
              new TextRun('.'),
              new EndnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('3. To thank IOM for its support.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
        ],
      },
    ],
  });
}

/** Numbers typed by hand with a tab after them (`3.<tab>To thank`), printed to PDF: the tab is a gap, not a space. */
function typedTabDocx(): Document {
  const typed = (number: string, text: string) =>
    new Paragraph({ children: [new TextRun({ children: [number, new Tab(), text] })] });
  return new Document({
    sections: [
      {
        children: [
          ...heading(),
          typed('1.', 'To thank Mexico for its report.'),
          typed('2.', 'To thank Panama for hosting the meeting.'),
          typed('3.', 'To thank Canada for its presentation on crisis management.'),
        ],
      },
    ],
  });
}

/** A PDF's text copied by hand: page numbers and the running header left between the lines (the tester's w72). */
function furnitureText(): string {
  const [one = '', two = '', three = '', four = ''] = itemTexts();
  return [
    reportEn.headingLines[2],
    '',
    reportEn.preamble[1],
    '',
    one,
    '',
    'Page 1 of 3',
    '',
    HEADER,
    '',
    two,
    three,
    '- 2 -',
    HEADER,
    four,
    '',
    'Página 3 de 3',
    // The same words in the text, away from any page number: kept.
    HEADER,
    '',
    '5. To thank the',
    HEADER,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  await save('columns.docx', columnsDocx());
  await save('table.docx', tableDocx());
  await save('letterhead-table.docx', letterheadTableDocx());
  await save('notes-changes.docx', notesDocx());
  await save('typed-tab.docx', typedTabDocx());
  convert(
    ['columns.docx', 'table.docx', 'typed-tab.docx'].map((name) => join(OUT, name)),
    'pdf',
  );
  for (const name of ['columns.docx', 'typed-tab.docx']) rmSync(join(OUT, name));
  writeFileSync(join(OUT, 'furniture.txt'), furnitureText());
  // A text saved as a web page by LibreOffice: one <pre> holding every line.
  const text = join(mkdtempSync(join(tmpdir(), 'pre-')), 'pre.txt');
  writeFileSync(
    text,
    [reportEn.headingLines[2], '', reportEn.preamble[1], '', ...itemTexts().slice(0, 4), ''].join('\n'),
  );
  convert([text], 'html:HTML (StarWriter)', ['--infilter=Text (encoded):UTF8,LF,,']);
  // UTF-16LE without a byte-order mark: what some exports save.
  writeFileSync(
    join(OUT, 'utf16le-nobom.txt'),
    Buffer.from(`${reportEn.headingLines[2]}\r\n${reportEn.headingLines[4]}\r\n`, 'utf16le'),
  );
}

await main();
