/**
 * Which countries, organizations and initiatives an item mentions, found from
 * their names, acronyms and aliases in the item's language. The only place
 * that decides "this item is about IOM"; search filters and (later) entity
 * pages and cross-links all read its result.
 */
import type { Country, Initiative, Lang, Organization } from '../schemas/index.ts';
import { LANGS } from '../schemas/index.ts';

/** Ids of the entities an item mentions, each in order of first mention. */
export interface Mentions {
  /** Country ids. */
  countries: string[];
  /** Organization ids. */
  organizations: string[];
  /** Initiative ids. */
  initiatives: string[];
}

type Kind = keyof Mentions;

interface Phrase {
  kind: Kind;
  id: string;
  text: string;
}

/** Finds the mentions in a text of a given language. */
export type MentionFinder = (text: string, lang: Lang) => Mentions;

/** The entities to look for. */
export interface MentionEntities {
  /** Countries. */
  countries: Iterable<Country>;
  /** Organizations. */
  organizations: Iterable<Organization>;
  /** Initiatives. */
  initiatives: Iterable<Initiative>;
}

/**
 * Compiles the entities' phrases into one finder. Phrases in capitals
 * (acronyms: IOM, TS) match only in capitals; others ignore case. Where two
 * phrases overlap, the longer wins ("Technical Secretariat of the RCM" is the
 * Secretariat, not also the RCM).
 */
export function createMentionFinder(entities: MentionEntities): MentionFinder {
  const matchers = new Map<Lang, { sensitive?: RegExp; insensitive?: RegExp; byText: Map<string, Phrase> }>();
  for (const lang of LANGS) {
    const phrases = phrasesOf(entities, lang);
    const byText = new Map(phrases.map((phrase) => [isAcronym(phrase.text) ? phrase.text : phrase.text.toLocaleLowerCase(lang), phrase]));
    const sensitive = phrases.filter((phrase) => isAcronym(phrase.text));
    const insensitive = phrases.filter((phrase) => !isAcronym(phrase.text));
    matchers.set(lang, {
      ...(sensitive.length > 0 ? { sensitive: alternation(sensitive, 'gu') } : {}),
      ...(insensitive.length > 0 ? { insensitive: alternation(insensitive, 'giu') } : {}),
      byText,
    });
  }

  return (text, lang) => {
    const matcher = matchers.get(lang);
    const found: { index: number; length: number; phrase: Phrase }[] = [];
    for (const regex of [matcher?.sensitive, matcher?.insensitive]) {
      if (!regex || !matcher) continue;
      for (const match of text.matchAll(regex)) {
        const matched = match[2] ?? '';
        const key = matched.replace(/\s+/g, ' ');
        const phrase = matcher.byText.get(regex.ignoreCase ? key.toLocaleLowerCase(lang) : key);
        if (phrase) found.push({ index: match.index + (match[1]?.length ?? 0), length: matched.length, phrase });
      }
    }
    found.sort((a, b) => a.index - b.index || b.length - a.length);
    const mentions: Mentions = { countries: [], organizations: [], initiatives: [] };
    let end = 0;
    for (const hit of found) {
      if (hit.index < end) continue;
      end = hit.index + hit.length;
      const list = mentions[hit.phrase.kind];
      if (!list.includes(hit.phrase.id)) list.push(hit.phrase.id);
    }
    return mentions;
  };
}

function phrasesOf(entities: MentionEntities, lang: Lang): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (kind: Kind, id: string, texts: (string | undefined)[]): void => {
    for (const text of texts) if (text) phrases.push({ kind, id, text });
  };
  for (const country of entities.countries) add('countries', country.id, [country.name[lang], ...country.aliases[lang]]);
  for (const organization of entities.organizations) {
    add('organizations', organization.id, [organization.name[lang], organization.acronym?.[lang], ...organization.aliases[lang]]);
  }
  for (const initiative of entities.initiatives) add('initiatives', initiative.id, [initiative.name[lang], ...initiative.aliases[lang]]);
  return phrases;
}

function isAcronym(text: string): boolean {
  return text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text);
}

/** One regex for many phrases, longest first, only at word edges. Group 2 is the phrase. */
function alternation(phrases: Phrase[], flags: string): RegExp {
  const texts = [...new Set(phrases.map((phrase) => phrase.text))].sort((a, b) => b.length - a.length);
  const escaped = texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, flags);
}
