import { z } from 'astro/zod';
import { isoDate, langSchema, requiredIsoDate } from './common.ts';
import type { RefFactory } from './entities.ts';

/** The shape of a report id: the meeting date, with `-2`, `-3`… for further meetings that day. */
export const REPORT_ID_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:-([2-9]|[1-9]\d+))?$/;

/** Kinds of meeting, as the reports call them. */
export const MEETING_KINDS = ['ordinary', 'regular', 'extraordinary'] as const;

/** Where in the original a differing venue is written, so the page can say so. */
export const VENUE_STATEMENT_PLACES = ['heading', 'first-paragraph', 'body'] as const;

/** What the document is: a meeting's report, or the conclusions, declaration or communiqué of the body that met. */
export const DOCUMENT_KINDS = ['report', 'conclusions', 'declaration', 'communique'] as const;

/** A kind of document: `report` (the default), `conclusions`, `declaration` or `communique`. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds of organization whose meeting can produce a document of the archive (`network` field). */
export const ISSUING_KINDS = ['network', 'rcm-body'] as const;

/**
 * Who gave the items their numbers: the original (as printed) or the archive (where the original leaves them
 * unnumbered).
 */
export const NUMBERED_BY = ['original', 'archive'] as const;

/**
 * Formats of archived source documents, as file extensions (`.htm` is `html`). Same list as the importer's
 * `SOURCE_FORMATS`.
 */
export const SOURCE_FILE_FORMATS = ['txt', 'pdf', 'docx', 'html'] as const;

/** A source document's format: `txt`, `pdf`, `docx` or `html`. */
export type SourceFileFormat = (typeof SOURCE_FILE_FORMATS)[number];

/** Encodings a `.txt` source may be stored in, named as the importer's summary names them. */
export const SOURCE_ENCODINGS = ['UTF-8', 'UTF-8 with BOM', 'UTF-16LE', 'UTF-16BE', 'windows-1252'] as const;

/** An encoding of a `.txt` source, e.g. `windows-1252`. */
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

/** A source file name in `content/sources/`: `{id}.{lang}.{txt,pdf,docx,html,htm}`. */
const SOURCE_FILE_PATTERN = /^[\w.-]+\.(txt|pdf|docx|html|htm)$/;

/**
 * The format of a source file from its name: `"2014-06-24.en.htm"` → `"html"`;
 * undefined for a name that is not a source file name.
 */
export function sourceFormatOf(file: string): SourceFileFormat | undefined {
  const extension = SOURCE_FILE_PATTERN.exec(file)?.[1];
  return extension === undefined ? undefined : extension === 'htm' ? 'html' : (extension as SourceFileFormat);
}

/** An item number as written in `numbering.skipped`: `"6"` or `"2.c"`. */
const skippedNumber = z
  .string()
  .regex(/^[1-9]\d*(?:\.[a-z])?$/, { error: 'must be an item number as printed, e.g. "6" or "2.c"' });

/**
 * An item number as written in `numbering.repeated`: a whole number such as `"4"` (sub-item letters are not repeated).
 */
const repeatedNumber = z
  .string()
  .regex(/^[1-9]\d*$/, { error: 'must be the number of an item printed twice, e.g. "4"' });

/**
 * How the items are numbered, when not simply 1, 2, 3 … as printed:
 * `{ by?: 'original' | 'archive'; skipped?: string[]; repeated?: string[] }`,
 * e.g. `{ skipped: ['6'] }` or `{ by: 'archive' }`. Gaps and repetitions are
 * declared by a person who checked the original, never by the importer.
 */
export const numberingSchema = z
  .strictObject({
    /**
     * `archive` when the original leaves its agreements unnumbered and the archive numbered them 1, 2, 3 … in order.
     */
    by: z.enum(NUMBERED_BY).optional(),
    /** Printed numbers the original leaves out ("6", "2.c"): the check accepts the gap and the report page shows it. */
    skipped: z.array(skippedNumber).optional(),
    /** Printed numbers the original uses twice ("4"): the second item printed 4 is written `<Item n="4-2">`. */
    repeated: z.array(repeatedNumber).optional(),
  })
  .superRefine((numbering, ctx) => {
    for (const list of ['skipped', 'repeated'] as const) {
      const values = numbering[list] ?? [];
      if (numbering.by === 'archive' && values.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [list],
          message: 'cannot be declared with `by: archive`: the archive numbers items 1, 2, 3 … without gaps or repeats',
        });
      }
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index)
          ctx.addIssue({ code: 'custom', path: [list, index], message: `"${value}" is listed twice` });
      });
    }
  });

/** Where a text came from: the original, or a translation of it. */
const translationSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({
      /** This text is the original of the report. */
      status: z.literal('original'),
    }),
    z.strictObject({
      /** This text is a translation of the report. */
      status: z.literal('translation'),
      /** The language it was translated from. */
      from: langSchema,
      /** Whether the network (RCM) published this translation; false for the archive's own. */
      official: z.boolean(),
      /** When the translation was made or published, YYYY-MM-DD. */
      date: isoDate,
      /** Who translated it. */
      by: z.string().min(1),
    }),
  ],
  { error: 'must be `status: original`, or `status: translation` with from, official, date and by' },
);

/** Where a meeting was held: city, region and host country, and other places the report itself gives. */
function venueSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    /** City, as written in the report. */
    city: z.string().min(1),
    /** Region, department or state, when the report gives one. */
    region: z.string().min(1).optional(),
    /** The host country. */
    country: ref('countries'),
    /** Other places the report itself gives for the meeting, recorded rather than silently resolved. */
    alsoStated: z
      .array(
        z.strictObject({
          /** Where in the original the other place is written. */
          where: z.enum(VENUE_STATEMENT_PLACES),
          /** The place exactly as written there. */
          place: z.string().min(1),
        }),
      )
      .optional(),
  });
}

/** The archived source document a report's text was taken from or translated from (`source` in the frontmatter). */
const sourceSchema = z.strictObject({
  /**
   * File name in `content/sources/`: the archived original in its own format (`.txt`, `.pdf`, `.docx`, `.html` or
   * `.htm`).
   */
  file: z.string().regex(SOURCE_FILE_PATTERN, {
    error: 'must be a .txt, .pdf, .docx, .html or .htm file name in content/sources/',
  }),
  /** The file's format; when given, it must match the file's extension. */
  format: z.enum(SOURCE_FILE_FORMATS).optional(),
  /**
   * The encoding a `.txt` was decoded from (default UTF-8), so the fidelity check reads it as the importer did.
   * Only for `.txt`.
   */
  encoding: z.enum(SOURCE_ENCODINGS).optional(),
  /** Language of the source document. */
  lang: langSchema,
  /** Name of the file as it was received, for provenance. */
  received: z.string().optional(),
  /** SHA-256 of the archived file, so any later change to the original is caught. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, {
    error: 'must be the 64-character hex SHA-256 of the source file (sha256sum content/sources/FILE)',
  }),
});

/** What the report is: its id, language, title, kind, the body that issued it, and how its items are numbered. */
function documentFields<R extends z.ZodType>(ref: RefFactory<R>) {
  return {
    /**
     * The report id: the meeting date `YYYY-MM-DD` (a second meeting that day: `-2`). Part of every permanent URL.
     */
    id: z.string().regex(REPORT_ID_PATTERN, {
      error: 'must be the meeting date YYYY-MM-DD, or YYYY-MM-DD-2 for a second meeting that day',
    }),
    /** The language of this text. */
    lang: langSchema,
    /** The report's title, in this language. */
    title: z.string().trim().min(1, { error: 'is empty' }),
    /** Lines printed above the text in the original (letterhead, title, place, date), verbatim. */
    heading: z.array(z.string()).optional(),
    /**
     * What the document is; `report` unless it is the conclusions, declaration or communiqué of the body that met.
     */
    documentKind: z.enum(DOCUMENT_KINDS).default('report'),
    /**
     * The network or RCM body whose meeting produced this document (an organization of kind `network` or `rcm-body`;
     * the check enforces the kind).
     */
    network: ref('organizations'),
    /**
     * How the items are numbered when the original is not simply 1, 2, 3 …: numbered by the archive, or with declared
     * gaps or repeats.
     */
    numbering: numberingSchema.optional(),
  };
}

/** The meeting: its dates, kind, format, venue, participants, and the bodies it precedes and reports to. */
function meetingFields<R extends z.ZodType>(ref: RefFactory<R>) {
  return {
    /** The (first) day of the meeting, YYYY-MM-DD. */
    date: isoDate,
    /** The last day of a meeting that lasted more than one day, YYYY-MM-DD. */
    endDate: isoDate.optional(),
    /** The kind of meeting, as the report calls it. */
    meetingKind: z.enum(MEETING_KINDS),
    /** Whether the meeting was held in person or online. */
    format: z.enum(['in-person', 'virtual']).default('in-person'),
    /** Where the meeting was held, as the report's heading gives it. */
    venue: venueSchema(ref).optional(),
    /** The countries represented, in the order the report lists them. */
    participants: z.array(ref('countries')).min(1, { error: 'must list at least one country' }),
    /** The body whose meeting this one preceded (the RCGM). */
    precedes: ref('organizations').optional(),
    /** The body the report is submitted to. */
    reportsTo: ref('organizations').optional(),
  };
}

/** This text in the archive: original or translation, when published and corrected, what is unresolved, its source. */
const publicationFields = {
  /** Whether this text is the original or a translation, and whose. */
  translation: translationSchema,
  /**
   * When the archive first published this text, YYYY-MM-DD (ISO 8601): the date its Atom feed
   * entry carries, so a newly added old meeting reaches readers as new. The importer writes the
   * day of import; set it to the day the text goes online if that is later.
   */
  published: requiredIsoDate(
    'is required: the day the archive first published this text, e.g. published: "2026-11-30"',
  ),
  /** When the archive last published a correction of this text, YYYY-MM-DD; absent until there is one. */
  updated: isoDate.optional(),
  /**
   * What the importer could not determine; the check rejects the report until each is fixed and the list deleted.
   */
  unresolved: z.array(z.string()).optional(),
  /** The archived source document this text was taken from or translated from. */
  source: sourceSchema,
};

/** The fields the rules between fields read; absent ones because zod runs the rules even when a field failed. */
interface ReportRuleInput {
  id: string;
  date: string;
  endDate?: string | undefined;
  published: string;
  updated?: string | undefined;
  format: 'in-person' | 'virtual';
  venue?: unknown;
  unresolved?: string[] | undefined;
  source?: Parameters<typeof sourceIssues>[0] | undefined;
}

/** Where a rule between fields adds its issue (zod's refinement context). */
interface RuleContext {
  addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string }) => void;
}

/**
 * The rules between fields: the source's format and encoding, each unresolved question, the id against the date,
 * the end date after the date, a correction on or after publication, a venue for an in-person meeting.
 */
function reportRules(report: ReportRuleInput, ctx: RuleContext): void {
  // Zod 4 runs this even when a field failed, so the source may be missing.
  if (report.source !== undefined)
    sourceIssues(report.source).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
  report.unresolved?.forEach((message, index) => {
    ctx.addIssue({ code: 'custom', path: ['unresolved', index], message: `${message}; then delete this line` });
  });
  // Zod 4 runs this even when a field failed; compare dates only when they are real ones.
  if (!z.iso.date().safeParse(report.date).success) return;
  const match = REPORT_ID_PATTERN.exec(report.id);
  if (match && match[1] !== report.date) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with the meeting date ${report.date}` });
  }
  if (report.endDate !== undefined && report.endDate <= report.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must be after the date ${report.date}` });
  }
  if (
    report.updated !== undefined &&
    z.iso.date().safeParse(report.published).success &&
    report.updated < report.published
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `must be on or after the date it was published, ${report.published}`,
    });
  }
  if (report.format === 'in-person' && report.venue === undefined) {
    ctx.addIssue({ code: 'custom', path: ['venue'], message: 'is required for an in-person meeting' });
  }
}

/**
 * Frontmatter of a report file (`content/reports/{lang}/{id}.mdx`). `ref` makes
 * the references: Astro's `reference()` in the site, known-id checks in scripts.
 */
export function reportSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .strictObject({ ...documentFields(ref), ...meetingFields(ref), ...publicationFields })
    .superRefine(reportRules);
}

/** A `source.format` that disagrees with the file's extension, and an encoding given for a file that is not text. */
function sourceIssues(source: {
  file: string;
  format?: SourceFileFormat | undefined;
  encoding?: SourceEncoding | undefined;
}): {
  path: string[];
  message: string;
}[] {
  const actual = sourceFormatOf(source.file);
  if (actual === undefined) return [];
  const issues: { path: string[]; message: string }[] = [];
  if (source.format !== undefined && source.format !== actual) {
    issues.push({
      path: ['source', 'format'],
      message: `is "${source.format}" but ${source.file} is a .${actual} file; make them agree`,
    });
  }
  if (source.encoding !== undefined && actual !== 'txt') {
    issues.push({
      path: ['source', 'encoding'],
      message: `applies only to a .txt source; remove it for ${source.file}`,
    });
  }
  return issues;
}
