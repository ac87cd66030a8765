/**
 * Renders a report (heading lines, preamble paragraphs, numbered items with
 * lettered sub-items and bullets) to a Word file whose numbers are Word's
 * automatic multilevel numbering, as the secretariat's own files are. Used to
 * make the reader fixtures (`scripts/make-fixtures.ts`) and for round-trip
 * tests (report → DOCX → PDF via LibreOffice → import).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

/** One item of a report: its printed number, its paragraphs and what is nested under it. */
export interface DocxItem {
  /**
   * The number as Word will print it without its punctuation: `"2"`, `"b"`. Checked against the automatic numbering.
   */
  number: string;
  /** The item's paragraphs: the first gets the number, the others are unnumbered paragraphs of the same item. */
  paragraphs: string[];
  /** Lettered sub-items (level 1). */
  subItems?: DocxItem[];
  /** Bullet points (level 2 under a sub-item, or under the item when it has no sub-items). */
  bullets?: string[];
}

/** A report to render. */
export interface DocxReport {
  /** Heading lines, one centred paragraph each; the first two are styled as Title and Heading 1. */
  headingLines: string[];
  /** Preamble paragraphs (date, venue, participants; "contained in the following items:"). */
  preamble: string[];
  /** The items, in order; numbers must be 1, 2, 3 … and sub-items a, b, c … as Word numbers them. */
  items: DocxItem[];
  /** Paragraphs after the items (a closing line), unnumbered. */
  closing?: string[];
  /** Text of a running header printed on every page. */
  header?: string;
  /** Footer template with `{PAGE}` and `{PAGES}` fields, e.g. `"Page {PAGE} of {PAGES}"`. */
  footer?: string;
  /** Level-text of the sub-items: `"%2."` (a.) or `"%2)"` (a)); default `"%2."`. */
  subItemText?: string;
  /** Character of the bullet level; default `"·"`. */
  bullet?: string;
}

const NUMBERING = 'report-items';

/** Word's letter numbering: a … z, then aa … zz. */
function letter(index: number): string {
  const base = String.fromCharCode(97 + ((index - 1) % 26));
  return base.repeat(Math.floor((index - 1) / 26) + 1);
}

/** The footer's paragraph: literal text with PAGE / NUMPAGES fields where the template says. */
function footerParagraph(template: string): Paragraph {
  const parts = template.split(/(\{PAGE\}|\{PAGES\})/).filter((part) => part !== '');
  const children = parts.map((part) => {
    if (part === '{PAGE}') return new TextRun({ children: [PageNumber.CURRENT] });
    if (part === '{PAGES}') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(part);
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

function itemParagraphs(item: DocxItem, level: number, expected: string, where: string): Paragraph[] {
  if (item.number !== expected) {
    throw new Error(
      `${where}: number "${item.number}" is not what Word's automatic numbering prints here ("${expected}")`,
    );
  }
  const [first = '', ...rest] = item.paragraphs;
  const indent = { left: 720 * (level + 1) };
  const paragraphs = [
    new Paragraph({ text: first, numbering: { reference: NUMBERING, level } }),
    ...rest.map((text) => new Paragraph({ text, indent })),
  ];
  (item.subItems ?? []).forEach((sub, index) =>
    paragraphs.push(...itemParagraphs(sub, 1, letter(index + 1), `${where}.${letter(index + 1)}`)),
  );
  for (const text of item.bullets ?? [])
    paragraphs.push(new Paragraph({ text, numbering: { reference: NUMBERING, level: 2 } }));
  return paragraphs;
}

/**
 * The multilevel list the items are numbered with: level 0 `%1.` decimal, level 1 lowerLetter (`report.subItemText`,
 * `%2.` by default), level 2 a bullet (`report.bullet`, `·` by default).
 */
function itemNumbering(report: DocxReport) {
  const level = (
    level: number,
    format: (typeof LevelFormat)[keyof typeof LevelFormat],
    text: string,
    left: number,
  ) => ({
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging: 360 } } },
  });
  return {
    reference: NUMBERING,
    levels: [
      level(0, LevelFormat.DECIMAL, '%1.', 360),
      level(1, LevelFormat.LOWER_LETTER, report.subItemText ?? '%2.', 1080),
      level(2, LevelFormat.BULLET, report.bullet ?? '·', 1440),
    ],
  };
}

/**
 * Renders `report` to DOCX bytes with automatic multilevel numbering
 * (level 0 `%1.` decimal, level 1 `%2.`/`%2)` lowerLetter, level 2 a bullet).
 * Example: `await renderReportDocx({ headingLines: ['REPORT'], preamble: ['…'], items: [{ number: '1', paragraphs: ['To
 * thank …'] }] })`.
 * Throws `Error` when an item's number is not the one the automatic numbering prints at its place.
 */
export async function renderReportDocx(report: DocxReport): Promise<Uint8Array> {
  const heading = report.headingLines.map(
    (text, index) =>
      new Paragraph({
        text,
        alignment: AlignmentType.CENTER,
        ...(index === 0 ? { heading: HeadingLevel.TITLE } : index === 1 ? { heading: HeadingLevel.HEADING_1 } : {}),
      }),
  );
  const body = [...report.preamble].map((text) => new Paragraph({ text, spacing: { after: 160 } }));
  const items = report.items.flatMap((item, index) => itemParagraphs(item, 0, String(index + 1), `item ${index + 1}`));
  const closing = (report.closing ?? []).map((text) => new Paragraph({ text, spacing: { before: 160 } }));
  const document = new Document({
    creator: 'Consular Network Archive',
    numbering: { config: [itemNumbering(report)] },
    sections: [
      {
        ...(report.header
          ? {
              headers: {
                default: new Header({
                  children: [new Paragraph({ text: report.header, alignment: AlignmentType.CENTER })],
                }),
              },
            }
          : {}),
        ...(report.footer ? { footers: { default: new Footer({ children: [footerParagraph(report.footer)] }) } } : {}),
        children: [...heading, ...body, ...items, ...closing],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
