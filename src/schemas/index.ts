/**
 * The content model in one place: the schemas of every collection and the
 * types of their validated entries. `src/lib/content-references.ts` binds them
 * to a known-id check.
 */
import type { z } from 'astro/zod';
import type { Ref } from './common.ts';
import { countrySchema, initiativeSchema, organizationSchema } from './entities.ts';
import { reportSchema } from './report.ts';
import { changeSchema } from './changes.ts';

export * from './common.ts';
export * from './entities.ts';
export * from './report.ts';
export * from './changes.ts';

/** A schema that validates a reference and yields `{ collection, id }`. */
export type RefSchema = z.ZodType<Ref>;

/** A validated country entry. */
export type Country = z.output<typeof countrySchema>;
/** A validated organization entry. */
export type Organization = z.output<ReturnType<typeof organizationSchema<RefSchema>>>;
/** A validated initiative entry. */
export type Initiative = z.output<ReturnType<typeof initiativeSchema<RefSchema>>>;
/** The validated frontmatter of a report file. */
export type ReportData = z.output<ReturnType<typeof reportSchema<RefSchema>>>;
/** A validated change of a published URL. */
export type Change = z.output<typeof changeSchema>;
/**
 * A report's declared numbering (`numbering` in its frontmatter): `{ by?, skipped?, repeated? }`, e.g. `{ skipped:
 * ['6'] }`.
 */
export type Numbering = NonNullable<ReportData['numbering']>;
