/**
 * What a country or organization does in an item: thanked, offered, hosts,
 * committed, was asked to do something, or asked for something. Read from the
 * fixed phrasing of the network's agreements ("To thank X for…", "X commits
 * to…", "To request X to…") around each mention, in both languages. Pages show
 * these roles next to the items on country and organization pages.
 */
import type { Lang } from '../schemas/index.ts';
import type { MentionSpan } from './mentions.ts';

/** The roles an entity can play in an item. */
export const ROLES = ['thanked', 'offered', 'hosts', 'committed', 'asked', 'requested'] as const;

/** A role: `asked` = was asked to do something; `requested` = asked for something. */
export type Role = (typeof ROLES)[number];

interface Phrasing {
  /** Opens a list of those thanked, closed by `thankEnd`. */
  thank: RegExp;
  thankEnd: RegExp;
  /** Just before the subject(s): they are asked to do something. */
  askedBefore: RegExp;
  /** Just after the subject(s). */
  askedAfter: RegExp;
  committedAfter: RegExp;
  offeredBefore: RegExp;
  offeredAfter: RegExp;
  hostsAfter: RegExp;
  requestedAfter: RegExp;
  /** What may stand between the names of a list ("Honduras and Mexico", "la OIM y a la RROCM"). */
  joiner: RegExp;
}

const PHRASING: Record<Lang, Phrasing> = {
  en: {
    thank: /\bthank(?:s|ed)?\b/i,
    thankEnd: /\sfor\s/gi,
    askedBefore: /\b(?:request(?:s|ed)?|entrust(?:ed)? to|instruct(?:s|ed)?)\s+(?:the\s+)?$/i,
    askedAfter: /^\s+(?:is|are)\s+(?:requested|instructed|asked)\b/i,
    committedAfter: /^\s+commits?\b/i,
    offeredBefore: /\boffer(?:s)?\s+(?:made\s+)?by\s+(?:the\s+)?$/i,
    offeredAfter: /^(?:\s+for\s+the\s+offer|\s+offered|\s+for\s+its\s+offer)\b/i,
    hostsAfter: /^(?:\s+offered)?\s+to\s+host\b|^\s+express(?:es)?\s+its\s+interest\s+to\s+host\b/i,
    requestedAfter: /^\s+requested\b/i,
    joiner: /^(?:[\s,()]|\band\b|\bthe\b)*$/i,
  },
  es: {
    thank: /\bagradec\w*/i,
    thankEnd: /\spor\s/gi,
    askedBefore: new RegExp(
      String.raw`\b(?:(?:solicitar|se solicita|encomendar|se instruye)\s+a|solicit\p{L}*\s+el\s+apoyo\s+de)` +
        String.raw`\s+(?:la\s+|el\s+|los\s+|las\s+)?$`,
      'iu',
    ),
    askedAfter: /^\s+(?:es|son)\s+(?:solicitad|instruid)\w*\b/i,
    committedAfter: /^\s+se\s+compromete\b/i,
    offeredBefore: /\b(?:ofrecimiento|oferta)\s+(?:hecho\s+)?(?:de|por)\s+(?:la\s+|el\s+)?$/i,
    offeredAfter: /^(?:\s+por\s+(?:el|su)\s+ofrecimiento|\s+ofreci[óo])/i,
    hostsAfter: /^(?:\s+ofreci[óo])?\s+(?:para\s+)?ser\s+sede\b|^\s+expresa\s+su\s+inter[ée]s\s+en\s+ser\s+sede\b/i,
    requestedAfter: /^\s+solicit[óo](?!\p{L})/iu,
    joiner: /^(?:[\s,()]|\by\b|\be\b|\ba\b|\bla\b|\bel\b|\blos\b|\blas\b)*$/i,
  },
};

/** Roles of the countries and organizations an item names, by entity id. */
export function rolesIn(text: string, spans: readonly MentionSpan[], lang: Lang): Record<string, Role[]> {
  const phrasing = PHRASING[lang];
  const roles: Record<string, Role[]> = {};
  const give = (span: MentionSpan, role: Role): void => {
    const list = (roles[span.id] ??= []);
    if (!list.includes(role)) list.push(role);
  };
  const actors = spans.filter((span) => span.kind !== 'initiatives');

  for (const sentence of sentences(text)) {
    const inside = actors.filter((span) => span.index >= sentence.start && span.index < sentence.end);
    // "To thank A, B and C for …": everyone named between "thank" and "for" is thanked.
    const thank = phrasing.thank.exec(text.slice(sentence.start, sentence.end));
    if (thank) {
      const from = sentence.start + thank.index;
      // The list ends at the first "for" that is not part of a name ("Organization for Migration").
      const to =
        [...text.slice(from, sentence.end).matchAll(phrasing.thankEnd)]
          .map((match) => from + match.index)
          .find((at) => !spans.some((span) => span.index <= at && at < span.index + span.text.length)) ?? sentence.end;
      for (const span of inside) if (span.index > from && span.index < to) give(span, 'thanked');
    }
    for (const group of groups(text, inside, phrasing.joiner)) {
      const first = group[0];
      const last = group.at(-1);
      if (!first || !last) continue;
      const before = text.slice(sentence.start, first.index);
      const after = text.slice(last.index + last.text.length, sentence.end);
      const all = (role: Role): void => group.forEach((span) => give(span, role));
      if (phrasing.askedBefore.test(before) || phrasing.askedAfter.test(after)) all('asked');
      if (phrasing.committedAfter.test(after)) all('committed');
      if (phrasing.offeredBefore.test(before) || phrasing.offeredAfter.test(after)) all('offered');
      if (
        phrasing.hostsAfter.test(after) ||
        (phrasing.offeredBefore.test(before) && /\bhost\b|\bsede\b/i.test(after.slice(0, 30)))
      )
        all('hosts');
      if (phrasing.requestedAfter.test(after)) all('requested');
    }
  }
  for (const id of Object.keys(roles)) roles[id]?.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return roles;
}

/** Sentence ranges of a text: split after . ; : and at line breaks. */
function sentences(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.;:](?=\s)|\n/g)) {
    ranges.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/** Runs of names joined only by commas, "and", articles or brackets: one subject. */
function groups(text: string, spans: readonly MentionSpan[], joiner: RegExp): MentionSpan[][] {
  const result: MentionSpan[][] = [];
  for (const span of spans) {
    const current = result.at(-1);
    const previous = current?.at(-1);
    if (current && previous && joiner.test(text.slice(previous.index + previous.text.length, span.index)))
      current.push(span);
    else result.push([span]);
  }
  return result;
}
