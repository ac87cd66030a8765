import { z } from 'astro/zod';
import { LANGS } from '../lib/locales.ts';

/** The archive's languages, in the order they are offered to readers (src/lib/locales.ts, free of zod for browsers). */
export { LANGS };

/** One of the archive's languages: `en` or `es`. */
export type Lang = (typeof LANGS)[number];

/** A language code of the archive. */
export const langSchema = z.enum(LANGS, { error: `expected one of: ${LANGS.join(', ')}` });

/** A text given in both languages; both are required so no page falls back to the other. */
export const bilingualText = z.strictObject({
  /** The English text. */
  en: z.string().min(1, { error: 'the English text is empty' }),
  /** The Spanish text. */
  es: z.string().min(1, { error: 'the Spanish text is empty' }),
});

/** Lists of phrases per language (aliases used to find an entity in report text). */
export const bilingualList = z.strictObject({
  /** English phrases. */
  en: z.array(z.string().min(1)).default([]),
  /** Spanish phrases. */
  es: z.array(z.string().min(1)).default([]),
});

/** A kebab-case identifier used in URLs: lowercase ASCII letters, digits and hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lowercase letters, digits and single hyphens (e.g. "el-salvador")',
});

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on unquoted dates
 * (Astro's turns them into Date objects, ours keeps strings), so both are accepted
 * and normalised to the string form.
 */
export const isoDate = requiredIsoDate('must be a real calendar date written YYYY-MM-DD (e.g. 2017-11-27)');

/**
 * `isoDate` for a required field, with what to write when it is missing.
 * Example: `requiredIsoDate('is required: …').safeParse(undefined).error.issues[0].message` → `'is required: …'`.
 */
export function requiredIsoDate(missing: string) {
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({
      error: (issue) =>
        issue.input === undefined ? missing : 'must be a real calendar date written YYYY-MM-DD (e.g. 2017-11-27)',
    }),
  );
}

/** A resolved pointer to an entry of another collection, the shape Astro's `reference()` produces. */
export interface Ref<C extends string = string> {
  /** The collection pointed into. */
  collection: C;
  /** The id of the entry. */
  id: string;
}
