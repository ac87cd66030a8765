import { z } from 'astro/zod';
import { isoDate, langSchema } from './common.ts';
import type { RefFactory } from './entities.ts';

/** The shape of a report id: the meeting date, with `-2`, `-3`… for further meetings that day. */
export const REPORT_ID_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:-([2-9]|[1-9]\d+))?$/;

/** Kinds of meeting, as the reports call them. */
export const MEETING_KINDS = ['ordinary', 'regular', 'extraordinary'] as const;

/** Where in the original a differing venue is written, so the page can say so. */
export const VENUE_STATEMENT_PLACES = ['heading', 'first-paragraph', 'body'] as const;

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

/**
 * Frontmatter of a report file (`content/reports/{lang}/{id}.mdx`). `ref` makes
 * the references: Astro's `reference()` in the site, known-id checks in scripts.
 */
export function reportSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .strictObject({
      /** The report id: the meeting date `YYYY-MM-DD` (a second meeting that day: `-2`). Part of every permanent URL. */
      id: z
        .string()
        .regex(REPORT_ID_PATTERN, { error: 'must be the meeting date YYYY-MM-DD, or YYYY-MM-DD-2 for a second meeting that day' }),
      /** The language of this text. */
      lang: langSchema,
      /** The report's title, in this language. */
      title: z.string().trim().min(1, { error: 'is empty' }),
      /** Lines printed above the text in the original (letterhead, title, place, date), verbatim. */
      heading: z.array(z.string()).optional(),
      /** The network whose meeting this is. */
      network: ref('organizations'),
      /** The (first) day of the meeting, YYYY-MM-DD. */
      date: isoDate,
      /** The last day of a meeting that lasted more than one day, YYYY-MM-DD. */
      endDate: isoDate.optional(),
      /** The kind of meeting, as the report calls it. */
      meetingKind: z.enum(MEETING_KINDS),
      /** Whether the meeting was held in person or online. */
      format: z.enum(['in-person', 'virtual']).default('in-person'),
      /** Where the meeting was held, as the report's heading gives it. */
      venue: z
        .strictObject({
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
        })
        .optional(),
      /** The countries represented, in the order the report lists them. */
      participants: z.array(ref('countries')).min(1, { error: 'must list at least one country' }),
      /** The body whose meeting this one preceded (the RCGM). */
      precedes: ref('organizations').optional(),
      /** The body the report is submitted to. */
      reportsTo: ref('organizations').optional(),
      /** Whether this text is the original or a translation, and whose. */
      translation: translationSchema,
      /** What the importer could not determine; the check rejects the report until each is fixed and the list deleted. */
      unresolved: z.array(z.string()).optional(),
      /** The archived source document this text was taken from or translated from. */
      source: z.strictObject({
        /** File name in `content/sources/`. */
        file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'must be a .txt file name in content/sources/' }),
        /** Language of the source document. */
        lang: langSchema,
        /** Name of the file as it was received, for provenance. */
        received: z.string().optional(),
        /** SHA-256 of the archived file, so any later change to the original is caught. */
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, { error: 'must be the 64-character hex SHA-256 of the source file (sha256sum content/sources/FILE)' }),
      }),
    })
    .superRefine((report, ctx) => {
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
      if (report.format === 'in-person' && report.venue === undefined) {
        ctx.addIssue({ code: 'custom', path: ['venue'], message: 'is required for an in-person meeting' });
      }
    });
}
