/**
 * The archive's languages and the Intl locale of each, in a module that imports nothing, so that code running in the
 * browser (the search page's reading of citations, src/lib/citation-query.ts, and the host rules it reuses) reads
 * dates as the pages write them without loading zod (src/schemas/common.ts re-exports `LANGS`) or the UI dictionaries
 * (src/lib/i18n.ts re-exports `INTL_LOCALE`).
 */

/**
 * The archive's languages, in the order they are offered to readers.
 * @example LANGS.map((lang) => `/${lang}/`) // ['/en/', '/es/']
 */
export const LANGS = ['en', 'es'] as const;

type Lang = (typeof LANGS)[number];

/**
 * BCP 47 locale used with Intl for each language (day-month-year dates in English, as the RCM writes them).
 * @example new Intl.DateTimeFormat(INTL_LOCALE.es, { month: 'long' }) // "noviembre"…
 */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', es: 'es' };
