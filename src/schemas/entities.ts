import { z } from 'astro/zod';
import { bilingualList, bilingualText, slugSchema } from './common.ts';

/**
 * How a schema points at an entry of another collection: a closed list of
 * known ids (`src/lib/content-references.ts`).
 */
export type RefFactory<R extends z.ZodType> = (collection: 'countries' | 'organizations' | 'initiatives') => R;

/** A country of the RCM (an entry of `content/countries.yaml`). */
export const countrySchema = z.strictObject({
  /** Stable id used in URLs and references, e.g. `el-salvador`. Never change it once published. */
  id: slugSchema,
  /** ISO 3166-1 alpha-2 code, e.g. `SV`. */
  iso2: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "SV"' }),
  /** ISO 3166-1 alpha-3 code, e.g. `SLV`. */
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 code such as "SLV"' }),
  /** The country's short name in each language. */
  name: bilingualText,
  /** Other ways the reports write the country ("the United States of America"). */
  aliases: bilingualList.default({ en: [], es: [] }),
  /** Whether the country is an RCM Member Country. */
  rcmMember: z.boolean().default(true),
});

/** The kinds of organization the reports mention. */
export const ORGANIZATION_KINDS = [
  'rcm-body',
  'network',
  'international-organization',
  'civil-society',
  'regional-integration',
  'platform',
] as const;

/** An organization or body named in the reports (an entry of `content/organizations.yaml`). */
export function organizationSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    /** Stable id used in URLs and references, e.g. `iom`. Never change it once published. */
    id: slugSchema,
    /** What sort of body it is. */
    kind: z.enum(ORGANIZATION_KINDS),
    /** Full name in each language. */
    name: bilingualText,
    /** Acronym in each language where it has one (IOM / OIM). */
    acronym: bilingualText.optional(),
    /** One or two sentences saying what it is, in each language. */
    description: bilingualText,
    /** Other ways the reports write it ("the Technical Secretariat of the RCM"). */
    aliases: bilingualList.default({ en: [], es: [] }),
    /** The body it belongs to (the RCGM belongs to the RCM). */
    partOf: ref('organizations').optional(),
  });
}

/** The kinds of initiative that connect meetings. */
export const INITIATIVE_KINDS = ['workshop', 'course', 'campaign', 'study', 'mechanism', 'initiative'] as const;

/** A recurring subject that links meetings (an entry of `content/initiatives.yaml`). */
export function initiativeSchema<R extends z.ZodType>(ref: RefFactory<R>) {
  return z.strictObject({
    /** Stable id used in URLs, e.g. `micic`. Never change it once published. */
    id: slugSchema,
    /** What sort of initiative it is. */
    kind: z.enum(INITIATIVE_KINDS),
    /** Its name in each language. */
    name: bilingualText,
    /** Acronym in each language where it has one (MICIC). */
    acronym: bilingualText.optional(),
    /**
     * What the acronym stands for, where the name does not spell it out (MICIC Initiative: Migrants in Countries in
     * Crisis). The glossary shows it. Never invented: the words of a report that expands the acronym, or else of this
     * entry's own description (`tests/wayfind.test.ts` checks they are there).
     */
    expansion: bilingualText.optional(),
    /** One or two sentences saying what it is, in each language. */
    description: bilingualText,
    /** Phrases that identify it in report text, per language. */
    aliases: bilingualList.default({ en: [], es: [] }),
    /** The broader initiative it belongs to (a MICIC workshop belongs to MICIC). */
    partOf: ref('initiatives').optional(),
  });
}
