/**
 * Plain text (copied out of Word or a PDF) to a report file. Finds the
 * language, the date, the venue, the participants, the network and the body
 * it reports to, and every numbered item and lettered sub-item with its
 * official number, keeping the text verbatim. What it cannot determine it
 * writes as `unresolved` entries that `npm run check` rejects until a person
 * fixes them; input it cannot use at all is refused with a clear message.
 */
import { stringify } from 'yaml';
import type { Country, Lang, Organization } from '../schemas/index.ts';
import { createMentionFinder, type MentionEntities } from './mentions.ts';
import { UserError } from './problems.ts';
import { decodeText as decodeTextFile } from './import/readers/text.ts';

/** Input the importer refuses, with why: nothing is written. */
export class ImportError extends UserError {}

/** What the importer found, ready to be written as `content/reports/{lang}/{id}.mdx`. */
export interface ImportResult {
  /** The report id (meeting date). */
  id: string;
  /** The text's language. */
  lang: Lang;
  /** Frontmatter, in the order it is written. */
  frontmatter: Record<string, unknown>;
  /** The MDX body: preamble and <Item> elements. */
  body: string;
  /** Official numbers found, in order. */
  numbers: string[];
  /** Facts it could not determine, as `field: what is wrong, and how to fix it`. */
  unresolved: string[];
  /** What it found, one line per fact, for the summary. */
  found: string[];
}

/** Entities the importer recognises. */
export interface ImportEntities extends MentionEntities {
  /** Countries (names and aliases in both languages). */
  countries: Country[];
  /** Organizations (the network and the bodies reported to). */
  organizations: Organization[];
}

const MONTHS: Record<Lang, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'of', 'and', 'to', 'for', 'with', 'on', 'its', 'their', 'this', 'in'],
  es: ['el', 'la', 'de', 'los', 'las', 'y', 'para', 'con', 'del', 'por', 'en', 'que'],
};

/**
 * Reads raw bytes as report text, refusing what is not text: the text of `readers/text.ts`'s
 * `decodeText` (which also names the encoding). Kept with this shape until `scripts/import.ts` reads
 * through `readDocument`. Throws `ImportError` for an empty or binary file.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}

/** English or Spanish, by their commonest words; refuses a text that is clearly neither. */
export function detectLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (lang: Lang) => words.filter((word) => STOPWORDS[lang].includes(word)).length;
  const [en, es] = [score('en'), score('es')];
  if (words.length < 5 || Math.max(en, es) / words.length < 0.08) {
    throw new ImportError(
      'the text is neither in English nor in Spanish; import reports in one of the archive languages (or pass --lang en|es if this is wrong)',
    );
  }
  return en >= es ? 'en' : 'es';
}

/** Finds the first meeting date: "November 27th, 2017", "27 November 2017", "November 24-25, 2014", "27 de noviembre de 2017". */
export function findDate(text: string): { date: string; endDate?: string; written: string } | undefined {
  const months = [...MONTHS.en, ...MONTHS.es].join('|');
  const day = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
  const range = `${day}(?:\\s*(?:-|–|y|and|al)\\s*${day})?`;
  const patterns = [
    new RegExp(`\\b(${months})\\s+${range},?\\s+(\\d{4})\\b`, 'iu'),
    new RegExp(`\\b${range}\\s+(?:de\\s+)?(${months})(?:\\s+de)?,?\\s+(\\d{4})\\b`, 'iu'),
  ];
  let best: { index: number; date: string; endDate?: string; written: string } | undefined;
  patterns.forEach((pattern, which) => {
    const match = pattern.exec(text);
    if (!match) return;
    const [month, first, last, year] = which === 0 ? [match[1], match[2], match[3], match[4]] : [match[3], match[1], match[2], match[4]];
    const name = month?.toLowerCase() ?? '';
    const monthIndex = MONTHS.en.includes(name) ? MONTHS.en.indexOf(name) + 1 : MONTHS.es.indexOf(name) + 1;
    const iso = (d: string | undefined) => `${year}-${String(monthIndex).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!best || match.index < best.index) {
      best = { index: match.index, date: iso(first), ...(last ? { endDate: iso(last) } : {}), written: match[0] };
    }
  });
  if (!best) return undefined;
  const { index: _index, ...found } = best;
  return found;
}

interface Paragraph {
  /** The paragraph's text, lines joined. */
  text: string;
  /** A bullet paragraph ("· …"). */
  bullet: boolean;
}

/** Lines to paragraphs: a line is a paragraph unless it visibly continues on the next (PDF line wrapping). */
function paragraphs(lines: string[]): Paragraph[] {
  const result: Paragraph[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const last = result.at(-1);
    const bullet = /^[·•▪◦]\s*|^[-*]\s+(?![a-z][.)]\s)/u.exec(line);
    if (last && !bullet && /[\p{Ll},-]$/u.test(last.text) && /^\p{Ll}/u.test(line)) {
      last.text = `${last.text.replace(/-$/, '')}${last.text.endsWith('-') ? '' : ' '}${line}`;
      continue;
    }
    result.push(bullet ? { text: line.slice(bullet[0].length).trim(), bullet: true } : { text: line, bullet: false });
  }
  return result;
}

const TOP_ITEM = /^\s*(\d{1,3})\s*[.)]\s+(.*)$/u;
const SUB_ITEM = /^\s*(?:[-–•·*]\s*)?\(?([a-z])[.)]\s+(.*)$/u;

/** Escapes text so MDX reads it as the same words (no JSX, no expressions, no markdown). */
export function escapeMdx(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>&#|~])/g, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+])(\s)/, '\\$1$2');
}

/** Imports a report's plain text. Throws ImportError for input it cannot use. */
export function importReport(text: string, entities: ImportEntities, options: { lang?: Lang } = {}): ImportResult {
  const lang = options.lang ?? detectLanguage(text);
  const unresolved: string[] = [];
  const found: string[] = [`language: ${lang}${options.lang ? ' (given)' : ' (detected)'}`];
  const lines = text.split('\n');

  // Heading: the short lines before the first long one (letterhead, title, place, date).
  const firstLong = lines.findIndex((line) => line.trim().length > 120 || TOP_ITEM.test(line));
  const headingLines = lines
    .slice(0, Math.max(firstLong, 0))
    .map((line) => line.trim())
    .filter(Boolean);
  const rest = lines.slice(Math.max(firstLong, 0));

  // Body: preamble paragraphs, then numbered items with their sub-items, paragraphs and bullets.
  const preamble: string[] = [];
  const items: { number: string; paragraphs: Paragraph[] }[] = [];
  let currentN: string | undefined;
  for (const paragraph of paragraphs(rest)) {
    const top = paragraph.bullet ? undefined : TOP_ITEM.exec(paragraph.text);
    const sub = currentN === undefined || top ? undefined : SUB_ITEM.exec(paragraph.bullet ? `- ${paragraph.text}` : paragraph.text);
    if (top?.[1]) {
      currentN = top[1];
      items.push({ number: currentN, paragraphs: [{ text: top[2] ?? '', bullet: false }] });
    } else if (sub?.[1] && currentN !== undefined) {
      items.push({ number: `${currentN}.${sub[1]}`, paragraphs: [{ text: sub[2] ?? '', bullet: false }] });
    } else if (items.length > 0) {
      items.at(-1)?.paragraphs.push(paragraph);
    } else {
      preamble.push(paragraph.text);
    }
  }
  if (items.length === 0)
    throw new ImportError(
      'no numbered items found; each agreement must start its line with its number ("1.", "2)") and sub-items with their letter ("a.", "b)")',
    );
  const numbers = items.map((item) => item.number);
  const duplicates = [...new Set(numbers.filter((number, index) => numbers.indexOf(number) !== index))];
  if (duplicates.length > 0) {
    throw new ImportError(
      `duplicate item numbers: ${duplicates.join(', ')}; the numbering restarts or repeats, so items cannot be told apart. Fix the numbers in the text and import again`,
    );
  }
  found.push(`items: ${numbers.length} (${numbers.join(', ')})`);
  numbers.reduce((expected, number) => {
    if (number.includes('.')) return expected;
    if (Number(number) !== expected)
      unresolved.push(`items: item ${number} follows item ${expected - 1}; check the numbering against the original`);
    return Number(number) + 1;
  }, 1);

  // Facts from the heading and the opening paragraph.
  const opening = [headingLines.join('\n'), preamble.join('\n')].join('\n');
  const date = findDate(opening) ?? findDate(text);
  if (date) found.push(`date: ${date.date}${date.endDate ? ` to ${date.endDate}` : ''} (written "${date.written}")`);
  else unresolved.push('date: no meeting date found; write it as date: "YYYY-MM-DD"');
  const id = date?.date ?? 'unresolved-date';

  const kind = /\bextraordinar(?:y|ia)\b/iu.test(opening)
    ? 'extraordinary'
    : /\bordinar(?:y|ia)\b/iu.test(opening)
      ? 'ordinary'
      : /\bregular\b/iu.test(opening)
        ? 'regular'
        : undefined;
  if (kind) found.push(`meeting: ${kind}`);
  else unresolved.push('meetingKind: the text does not say ordinary, regular or extraordinary; write the kind the report uses');
  const format = /\bvirtual\b/iu.test(preamble[0] ?? '') ? 'virtual' : 'in-person';

  const findMentions = createMentionFinder({ ...entities, initiatives: [] });
  const countryIn = (phrase: string): string | undefined => {
    const spans = findMentions(phrase, 'en')
      .concat(findMentions(phrase, 'es'))
      .filter((span) => span.kind === 'countries');
    return spans.find((span) => span.index <= 4 && phrase.length - span.text.length - span.index <= 1)?.id;
  };

  // Venue: a heading line "City, Region, Country", else "in City, Country" in the opening paragraph.
  const venueFrom = (line: string) => {
    const parts = line
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const country = parts.length >= 2 ? countryIn(parts.at(-1) ?? '') : undefined;
    return country && parts.length <= 4
      ? { city: parts[0] ?? '', ...(parts.length === 3 ? { region: parts[1] ?? '' } : {}), country }
      : undefined;
  };
  const headingVenue = headingLines.map(venueFrom).find(Boolean);
  const inText =
    /\b(?:in|en)\s+((?:\p{Lu}[\p{L}.'-]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}.'-]*)*)(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}.'-]*)*){1,2})/u.exec(
      preamble[0] ?? '',
    );
  const textVenue = inText?.[1] ? venueFrom(inText[1]) : undefined;
  const venue = headingVenue ?? textVenue;
  if (venue) {
    found.push(`venue: ${[venue.city, venue.region, venue.country].filter(Boolean).join(', ')}`);
    if (headingVenue && textVenue && textVenue.city !== headingVenue.city && inText?.[1]) {
      Object.assign(venue, { alsoStated: [{ where: 'first-paragraph', place: inText[1] }] });
      found.push(`venue: the first paragraph gives ${inText[1]} (recorded as alsoStated)`);
    }
  } else if (format === 'in-person') {
    unresolved.push('venue: no place found; write city, region (if any) and country (an id from content/countries.yaml)');
  }

  // Participants: the list after "representatives from…"/"representantes de…".
  const participants: string[] = [];
  const openingText = preamble.join(' ');
  const trigger = /\b(?:participation of|representatives? (?:of|from)|participaron|representantes de|participación de)\b/iu.exec(
    openingText,
  );
  let listText: string | undefined;
  if (trigger) {
    let after = openingText.slice(trigger.index + trigger[0].length);
    // "…representatives from the following countries: A, B and C." — the list starts after a nearby colon.
    const colon = after.indexOf(':');
    if (colon >= 0 && colon < 80) after = after.slice(colon + 1);
    listText = after.split(/\.(?:\s|$)/u)[0];
  }
  if (listText) {
    for (const raw of listText.split(/,\s*|\s+(?:and|y|e)\s+/u)) {
      const name = raw.trim().replace(/\.$/, '');
      if (!name) continue;
      const country = countryIn(name);
      if (country) participants.push(country);
      else
        unresolved.push(`participants: "${name}" is not a known country; use an id from content/countries.yaml (or add the country there)`);
    }
    found.push(`participants: ${participants.length} (${participants.join(', ')})`);
  } else {
    unresolved.push('participants: no list of participating countries found; list their ids from content/countries.yaml');
  }

  // The network, and the body the meeting preceded and reports to.
  const mentioned = findMentions(opening, lang);
  const organizations = new Map(entities.organizations.map((organization) => [organization.id, organization]));
  const network = mentioned.find((span) => span.kind === 'organizations' && organizations.get(span.id)?.kind === 'network')?.id;
  if (network) found.push(`network: ${network}`);
  else unresolved.push('network: the network is not named; write the id of a network from content/organizations.yaml');
  const bodyAfter = (pattern: RegExp) => {
    const match = pattern.exec(opening);
    if (!match) return undefined;
    return mentioned.find(
      (span) =>
        span.kind === 'organizations' &&
        span.index > match.index &&
        span.index < match.index + 120 &&
        organizations.get(span.id)?.kind === 'rcm-body',
    )?.id;
  };
  const precedes = bodyAfter(/\b(?:prior to|before|previo a|antes de)\b/iu);
  const reportsTo = bodyAfter(/\b(?:submits?|presents?|somete|presenta)\b/iu) ?? precedes;
  if (precedes) found.push(`precedes: ${precedes}`);
  if (reportsTo) found.push(`reportsTo: ${reportsTo}`);

  const networkName = network ? organizations.get(network)?.name[lang] : undefined;
  const frontmatter: Record<string, unknown> = {
    id,
    lang,
    title:
      lang === 'en' ? `Report from the Meeting of the ${networkName ?? 'Network'}` : `Informe de la Reunión de la ${networkName ?? 'Red'}`,
    ...(headingLines.length > 0 ? { heading: headingLines } : {}),
    network: network ?? 'unresolved',
    date: date?.date ?? '????-??-??',
    ...(date?.endDate ? { endDate: date.endDate } : {}),
    meetingKind: kind ?? 'unresolved',
    format,
    ...(venue ? { venue } : {}),
    participants,
    ...(precedes ? { precedes } : {}),
    ...(reportsTo ? { reportsTo } : {}),
    translation: { status: 'original' },
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };

  const body = [
    ...preamble.map(escapeMdx),
    ...items.map((item) => {
      const blocks: string[] = [];
      for (const paragraph of item.paragraphs) {
        if (paragraph.bullet && blocks.at(-1)?.startsWith('- ')) blocks[blocks.length - 1] += `\n- ${escapeMdx(paragraph.text)}`;
        else blocks.push(paragraph.bullet ? `- ${escapeMdx(paragraph.text)}` : escapeMdx(paragraph.text));
      }
      return `<Item n="${item.number}">\n${blocks.join('\n\n')}\n</Item>`;
    }),
  ].join('\n\n');

  return { id, lang, frontmatter, body: `${body}\n`, numbers, unresolved, found };
}

/** The report file: frontmatter (with the source it came from) and body. */
export function reportFile(result: ImportResult, source: { file: string; received: string; sha256: string }): string {
  const data = {
    ...result.frontmatter,
    source: { file: source.file, lang: result.lang, received: source.received, sha256: source.sha256 },
  };
  const { unresolved, ...rest } = data as Record<string, unknown> & { unresolved?: string[] };
  const comment = `# Imported from ${source.received}. Review every field against the original;\n# "unresolved" lists what the importer could not determine: fix each and delete it.\n`;
  // The unresolved list goes last, where an author reads it after the facts it is about.
  return `---\n${comment}${stringify({ ...rest, ...(unresolved ? { unresolved } : {}) }, { lineWidth: 0 })}---\n\n${result.body}`;
}
