import { z } from 'astro/zod';
import { bilingualText, isoDate } from './common.ts';

/** A page path inside a language, as published: `reports/2017-11-27/items/3/a/`. */
const localPath = z.string().regex(/^(?:[a-z0-9-]+\/)+$/, {
  error: 'must be a path after the language prefix, ending with /, e.g. reports/2017-11-27/items/3/a/',
});

/**
 * A published URL that changed (an entry of `content/changes.yaml`). It applies
 * to both languages. A moved URL becomes a redirect page (and a `_redirects`
 * rule); a withdrawn one a tombstone page saying what happened.
 */
export const changeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      /** The old path inside a language (the id of the entry). */
      id: localPath,
      /** The item or report now lives elsewhere (a corrigendum renumbered it). */
      kind: z.literal('moved'),
      /** Where it lives now, a path inside a language. */
      to: localPath,
      /** When it moved, YYYY-MM-DD. */
      date: isoDate,
      /** Why, in both languages. */
      reason: bilingualText,
    }),
    z.strictObject({
      /** The withdrawn path inside a language (the id of the entry). */
      id: localPath,
      /** The item or report was withdrawn. */
      kind: z.literal('withdrawn'),
      /** Where the text (or what replaces it) is now, if anywhere. */
      see: localPath.optional(),
      /** When it was withdrawn, YYYY-MM-DD. */
      date: isoDate,
      /** Why, in both languages. */
      reason: bilingualText,
    }),
  ],
  {
    error: 'must be `kind: moved` (with to) or `kind: withdrawn` (optionally with see), each with id, date and reason',
  },
);
