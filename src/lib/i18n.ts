/**
 * UI strings and language facts. The English dictionary defines the keys;
 * every other dictionary is checked against it when this module loads, so a
 * missing or extra key fails the build instead of falling back at run time.
 */
import { z } from 'astro/zod';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { LANGS, type Lang } from '../schemas/index.ts';
import { INTL_LOCALE } from './locales.ts';

/** A key of the UI dictionaries. */
export type UIKey = keyof typeof en;

/** A complete UI dictionary for one language. */
export type Dictionary = Record<UIKey, string>;

const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().trim().min(1, { error: 'is empty' })])) as Record<
    UIKey,
    z.ZodString
  >,
);

/** Validates a dictionary against the English keys; throws one line per problem. */
export function validateDictionary(lang: string, dictionary: unknown): Dictionary {
  const result = dictionarySchema.safeParse(dictionary, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : undefined),
  });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `src/i18n/${lang}.ts: ${issue.keys.map((k) => `"${k}"`).join(', ')}: not in ` +
        `src/i18n/en.ts; remove it or add it there`
      : `src/i18n/${lang}.ts: "${String(issue.path[0])}": ${issue.message}`,
  );
  throw new Error(lines.join('\n'));
}

const dictionaries: Record<Lang, Dictionary> = { en, es: validateDictionary('es', es) };

/** Each language's name in that language, as shown on language links. */
export const AUTONYMS: Record<Lang, string> = { en: 'English', es: 'Español' };

/** BCP 47 locale used with Intl for each language: kept in src/lib/locales.ts, which the browser's code reads. */
export { INTL_LOCALE };

/** OpenGraph locale of each language. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', es: 'es_ES' };

/** Narrows a string (e.g. a route parameter) to a language, or undefined. */
export function asLang(value: string | undefined): Lang | undefined {
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : undefined;
}

/** The other language of the archive (its twin for language switching). */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'es' : 'en';
}

/** A translate function for one language: `t('item.title', { number: '2.d' })`. */
export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** Returns the translate function for a language. */
export function useTranslations(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, values) => fill(lang, key, dictionary[key], values);
}

// Intl objects are costly to create and every page needs them: one per language.
const pluralRules = new Map<Lang, Intl.PluralRules>();
const displayNames = new Map<string, string>();

/** Picks `{key}.one` or `{key}.other` by the language's plural rules and fills `{count}`. */
export function plural(lang: Lang, key: 'report.itemCount' | 'country.meetingCount', count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return useTranslations(lang)(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}`, { count });
}

/** Language names in a given language ("Spanish" in English, "inglés" in Spanish). */
export function languageName(lang: Lang, inLang: Lang): string {
  const key = `${lang}/${inLang}`;
  let name = displayNames.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([INTL_LOCALE[inLang]], { type: 'language' }).of(lang) ?? lang;
    displayNames.set(key, name);
  }
  return name;
}

// A placeholder not given stays as it is (the search page hands "{count}" to its script); one given an absent value
// (an optional field without a fallback) is a template fault that would show "undefined" or "NaN" on a page.
function fill(lang: Lang, key: string, template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value: unknown = values[name];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
    throw new TypeError(
      `UI string "${key}" (${lang}) needs a value for {${name}}, ` +
        `got ${String(value)}: pass one, or a fallback, where it is used`,
    );
  });
}
