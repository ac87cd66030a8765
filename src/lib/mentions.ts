/**
 * Which countries, organizations and initiatives an item mentions, found from
 * their names, acronyms and aliases in the item's language. The only place
 * that decides "this item is about IOM"; search filters, entity pages, links
 * inside the text and cross-links all read its result.
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

/** One place in a text where an entity is named. */
export interface MentionSpan {
  /** Which collection the entity is in. */
  kind: Kind;
  /** The entity's id. */
  id: string;
  /** Offset of the phrase in the text. */
  index: number;
  /** The phrase as written in the text. */
  text: string;
}

/** Finds where a text of a given language names entities, in text order. */
export type MentionFinder = (text: string, lang: Lang) => MentionSpan[];

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
 * phrases of the same kind overlap, the longer wins ("Technical Secretariat of
 * the RCM" is the Secretariat, not also the RCM); phrases of different kinds
 * may nest (the PDD inside "Workshops offered by the Platform on Disaster
 * Displacement").
 */
export function createMentionFinder(entities: MentionEntities): MentionFinder {
  // Per language and kind: the regexes to run, and which entity each phrase names.
  const matchers = new Map<string, { regexes: RegExp[]; byText: Map<string, Phrase> }>();
  for (const lang of LANGS) {
    const phrases = phrasesOf(entities, lang);
    for (const kind of KINDS) {
      const ofKind = phrases.filter((phrase) => phrase.kind === kind);
      const sensitive = ofKind.filter((phrase) => isAcronym(phrase.text));
      const insensitive = ofKind.filter((phrase) => !isAcronym(phrase.text));
      matchers.set(`${lang}/${kind}`, {
        regexes: [
          ...(sensitive.length > 0 ? [alternation(sensitive, 'gu')] : []),
          ...(insensitive.length > 0 ? [alternation(insensitive, 'giu')] : []),
        ],
        byText: new Map(ofKind.map((phrase) => [keyOf(phrase.text, lang, isAcronym(phrase.text)), phrase])),
      });
    }
  }

  return (text, lang) => {
    const spans: MentionSpan[] = [];
    for (const kind of KINDS) {
      const matcher = matchers.get(`${lang}/${kind}`);
      if (!matcher) continue;
      const found: MentionSpan[] = [];
      for (const regex of matcher.regexes) {
        for (const match of text.matchAll(regex)) {
          const matched = match[2] ?? '';
          const phrase = matcher.byText.get(keyOf(matched, lang, !regex.ignoreCase));
          if (phrase) found.push({ kind, id: phrase.id, index: match.index + (match[1]?.length ?? 0), text: matched });
        }
      }
      found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      let end = 0;
      for (const span of found) {
        if (span.index < end) continue;
        end = span.index + span.text.length;
        spans.push(span);
      }
    }
    return spans.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  };
}

/** The distinct entities named by spans, each kind in order of first mention. */
export function mentionsOf(spans: readonly MentionSpan[]): Mentions {
  const mentions: Mentions = { countries: [], organizations: [], initiatives: [] };
  for (const span of spans) if (!mentions[span.kind].includes(span.id)) mentions[span.kind].push(span.id);
  return mentions;
}

const KINDS: readonly Kind[] = ['countries', 'organizations', 'initiatives'];

/** Acronyms are looked up as written; other phrases by their lower-case form; spaces made single. */
function keyOf(text: string, lang: Lang, asWritten: boolean): string {
  const spaced = text.replace(/\s+/g, ' ');
  return asWritten ? spaced : spaced.toLocaleLowerCase(lang);
}

function phrasesOf(entities: MentionEntities, lang: Lang): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (kind: Kind, id: string, texts: (string | undefined)[]): void => {
    for (const text of texts) if (text) phrases.push({ kind, id, text });
  };
  for (const country of entities.countries)
    add('countries', country.id, [country.name[lang], ...country.aliases[lang]]);
  for (const organization of entities.organizations) {
    add('organizations', organization.id, [
      organization.name[lang],
      organization.acronym?.[lang],
      ...organization.aliases[lang],
    ]);
  }
  for (const initiative of entities.initiatives)
    add('initiatives', initiative.id, [initiative.name[lang], initiative.acronym?.[lang], ...initiative.aliases[lang]]);
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

/** Which collection each entity id belongs to. Ids are unique across the three collections. */
export function entityKinds(entities: MentionEntities): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const kind of KINDS) for (const entity of entities[kind]) kinds.set(entity.id, kind);
  return kinds;
}

/**
 * Applies an item's explicit corrections (`also`, `not`) to what its wording
 * names. A correction that is unknown, or that changes nothing, is reported:
 * the source should only say what matching cannot.
 */
export function applyMentionEdits(
  found: Mentions,
  edits: { also: readonly string[]; not: readonly string[] },
  kinds: ReadonlyMap<string, Kind>,
  report: (message: string) => void,
): Mentions {
  const mentions: Mentions = {
    countries: [...found.countries],
    organizations: [...found.organizations],
    initiatives: [...found.initiatives],
  };
  for (const id of edits.also) {
    const kind = kinds.get(id);
    if (kind === undefined) report(`also: "${id}" is not a known country, organization or initiative id`);
    else if (mentions[kind].includes(id)) report(`also: "${id}" is already found in the text; remove it from also`);
    else mentions[kind].push(id);
  }
  for (const id of edits.not) {
    const kind = kinds.get(id);
    if (kind === undefined) report(`not: "${id}" is not a known country, organization or initiative id`);
    else if (!mentions[kind].includes(id)) report(`not: "${id}" is not found in the text; remove it from not`);
    else mentions[kind] = mentions[kind].filter((other) => other !== id);
  }
  return mentions;
}

/** The kinds of initiative a name can start with ("Workshop on …", "Taller sobre …"), in English and Spanish. */
const INITIATIVES =
  'Workshops?|Course|Campaign|Program(?:me)?|Study|Diagnosis|Week|' +
  'Talleres|Taller|Curso|Campaña|Programa|Estudio|Diagnóstico|Semana';

/** Phrases that look like names: quoted titles, acronyms, and capitalised workshops, courses, campaigns… */
const NAME_LIKE = [
  /[“"]([^”"]{3,80})[”"]/gu,
  /(?<![\p{L}\p{N}])(\p{Lu}{2,}s?)(?![\p{L}\p{N}])/gu,
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])((?:${INITIATIVES})\s+(?:on|of|for|sobre|de|para)\s+\p{Lu}[\p{L}\s-]*\p{L})`,
    'gu',
  ),
];

/** Roman numerals (the "IX" Week) are capitals but not acronyms. */
const ROMAN = /^[IVXLCDM]+$/;

/**
 * Name-like phrases of a text that no entity accounts for: the build warns
 * about them, since they are usually an initiative or body nobody has modelled.
 */
export function unmodelledPhrases(text: string, spans: readonly MentionSpan[]): string[] {
  const phrases = new Set<string>();
  for (const pattern of NAME_LIKE) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1] ?? '';
      const start = match.index + match[0].indexOf(phrase);
      const end = start + phrase.length;
      if (ROMAN.test(phrase)) continue;
      if (spans.some((span) => span.index < end && start < span.index + span.text.length)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}
