/**
 * Step 3 of the importer (docs/importer.md): the facts of a meeting's record —
 * language, the body that issued it and its kind, date and end date, kind of
 * meeting, venue, participants, and the bodies it precedes and reports to —
 * from the heading lines and the paragraphs before the first item (never
 * from an item: a deadline in item 2.b is not the meeting date). What it
 * cannot decide, or could only guess, becomes an `unresolved` entry for a
 * person; a document that is not a meeting's record is refused.
 */
import type { Lang, Organization } from '../../schemas/index.ts';
import { ImportError } from '../problems.ts';
import type { ImportEntities } from '../importer.ts';
import { createMentionFinder, type MentionSpan } from '../mentions.ts';
import { describeDate, findDate, isAmbiguous, type AmbiguousDate, type WrittenDate } from './dates.ts';

export { findDate, isAmbiguous, describeDate, type WrittenDate, type AmbiguousDate } from './dates.ts';

/** What the facts step reads: the structure step's heading lines, preamble and items. */
export interface FactsInput {
  /** Language given with --lang, if any. */
  lang?: Lang;
  /** Lines printed above the text (letterhead, title, place, date), verbatim, in order. */
  heading: string[];
  /** Unnumbered paragraphs before the first item, in order. */
  preamble: string[];
  /** The items, in order: printed (or archive) number and text. */
  items: { number: string; text: string }[];
}

/** What the facts step found. */
export interface Facts {
  /**
   * Frontmatter fields found, in the order they are written: id, lang, title, heading?, network, documentKind, date,
   * endDate?, meetingKind, format, venue?, participants, precedes?, reportsTo?
   */
  frontmatter: Record<string, unknown>;
  /**
   * One line per fact for the summary, e.g. `date: 1999-10-27 to 1999-10-29 (written "27, 28 y 29 de octubre de
   * 1999")`.
   */
  found: string[];
  /** What a person must decide, as `field: what is wrong, and how to fix it` (never guess silently). */
  unresolved: string[];
}

/** Kinds of document that record a meeting. */
export const DOCUMENT_KINDS = ['report', 'conclusions', 'declaration', 'communique'] as const;

/** A kind of document that records a meeting. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The words a heading uses for each kind of record, in both languages. */
const RECORD_WORDS: { kind: DocumentKind; pattern: RegExp }[] = [
  { kind: 'report', pattern: /(?<!\p{L})(?:report|informe)(?!\p{L})/iu },
  { kind: 'conclusions', pattern: /(?<!\p{L})(?:conclusions|conclusiones)(?!\p{L})/iu },
  { kind: 'declaration', pattern: /(?<!\p{L})(?:declaration|declaraci[oó]n)(?!\p{L})/iu },
  { kind: 'communique', pattern: /(?<!\p{L})(?:communiqu[eé]|comunicado)(?!\p{L})/iu },
];

/** Headings of documents that are not a meeting's record, and what to call them in the refusal. */
const NON_RECORD_WORDS: { looksLike: string; pattern: RegExp }[] = [
  {
    looksLike: 'a work plan',
    pattern: /(?<!\p{L})(?:work\s*plan|plan de trabajo|plan de acci[oó]n|action plan)(?!\p{L})/iu,
  },
  { looksLike: 'terms of reference', pattern: /(?<!\p{L})(?:terms of reference|t[eé]rminos de referencia)(?!\p{L})/iu },
  { looksLike: 'an agenda', pattern: /(?<!\p{L})(?:agenda|orden del d[ií]a)(?!\p{L})/iu },
  { looksLike: 'a concept note', pattern: /(?<!\p{L})(?:concept note|nota conceptual)(?!\p{L})/iu },
  {
    looksLike: 'a presentation (slides)',
    pattern: /(?<!\p{L})(?:presentation|presentaci[oó]n|slides|diapositivas)(?!\p{L})/iu,
  },
];

/**
 * What records decisions: the verbs of agreements, thanks and declarations.
 * A document that has them is treated as a record whatever its heading says.
 */
/** The verbs and phrases by which a report records what the network agreed, in English and Spanish. */
const AGREEMENT_WORDS = [
  'agreed?',
  'agreements?',
  'acord(?:aron|ó|ar|amos)',
  'acuerd(?:a|an|os)',
  'decid(?:ed|ieron|ió)',
  'resolved',
  'resolvieron',
  'to thank',
  'thanked',
  'agradecer',
  'agradecieron',
  'take note',
  'took note',
  'tomar nota',
  'tomaron nota',
  '(?:submits|presents) its report',
  'somete su informe',
  'declare',
  'declaramos',
  'declaran',
  'concluded',
  'concluyeron',
];
const AGREEMENT_LANGUAGE = new RegExp(String.raw`(?<!\p{L})(?:${AGREEMENT_WORDS.join('|')})(?!\p{L})`, 'iu');

const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'of', 'and', 'to', 'for', 'with', 'on', 'its', 'their', 'this', 'in'],
  es: ['el', 'la', 'de', 'los', 'las', 'y', 'para', 'con', 'del', 'por', 'en', 'que'],
};

/**
 * English or Spanish, by their commonest words.
 *
 * @example detectLanguage('The Network held its meeting in Panama') // 'en'
 * @throws ImportError when the text is clearly neither (too few English or Spanish function words).
 */
export function detectLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sets = { en: new Set(STOPWORDS.en), es: new Set(STOPWORDS.es) };
  let en = 0;
  let es = 0;
  for (const word of words) {
    if (sets.en.has(word)) en++;
    if (sets.es.has(word)) es++;
  }
  if (words.length < 5 || Math.max(en, es) / words.length < 0.08) {
    throw new ImportError(
      'the text is neither in English nor in Spanish; import reports in one of ' +
        'the archive languages (or pass --lang en|es if this is wrong)',
    );
  }
  return en >= es ? 'en' : 'es';
}

/**
 * Numbers of the items (of eight words or more) that read as the other language: a mixed text is not silently filed as
 * one.
 */
function itemsInOtherLanguage(input: FactsInput, lang: Lang): string[] {
  return input.items
    .filter((item) => (item.text.match(/\p{L}+/gu) ?? []).length >= 8)
    .filter((item) => {
      try {
        return detectLanguage(item.text) !== lang;
      } catch {
        return false;
      }
    })
    .map((item) => item.number);
}

/** Collects the summary lines and the unresolved entries as the facts are found. */
interface Notes {
  found: string[];
  unresolved: string[];
}

/** What every finder needs: the input, its language, the opening paragraph and the entity finders. */
interface Context {
  input: FactsInput;
  lang: Lang;
  /** The first paragraph of the text (the first preamble paragraph of eight words or more). */
  opening: string;
  /** Entity names found in a text, in both languages, longest first where they overlap. */
  mentions: (text: string) => MentionSpan[];
  organizations: Map<string, Organization>;
}

/**
 * The facts of a meeting's record, from its heading, preamble and items.
 *
 * @example
 * findFacts(
 *   {
 *     heading: ['Managua, Nicaragua', '24 y 25 de junio de 2014'],
 *     preamble: ['El Grupo Regional de Consulta …'],
 *     items,
 *   },
 *   content,
 * )
 *   // { frontmatter: { id: '2014-06-24', lang: 'es', title: 'Conclusiones del Grupo Regional de Consulta sobre
 * Migración', … }, found: [...], unresolved: [...] }
 * @throws ImportError when the document is not a meeting's record (a work plan, a presentation, terms of reference, an
 * agenda),
 *   or is neither English nor Spanish and no --lang was given.
 */
export function findFacts(input: FactsInput, entities: ImportEntities): Facts {
  const notes: Notes = { found: [], unresolved: [] };
  const lang = findLanguage(input, notes);
  const context = makeContext(input, entities, lang);
  refuseNonRecord(input);
  const body = findBody(context, notes);
  const documentKind = findDocumentKind(context, notes);
  const date = findMeetingDate(context, notes);
  const meetingKind = findMeetingKind(context, notes);
  const format = findFormat(context, notes);
  const venue = findVenue(context, notes, format);
  const participants = findParticipants(context, notes);
  const { precedes, reportsTo } = findRelatedBodies(context, notes, body);
  const frontmatter: Record<string, unknown> = {
    id: date?.date ?? 'unresolved-date',
    lang,
    // Until a person settles the kind, the title is a report's, and the unresolved entry says to check it.
    title: titleOf(context, body, documentKind ?? 'report'),
    ...(input.heading.length > 0 ? { heading: input.heading } : {}),
    network: body ?? 'unresolved',
    documentKind: documentKind ?? 'unresolved',
    date: date?.date ?? '????-??-??',
    ...(date?.endDate ? { endDate: date.endDate } : {}),
    meetingKind: meetingKind ?? 'unresolved',
    format,
    ...(venue ? { venue } : {}),
    participants,
    ...(precedes ? { precedes } : {}),
    ...(reportsTo ? { reportsTo } : {}),
  };
  return { frontmatter, found: notes.found, unresolved: notes.unresolved };
}

/**
 * Virtual when the heading or opening paragraph says so ("virtual meeting", "de manera virtual", "videoconferencia");
 * else in person.
 */
function findFormat(context: Context, notes: Notes): 'virtual' | 'in-person' {
  if (!/(?<!\p{L})(?:virtual(?:ly|mente)?|videoconferen(?:ce|cia))(?!\p{L})/iu.test(openingText(context)))
    return 'in-person';
  notes.found.push('format: virtual');
  return 'virtual';
}

function makeContext(input: FactsInput, entities: ImportEntities, lang: Lang): Context {
  const finder = createMentionFinder({ ...entities, initiatives: [] });
  const mentions = (text: string): MentionSpan[] => {
    // Lists and letterheads mix the languages ("Belice, Canada"): look in both, the longer name winning an overlap.
    const spans = [...finder(text, lang), ...finder(text, lang === 'en' ? 'es' : 'en'), ...viceMinisters(text)];
    spans.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    let end = 0;
    return spans.filter((span) => {
      if (span.index < end) return false;
      end = span.index + span.text.length;
      return true;
    });
  };
  const opening = input.preamble.find((paragraph) => paragraph.split(/\s+/u).length >= 8) ?? input.preamble[0] ?? '';
  return { input, lang, opening, mentions, organizations: new Map(entities.organizations.map((org) => [org.id, org])) };
}

/**
 * "Reunión Viceministerial de la Conferencia Regional sobre Migración" and
 * "Vice-Ministerial Meeting" name the Vice-Ministerial Meeting without the
 * name or alias organizations.yaml gives it.
 */
function viceMinisters(text: string): MentionSpan[] {
  return [...text.matchAll(/(?<!\p{L})(?:Reuni[oó]n Viceministerial|Vice-?Ministerial Meeting)(?!\p{L})/giu)].map(
    (match) => ({
      kind: 'organizations',
      id: 'vice-ministerial-meeting',
      index: match.index,
      text: match[0],
    }),
  );
}

/** The heading and the opening paragraph: where a meeting's facts are stated. */
function openingText(context: Context): string {
  return [...context.input.heading, context.opening].join('\n');
}

/** --lang wins; a detected language that disagrees with it is unresolved. */
function findLanguage(input: FactsInput, notes: Notes): Lang {
  const text = [...input.heading, ...input.preamble, ...input.items.map((item) => item.text)].join('\n');
  let detected: Lang | undefined;
  try {
    detected = detectLanguage(text);
  } catch (error) {
    if (!input.lang) throw error;
  }
  const lang = input.lang ?? detected ?? 'en';
  notes.found.push(`language: ${lang}${input.lang ? ' (given)' : ' (detected)'}`);
  // When --lang and the whole text already disagree, that one entry says it.
  const mixed = input.lang && detected && detected !== input.lang ? [] : itemsInOtherLanguage(input, lang);
  if (mixed.length > 0) {
    notes.unresolved.push(
      `lang: the text is filed as ${lang === 'en' ? 'English' : 'Spanish'}, but ` +
        `item${mixed.length === 1 ? '' : 's'} ${mixed.join(', ')} ` +
        `read${mixed.length === 1 ? 's' : ''} ` +
        `as ${lang === 'en' ? 'Spanish' : 'English'}; a report file holds one ` +
        `language: check the original, and put the other language's text in the ` +
        `other language's report file`,
    );
  }
  if (input.lang && detected && detected !== input.lang) {
    notes.unresolved.push(
      `lang: --lang ${input.lang} was given but the text reads ` +
        `as ${detected === 'en' ? 'English' : 'Spanish'} (${detected}); the facts ` +
        `were read as ${input.lang}: check the language of the original and import ` +
        `again with the right --lang`,
    );
  }
  return lang;
}

/** The first heading line that names a kind of document (record or not), and the kind its first such word names. */
function titleLine(heading: string[]): { line: string; record?: DocumentKind; looksLike?: string } | undefined {
  for (const line of heading) {
    const words = [
      ...RECORD_WORDS.map(({ kind, pattern }) => ({
        index: pattern.exec(line)?.index,
        record: kind,
        looksLike: undefined,
      })),
      ...NON_RECORD_WORDS.map(({ looksLike, pattern }) => ({
        index: pattern.exec(line)?.index,
        record: undefined,
        looksLike,
      })),
    ].filter((word) => word.index !== undefined);
    const first = words.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
    if (first) return { line, ...(first.record ? { record: first.record } : { looksLike: first.looksLike }) };
  }
  return undefined;
}

/**
 * Refuses a document whose heading calls it something other than a record
 * (a work plan, a presentation…) and that records no agreement. A report
 * that merely mentions a work plan in an item is kept: only the heading's
 * first such word counts, and any agreement language keeps the document.
 */
function refuseNonRecord(input: FactsInput): void {
  const title = titleLine(input.heading);
  if (!title?.looksLike) return;
  const text = [...input.preamble, ...input.items.map((item) => item.text)].join('\n');
  if (AGREEMENT_LANGUAGE.test(text)) return;
  throw new ImportError(
    `this looks like ${title.looksLike}, not the record of a meeting: its ` +
      `heading says "${title.line}" and no paragraph records an agreement; the ` +
      `archive holds the reports, conclusions, declarations and communiqués of ` +
      `meetings. If this is one, check that you picked the right file`,
  );
}

/** Ids of rcm bodies that never hold meetings of their own, so never issue a record. */
const NOT_ISSUERS = new Set(['technical-secretariat']);

/**
 * Text just before a body that makes it the addressee, not the issuer: "prior to the meeting of the", "a la
 * consideración del".
 */
/** "prior to the", "antes de la", "al": the words that lead up to the addressee. */
const ADDRESSEE_LEAD = [
  String.raw`(?:prior to|before|to)\s+(?:the\s+)?`,
  String.raw`(?:previo|previa|antes de|ante)\s+(?:a\s+)?(?:la\s+|el\s+)?`,
  String.raw`a\s+la\s+`,
  String.raw`al\s+`,
].join('|');
/** "meeting of the", "consideración de la": an optional meeting or consideration between the lead and addressee. */
const ADDRESSEE_MEETING =
  String.raw`(?:(?:\p{L}+\s+)?(?:meeting|session|reuni[oó]n|sesi[oó]n|consideration|consideraci[oó]n)` +
  String.raw`\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?)?`;
const ADDRESSEE_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${ADDRESSEE_LEAD})${ADDRESSEE_MEETING}$`, 'iu');

/** Network and RCM bodies named in a text, less those a more specific one is part of and those addressed. */
function issuersIn(context: Context, text: string): string[] {
  const ids = context
    .mentions(text)
    .filter((span) => span.kind === 'organizations' && !NOT_ISSUERS.has(span.id))
    .filter((span) => ['network', 'rcm-body'].includes(context.organizations.get(span.id)?.kind ?? ''))
    .filter((span) => !ADDRESSEE_BEFORE.test(text.slice(Math.max(0, span.index - 80), span.index)))
    .map((span) => span.id);
  const parents = new Set(ids.map((id) => context.organizations.get(id)?.partOf?.id));
  return [...new Set(ids)].filter((id) => !parents.has(id));
}

/**
 * The body whose meeting produced the document: the one the title line
 * names, else the most specific one the heading and opening paragraph name
 * as the subject ("The Regional Consultation Group on Migration met…"),
 * never one it is addressed to ("prior to the meeting of the RCGM").
 */
function findBody(context: Context, notes: Notes): string | undefined {
  const title = titleLine(context.input.heading);
  const body = (title ? issuersIn(context, title.line)[0] : undefined) ?? issuersIn(context, openingText(context))[0];
  if (body) notes.found.push(`network: ${body}`);
  else
    notes.unresolved.push(
      'network: the heading and first paragraph do not name the network or RCM ' +
        'body that met; write its id from content/organizations.yaml (a network, ' +
        'rcgm, rcm or vice-ministerial-meeting)',
    );
  return body;
}

/**
 * Report, conclusions, declaration or communiqué: from the title line, else from "submits its report"; else unresolved.
 */
function findDocumentKind(context: Context, notes: Notes): DocumentKind | undefined {
  const title = titleLine(context.input.heading);
  if (title?.record) {
    notes.found.push(`documentKind: ${title.record} (heading "${title.line}")`);
    return title.record;
  }
  const submits =
    /(?<!\p{L})(?:submits its report|presents its report|somete su informe|presenta su informe)(?!\p{L})/iu.exec(
      context.input.preamble.join('\n'),
    );
  if (submits) {
    notes.found.push(`documentKind: report ("${submits[0]}")`);
    return 'report';
  }
  notes.unresolved.push(
    'documentKind: the heading does not say Report, Conclusions, Declaration or ' +
      'Communiqué (Informe, Conclusiones, Declaración, Comunicado); write the kind ' +
      'the original gives (report, conclusions, declaration or communique) and ' +
      'make the title say it',
  );
  return undefined;
}

/**
 * The meeting date from the heading, else the opening paragraph. Two
 * different dates, or a numeric date that reads two ways, are unresolved.
 */
function findMeetingDate(context: Context, notes: Notes): WrittenDate | undefined {
  const inHeading = findDate(context.input.heading.join('\n'));
  const inOpening = findDate(context.opening);
  const written = (found: WrittenDate | AmbiguousDate) => `${describeDate(found)} (written "${found.written}")`;
  const ambiguous = [inHeading, inOpening].find((found) => found && isAmbiguous(found));
  if (ambiguous && isAmbiguous(ambiguous)) {
    notes.unresolved.push(
      `date: "${ambiguous.written}" reads as ${ambiguous.readings[0]} (day/month) ` +
        `or ${ambiguous.readings[1]} (month/day); write the meeting date as date: ` +
        `"YYYY-MM-DD" (and endDate if it lasted several days)`,
    );
    return undefined;
  }
  const date = (inHeading ?? inOpening) as WrittenDate | undefined;
  if (!date) {
    notes.unresolved.push(
      'date: no meeting date in the heading or the first paragraph; write it as ' +
        'date: "YYYY-MM-DD" (and endDate if it lasted several days)',
    );
    return undefined;
  }
  notes.found.push(`date: ${written(date)}`);
  if (inHeading && inOpening && describeDate(inHeading) !== describeDate(inOpening)) {
    notes.unresolved.push(
      `date: the heading says ${written(inHeading)} but the first paragraph ` +
        `says ${written(inOpening)}; the heading's is written: check the original ` +
        `and write the right date (and endDate)`,
    );
  }
  return date;
}

const MEETING_KINDS = [
  { kind: 'extraordinary', words: 'extraordinary|extraordinaria' },
  { kind: 'ordinary', words: 'ordinary|ordinaria' },
  { kind: 'regular', words: 'regular' },
] as const;

/**
 * Ordinary, regular or extraordinary, when the heading or opening calls the meeting so ("its ordinary meeting",
 * "Reunión Extraordinaria").
 */
function findMeetingKind(context: Context, notes: Notes): string | undefined {
  const text = openingText(context);
  const meeting = '(?:meeting|session|reuni[oó]n|sesi[oó]n)';
  const found = MEETING_KINDS.find(({ words }) =>
    new RegExp(
      `(?<!\\p{L})(?:(?:${words})(?:\\s+\\p{L}+){0,2}?\\s+${meeting}|` +
        `${meeting}(?:\\s+\\p{L}+){0,2}?\\s+(?:${words}))(?!\\p{L})`,
      'iu',
    ).test(text),
  );
  if (found) notes.found.push(`meeting: ${found.kind}`);
  else
    notes.unresolved.push(
      'meetingKind: the heading and first paragraph do not call the meeting ' +
        'ordinary, regular or extraordinary; write the kind the original uses',
    );
  return found?.kind;
}

/** A place as found: city, region, country id, and the words it was read from. */
interface Place {
  city: string;
  region?: string;
  country: string;
  /** The place as written. */
  written: string;
  /** True when the country was read from the city's name ("Ciudad de Panamá"). */
  fromCityName?: boolean;
}

/** A country whose name (or alias) is the whole of a phrase, after an article. */
function countryNamed(context: Context, phrase: string): string | undefined {
  // As written first: the article is part of "El Salvador".
  for (const text of [phrase.trim(), phrase.trim().replace(/^(?:the|la|el|los|las)\s+/iu, '')]) {
    const span = context.mentions(text).find((candidate) => candidate.kind === 'countries');
    if (span && span.index === 0 && span.text.length === text.length) return span.id;
  }
  return undefined;
}

/**
 * Cities that carry their country's name: "Ciudad de Panamá", "Panama City", "Antigua Guatemala", "Ciudad de México".
 */
const CITY_OF_COUNTRY = /^(?:Ciudad de|City of|Antigua)\s+(.+)$|^(.+)\s+City$/iu;

/**
 * "City, Country" or "City, Region, Country" (up to two commas), or a city
 * that carries its country's name. The city is kept as written.
 */
function placeOf(context: Context, written: string): Place | undefined {
  const parts = written
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const [city] = parts;
  if (!city || parts.length > 3 || city.split(/\s+/u).length > 5 || !/^\p{Lu}/u.test(city)) return undefined;
  if (context.mentions(city).some((span) => span.kind === 'organizations')) return undefined;
  if (parts.length === 1) {
    const named = CITY_OF_COUNTRY.exec(city);
    const country = named ? countryNamed(context, named[1] ?? named[2] ?? '') : undefined;
    return country ? { city, country, written, fromCityName: true } : undefined;
  }
  const country = countryNamed(context, parts.at(-1) ?? '');
  if (!country || countryNamed(context, city)) return undefined;
  return { city, ...(parts.length === 3 ? { region: parts[1] ?? '' } : {}), country, written };
}

/**
 * A heading line's place, with a date on the same line removed ("SAN SALVADOR, EL SALVADOR 27, 28 Y 29 DE OCTUBRE DE
 * 1999").
 */
function headingPlace(context: Context): Place | undefined {
  for (const line of context.input.heading) {
    const date = findDate(line);
    const text = date ? line.slice(0, line.indexOf(date.written)) : line;
    const place = placeOf(
      context,
      text.replace(/[\s,;.–—-]+$/u, '').replace(/^(?:(?:in|en|at)\s+)?(?:(?:the|la|el)\s+)?/u, ''),
    );
    if (place) return place;
  }
  return undefined;
}

/** Capitalised words, joined by "de", "del", "de la", "of": a place name. */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|del|de la|of)\\s+)?\\p{Lu}[\\p{L}.'’-]*)*";
/**
 * "in San Salvador, El Salvador", "en la Antigua Guatemala", "en la ciudad de San José, Costa Rica", "en la Ciudad de
 * Panamá".
 */
const PLACE_IN_TEXT = new RegExp(
  `(?<!\\p{L})(?:in|en|at)\\s+(?:(?:the|la|el)\\s+)?(?:(?:city|ciudad)\\s+(?:of|de)\\s+)?` +
    `(${NAME}(?:,\\s*${NAME}){0,2})`,
  'gu',
);

/** The first place named after "in"/"en" in the opening paragraph that reads as a place. */
function openingPlace(context: Context): Place | undefined {
  for (const match of context.opening.matchAll(PLACE_IN_TEXT)) {
    const place = placeOf(context, match[1] ?? '');
    if (place) return place;
  }
  return undefined;
}

/** Same place, whatever the capitals and accents. */
function samePlace(a: string, b: string): boolean {
  const key = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return key(a) === key(b);
}

/**
 * Where the meeting was held: the heading's place, else the opening
 * paragraph's. A different place in the opening paragraph is recorded as
 * `alsoStated`; a heading city in capitals takes the opening paragraph's
 * writing of the same city.
 */
function findVenue(context: Context, notes: Notes, format: string): Record<string, unknown> | undefined {
  const heading = headingPlace(context);
  const opening = openingPlace(context);
  const place = heading ?? opening;
  if (!place) {
    if (format === 'in-person')
      notes.unresolved.push(
        'venue: no place found in the heading or the first paragraph; write city, ' +
          'region (if any) and country (an id from content/countries.yaml)',
      );
    return undefined;
  }
  const venue: Record<string, unknown> = {
    city: place.city,
    ...(place.region ? { region: place.region } : {}),
    country: place.country,
  };
  notes.found.push(
    `venue: ${[place.city, place.region, place.country].filter(Boolean).join(', ')} (written "${place.written}")`,
  );
  if (place.fromCityName) notes.found.push(`venue: country ${place.country} read from the city's name "${place.city}"`);
  if (
    heading &&
    opening &&
    samePlace(heading.city, opening.city) &&
    heading.city !== opening.city &&
    heading.city === heading.city.toUpperCase()
  ) {
    venue['city'] = opening.city;
    notes.found.push(
      `venue: city written "${heading.city}" in the heading, "${opening.city}" in ` +
        `the first paragraph (the latter kept)`,
    );
  } else if (heading && opening && !samePlace(heading.city, opening.city)) {
    venue['alsoStated'] = [{ where: 'first-paragraph', place: opening.written }];
    notes.found.push(`venue: the first paragraph gives ${opening.written} (recorded as alsoStated)`);
  }
  return venue;
}

/** Words that introduce the list of participating countries. */
/** The phrases that open a list of participants, in English and Spanish. */
const PARTICIPANTS_WORDS = [
  'participation of',
  'participation included',
  'participaron',
  'participación de',
  'representatives? (?:of|from)',
  'representantes de',
  'delegations? of',
  'delegaciones de',
  'the following countries',
  'los siguientes países',
];
const PARTICIPANTS_TRIGGER = new RegExp(String.raw`(?<!\p{L})(?:${PARTICIPANTS_WORDS.join('|')})(?!\p{L})`, 'giu');

/**
 * Between two names of a list: commas, semicolons, "and", "y", "e", line breaks, bullets, and a parenthesis after a
 * name ("Mexico (Mr. J. Pérez)").
 */
const LIST_SEPARATOR = /^(?:\s*\([^)]*\)|\s*[,;·•–-]\s*|\s+)+(?:(?:and|y|e)\s+)?/iu;

/** Abbreviations after which a period does not end the sentence. */
/** Titles written with a full stop ("Sr.", "Lic.", "Amb."), whose full stop ends no sentence. */
const TITLES = 'Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Lic|Amb|Emb|No|Nos|St|Hon|Excmo|Excma|Ing|Dra|Gral|Gen|Mtro|Mtra';
const ABBREVIATIONS = new RegExp(String.raw`(?:^|[\s(])(?:${TITLES})$|(?:^|[\s(.])\p{Lu}$`, 'u');

/** Where the sentence that starts at `from` ends: a period not after an abbreviation ("Mr.", "U.S."). */
function sentenceEnd(text: string, from: number): number {
  for (let index = text.indexOf('.', from); index >= 0; index = text.indexOf('.', index + 1)) {
    if (!/^(?:\s|$)/u.test(text.slice(index + 1, index + 2))) continue;
    if (ABBREVIATIONS.test(text.slice(Math.max(from, index - 8), index))) continue;
    return index;
  }
  return text.length;
}

/**
 * A name-like piece of a list: capitalised words joined by a few small words ("Atlantis", "the Bahamas", "Trinidad and
 * Tobago").
 */
const NAME_LIKE =
  /^(?:(?:the|la|el|los|las)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|del|of|and|y|the|la)\s+)?\p{Lu}[\p{L}.'’-]*){0,5}$/u;

interface ParticipantList {
  countries: string[];
  unknown: string[];
  organizations: string[];
}

/**
 * Reads the list after a trigger, name by name, up to the end of its
 * sentence or the first piece that is not a name ("as well as", "prior
 * to"): each name is a known country, a known organization (present, not a
 * participant) or an unknown name.
 */
function readList(context: Context, text: string): ParticipantList {
  const list: ParticipantList = { countries: [], unknown: [], organizations: [] };
  const spans = context.mentions(text);
  let position = 0;
  while (position < text.length) {
    const separator = LIST_SEPARATOR.exec(text.slice(position));
    position += separator?.[0].length ?? 0;
    const span = spans.find(
      (candidate) => candidate.index === position || candidate.index === position + articleLength(text, position),
    );
    if (span && span.kind !== 'initiatives') {
      (span.kind === 'countries' ? list.countries : list.organizations).push(span.id);
      position = span.index + span.text.length;
      continue;
    }
    const piece = /^[^,;·•\n]*?(?=\s*(?:[,;·•\n]|\s(?:and|y|e)\s|$))/iu.exec(text.slice(position))?.[0].trim() ?? '';
    if (!piece || !NAME_LIKE.test(piece)) break;
    list.unknown.push(piece);
    position += piece.length;
  }
  return list;
}

/** The length of an article ("the ", "los ") at a position, else 0. */
function articleLength(text: string, position: number): number {
  return /^(?:the|la|el|los|las)\s+/iu.exec(text.slice(position))?.[0].length ?? 0;
}

/**
 * Where a list starts after its trigger: after a nearby colon ("the following countries:"), else at the first
 * capitalised word.
 */
function listStart(text: string, afterTrigger: number, end: number): number {
  const colon = text.indexOf(':', afterTrigger);
  if (colon >= 0 && colon < end && colon - afterTrigger < 120) return colon + 1;
  const capital = /\p{Lu}/u.exec(text.slice(afterTrigger, end));
  return capital ? afterTrigger + capital.index : end;
}

/** The participating countries: the first list after a trigger in the preamble that names at least one country. */
function findParticipants(context: Context, notes: Notes): string[] {
  const text = context.input.preamble.join('\n');
  for (const trigger of text.matchAll(PARTICIPANTS_TRIGGER)) {
    const afterTrigger = trigger.index + trigger[0].length;
    const end = sentenceEnd(text, afterTrigger);
    const list = readList(context, text.slice(listStart(text, afterTrigger, end), end));
    if (list.countries.length === 0) continue;
    const countries = [...new Set(list.countries)];
    notes.found.push(`participants: ${countries.length} (${countries.join(', ')})`);
    if (list.organizations.length > 0)
      notes.found.push(`participants: also named, not countries: ${list.organizations.join(', ')}`);
    for (const name of list.unknown)
      notes.unresolved.push(
        `participants: "${name}" is not a known country; use an id from ` +
          `content/countries.yaml (or add the country there)`,
      );
    return countries;
  }
  notes.unresolved.push(
    'participants: no list of participating countries found; list their ids from content/countries.yaml',
  );
  return [];
}

/**
 * The RCM body the meeting preceded ("prior to the meeting of the RCGM") and the one it reports to ("submits its report
 * to the RCGM").
 */
function findRelatedBodies(
  context: Context,
  notes: Notes,
  body: string | undefined,
): { precedes?: string; reportsTo?: string } {
  const text = [...context.input.heading, ...context.input.preamble].join('\n');
  const spans = context.mentions(text).filter((span) => span.kind === 'organizations' && span.id !== body);
  const bodyAfter = (pattern: RegExp) => {
    const match = pattern.exec(text);
    if (!match) return undefined;
    return spans.find(
      (span) =>
        span.index > match.index &&
        span.index < match.index + 120 &&
        context.organizations.get(span.id)?.kind === 'rcm-body',
    )?.id;
  };
  const precedes = bodyAfter(/(?<!\p{L})(?:prior to|before|previo a|previa a|antes de)(?!\p{L})/iu);
  const reportsTo = bodyAfter(/(?<!\p{L})(?:submits?|presents?|somete|presenta)(?!\p{L})/iu) ?? precedes;
  if (precedes) notes.found.push(`precedes: ${precedes}`);
  if (reportsTo) notes.found.push(`reportsTo: ${reportsTo}`);
  return { ...(precedes ? { precedes } : {}), ...(reportsTo ? { reportsTo } : {}) };
}

/** Spanish "de la" or "del" before a body's name: "de la Red", "del Grupo". */
function deSpanish(name: string): string {
  const first = name.split(/\s+/u)[0] ?? '';
  return /^(?:Red|Conferencia|Reunión|Secretaría|Plataforma)$|a$|ión$/u.test(first) ? `de la ${name}` : `del ${name}`;
}

/**
 * The title in the document's language, naming kind and body: "Report from
 * the Meeting of the Liaison Officer Network for Consular Protection",
 * "Conclusiones del Grupo Regional de Consulta sobre Migración".
 */
function titleOf(context: Context, body: string | undefined, kind: DocumentKind): string {
  const name = body ? context.organizations.get(body)?.name[context.lang] : undefined;
  const joint = /(?<!\p{L})(?:joint|conjunto)(?!\p{L})/iu.test(titleLine(context.input.heading)?.line ?? '');
  if (context.lang === 'en') {
    const of = `the ${name ?? 'Network'}`;
    const titles: Record<DocumentKind, string> = {
      report: `Report from the Meeting of ${of}`,
      conclusions: `Conclusions of ${of}`,
      declaration: `Declaration of ${of}`,
      communique: `${joint ? 'Joint Communiqué' : 'Communiqué'} of ${of}`,
    };
    return titles[kind];
  }
  const of = name ? deSpanish(name) : 'de la Red';
  const titles: Record<DocumentKind, string> = {
    report: `Informe de la Reunión ${of}`,
    conclusions: `Conclusiones ${of}`,
    declaration: `Declaración ${of}`,
    communique: `${joint ? 'Comunicado Conjunto' : 'Comunicado'} ${of}`,
  };
  return titles[kind];
}
