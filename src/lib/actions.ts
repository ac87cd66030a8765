/**
 * The actions of an item: who must act (or offered to), how, about what, by when and on what condition, read from
 * the fixed phrasing of the network's agreements in English and Spanish ("IOM commits to…", "To request IOM to…",
 * "Panama offered to host…", "Member Countries will submit… before the end of 2017"). The one place that decides
 * what an action is; the archive attaches the result to every item, and follow-ups and status
 * (`src/lib/follow-ups.ts`) read it. Rules and corrections: docs/actions.md.
 */
import type { Lang } from '../schemas/index.ts';
import { type Deadline, findDeadline } from './action-deadlines.ts';
import type { ActionCorrections, AttributeWord } from './items.ts';
import type { Mentions, MentionSpan } from './mentions.ts';
import type { Problem } from './problems.ts';

export type { Deadline } from './action-deadlines.ts';

/**
 * What an actor does, in the field's plain terms: `commits` (X commits to), `is-requested` (X is requested or asked
 * to), `is-instructed` (X is instructed or entrusted to), `offers` (X offers to do something), `offers-to-host`,
 * `proposes` (X presents a proposal to carry out), `finances`, `will-organize`, `will-submit`, `undertakes` (X will
 * do something else), `intends` (X wishes to), `recommends-approval`.
 */
export const ACTION_KINDS = [
  'commits',
  'is-requested',
  'is-instructed',
  'offers',
  'offers-to-host',
  'proposes',
  'finances',
  'will-organize',
  'will-submit',
  'undertakes',
  'intends',
  'recommends-approval',
] as const;

/** One of `ACTION_KINDS`. */
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * The kinds in which someone else asks the actor to act ("IOM is requested to…", "the TS is instructed to…"); every
 * other kind of `ACTION_KINDS` is the actor's own offer or commitment ("commits", "offers to host", "will submit").
 * Entity pages list them as "Asked of it", search filters them as "asked of" (docs/actions.md).
 * @example ASKED_KINDS.includes('offers') // false: an offer is listed under "Offered or committed to"
 */
export const ASKED_KINDS: readonly ActionKind[] = ['is-requested', 'is-instructed'];

/** The actor id for the RCM Member Countries as a whole ("Member Countries", "Countries", "los países"). */
export const MEMBER_COUNTRIES = 'member-countries';

/** A condition an action waits for: the item's words, and who must act first. */
export interface Condition {
  /** The words, verbatim: `pending approval by the Vice-Ministers`. */
  stated: string;
  /** Ids of the countries and organizations the words name (`vice-ministerial-meeting`). */
  by: string[];
}

/** One action of an item. */
export interface Action {
  /** The report (meeting) id. */
  reportId: string;
  /** The language of the words. */
  lang: Lang;
  /** The item's official number. */
  number: string;
  /** Who must act: country or organization ids, `member-countries`, or the network's own id. */
  actors: string[];
  /** What they do. */
  kind: ActionKind;
  /** Who asked for it, when the item says (`Honduras requested IOM's support`). */
  requestedBy?: string[];
  /** What it is about: initiative ids, and the item's words that state it (one sentence, verbatim). */
  subject: { initiatives: string[]; words: string };
  /** By when, as stated and as an ISO 8601 interval. */
  deadline?: Deadline;
  /** What it waits for, as stated. */
  condition?: Condition;
  /** True when `actions="…"` on the item declares it (the wording defeats the rules). */
  declared?: true;
}

/** A phrase rule: what kind of action it finds, and its regex (`actor`, `by` are named groups; no actor = network). */
interface ActionRule {
  kind: ActionKind;
  pattern: RegExp;
  /** A word the sentence must contain, in lower case, for the rule to be tried. */
  hint?: string;
}

/**
 * Before "commits"/"will…": the subject of a clause, which starts the sentence or follows a comma ("Furthermore,
 * countries committed"). Anchored so that the engine tries it at a few places, not at every character.
 */
const SUBJECT = String.raw`(?<=^\s*|[,;:]\s*)(?<actor>[^\s,;:][^,;:]{0,99}?)`;
/** Who asked, at the start of a clause, as `SUBJECT`. */
const BY = String.raw`(?<=^\s*|[,;:]\s*)(?<by>[^\s,;:][^,;:]{0,99}?)`;
/** After a verb: the names up to a word that ends them. */
const NAMES = String.raw`(?<actor>[^.;:]{1,100}?)`;
/** A Spanish infinitive in lower case: the end of "Solicitar a la OIM realizar". */
const INFINITIVE = String.raw`(?=\s\p{Ll}+(?:ar|er|ir)(?![\p{L}]))`;

/**
 * A rule from its source (a space stands for any white space) and, for rules that start with an actor, a word the
 * sentence must contain (lower case) before the regex is tried: those rules try every clause start, and most
 * sentences lack their verb. Measured on the seeds' items: 5.5 ms an item unanchored, 0.4 anchored, 0.08 with hints.
 */
const en = (kind: ActionKind, source: string, hint?: string): ActionRule => ({
  kind,
  pattern: new RegExp(source.replaceAll(' ', String.raw`\s+`), 'giud'),
  ...(hint === undefined ? {} : { hint }),
});
const es = en;

/** The phrase rules, by language, in order of precedence: a later rule never takes words an earlier one took. */
const RULES: Record<Lang, ActionRule[]> = {
  en: [
    // 2017-11-27 report, item 3.c: "Honduras requested IOM's support in overcoming…".
    en('is-requested', String.raw`${BY} requested ${NAMES}['’]s support\b`, 'requested'),
    en('is-requested', String.raw`${BY} requested the support of ${NAMES} (?:to|in|for)\b`, 'requested'),
    // 2016-11-15 report, item 2: "the offer made by Honduras and Mexico to host".
    en('offers-to-host', String.raw`\boffer made by ${NAMES} to host\b`),
    // 2017-11-27 report, item 7.c: "Panama offered to host this workshop".
    en('offers-to-host', String.raw`${SUBJECT} offer(?:s|ed)? to host\b`, 'offer'),
    // 2016-11-15 report, item 6: "Costa Rica express its interest to host".
    en('offers-to-host', String.raw`${SUBJECT} express(?:es|ed)? (?:its|their) interest (?:to|in) host`, 'express'),
    // 2017-11-27 report, items 7 and 8: "the proposal presented by the ICRC and IOM to carry out a workshop".
    en('proposes', String.raw`\b(?:proposal|concept note) presented by ${NAMES} to (?:carry out|hold|organi[sz]e)\b`),
    // 2016-11-15 report, item 5: "to thank the United States for financing this event".
    en('finances', String.raw`\bthank ${NAMES} for (?:financing|funding)\b`),
    // 2017-11-27 report, item 8: "will be co-financed by the United States".
    en('finances', String.raw`\b(?:co-?)?(?:financed|funded) by (?<actor>[^,.;:]{1,100})`),
    // 2016-11-15 report, items 2 ("its offer to report"), 3 ("its willingness to contribute") and 5.
    en('offers', String.raw`\bthank ${NAMES} for (?:its|their|the) (?:offer|willingness) to\b`),
    en('offers', String.raw`${SUBJECT} offer(?:s|ed)? to\b`, 'offer'),
    // 2017-11-27 report, items 3.a, 4.b, 7.a, 7.b; 2016-11-15 report, item 4 ("countries committed to review").
    en('commits', String.raw`${SUBJECT} commit(?:s|ted)? (?:itself |themselves )?to\b`, 'commit'),
    // 2016-11-15 report, item 3: "The Technical Secretariat of the RCM is instructed to coordinate".
    en('is-instructed', String.raw`${SUBJECT} (?:is|are) instructed to\b`, 'instructed'),
    // 2017-11-27 report, item 6: "to entrust to the Technical Secretariat to disseminate".
    en('is-instructed', String.raw`\b(?:entrust|instruct)s? (?:to )?${NAMES} to\b`),
    // 2016-11-15 report, item 2: "The Technical Secretariat is requested to identify financial support".
    en('is-requested', String.raw`${SUBJECT} (?:is|are) (?:requested|asked|invited) to\b`, ' to'),
    // 2017-11-27 report, items 2.d, 3.b, 5: "To request IOM to carry out a study".
    en('is-requested', String.raw`\b(?:request|ask|invite)s? ${NAMES} to\b`),
    // 2017-11-27 report, item 8: "which will be organized by IOM and ILO".
    en('will-organize', String.raw`\bwill be organi[sz]ed by (?<actor>[^,.;:]{1,100})`),
    en('will-organize', String.raw`${SUBJECT} will organi[sz]e\b`, 'will'),
    // 2017-11-27 report, items 7.a and 8: "Member Countries will submit their inputs to the TS".
    en('will-submit', String.raw`${SUBJECT} will (?:submit|send)\b`, 'will'),
    // 2017-11-27 report, item 7: "to recommend to the RCGM the approval of this activity" (the network's own act).
    en('recommends-approval', String.raw`\bto recommend to the \S+ (?:the )?approval\b`),
    // 2017-11-27 report, item 8: "the Liaison Officers Network for Consular Protection recommends to the RCGM the
    // approval".
    en('recommends-approval', String.raw`${SUBJECT} recommends? to the \S+ (?:the )?approval\b`, 'recommend'),
    // 2016-11-15 report, item 4: "countries expressed their wish to adopt the campaign".
    en('intends', String.raw`${SUBJECT} express(?:es|ed)? (?:its|their) (?:wish|intention|interest) to\b`, 'express'),
    // 2016-11-15 report, item 4: "Interested RCM Member Countries will adapt the contents".
    en('undertakes', String.raw`${SUBJECT} will (?!be\b)\p{L}+`, 'will'),
  ],
  es: [
    // Informe 2017-11-27, punto 3.c: "Honduras solicitó el apoyo de la OIM para superar…".
    es('is-requested', String.raw`${BY} solicit[óo] el apoyo de ${NAMES} (?:para|en)\b`, 'apoyo'),
    // Informe 2016-11-15, punto 2: "del ofrecimiento de Honduras y México para ser sede".
    es(
      'offers-to-host',
      String.raw`\b(?:ofrecimiento|oferta) (?:hecho |hecha )?(?:de|por) ${NAMES} (?:para )?ser sede\b`,
    ),
    // Informe 2017-11-27, punto 7.c: "Panamá ofreció ser sede de este taller".
    es('offers-to-host', String.raw`${SUBJECT} ofrec(?:e|en|ió|ieron) (?:para )?ser sede\b`, 'sede'),
    // Informe 2016-11-15, punto 6: "Costa Rica expresa su interés en ser sede".
    es('offers-to-host', String.raw`${SUBJECT} expres(?:a|an|ó|aron) su interés en ser sede\b`, 'sede'),
    // Informe 2017-11-27, puntos 7 y 8: "la propuesta presentada por el CICR y la OIM para realizar un taller".
    es(
      'proposes',
      String.raw`\b(?:propuesta|nota conceptual) presentada por ${NAMES} para (?:realizar|llevar a cabo|organizar)\b`,
    ),
    // Informe 2016-11-15, punto 5: "agradecer a Estados Unidos por financiar este evento".
    es('finances', String.raw`\bagradecer a ${NAMES} por financiar\b`),
    // Informe 2017-11-27, punto 8: "será cofinanciado por Estados Unidos".
    es('finances', String.raw`\b(?:co)?financiad[oa]s? por (?<actor>[^,.;:]{1,100})`),
    // Informe 2016-11-15, puntos 2 ("su ofrecimiento de informar"), 3 ("su disposición a aportar") y 5.
    es('offers', String.raw`\bagradecer a ${NAMES} por (?:su|el) (?:ofrecimiento|disposición) (?:de|a)\b`),
    es('offers', String.raw`${SUBJECT} (?:ofrece|ofrecen|ofreció|ofrecieron) \p{Ll}+(?:ar|er|ir)\b`, 'ofrec'),
    // Informe 2017-11-27, puntos 3.a, 4.b, 7.a, 7.b; informe 2016-11-15, punto 4 ("los países se comprometieron").
    es('commits', String.raw`${SUBJECT} se compromet(?:e|en|ió|ieron) a\b`, 'compromet'),
    // Informe 2016-11-15, punto 3: "Se instruye a la Secretaría Técnica de la CRM coordinar".
    // Informe 2017-11-27, punto 6: "encomendar a la Secretaría Técnica difundir".
    es('is-instructed', String.raw`\b(?:se instruye|instruir|encomendar|se encomienda) a ${NAMES}${INFINITIVE}`),
    // Informe 2016-11-15, punto 2: "Se solicita a la Secretaría Técnica identificar"; 2017-11-27, 2.d, 3.b, 5.
    es('is-requested', String.raw`\b(?:se solicita|solicitar|se pide|pedir|se invita|invitar) a ${NAMES}${INFINITIVE}`),
    // Informe 2017-11-27, punto 8: "que será organizado por la OIM y la OIT".
    es('will-organize', String.raw`\bserá organizad[oa] por (?<actor>[^,.;:]{1,100})`),
    es('will-organize', String.raw`${SUBJECT} organizará(?:n)?\b`, 'organizará'),
    // Informe 2017-11-27, puntos 7.a y 8: "Los Países Miembros remitirán sus insumos a la ST".
    es('will-submit', String.raw`${SUBJECT} (?:remitirán|remitirá|enviarán|enviará)\b`, 'rá'),
    // Informe 2017-11-27, punto 7: "recomendar al GRCM la aprobación de esta actividad".
    es('recommends-approval', String.raw`\brecomendar (?:al|a la) \S+ la aprobación\b`),
    // Informe 2017-11-27, punto 8: "la Red de Funcionarios de Enlace … recomienda al GRCM la aprobación".
    es('recommends-approval', String.raw`${SUBJECT} recomienda(?:n)? (?:al|a la) \S+ la aprobación\b`, 'recomienda'),
    // Informe 2016-11-15, punto 4: "los países expresaron su deseo de adoptar la campaña".
    es('intends', String.raw`${SUBJECT} expres(?:a|an|ó|aron) su (?:deseo|intención|interés) de\b`, 'expres'),
    // Informe 2016-11-15, punto 4: "Los Países Miembros de la CRM interesados adaptarán los contenidos".
    es('undertakes', String.raw`${SUBJECT} \p{Ll}+(?:arán|erán|irán)\b`, 'rán'),
  ],
};

/** Conditions, by language. */
const CONDITIONS: Record<Lang, RegExp[]> = {
  en: [
    // 2016-11-15 report, items 5 and 6: "pending approval by the Vice-Ministers".
    /\bpending (?:the )?approval (?:by|of) [^,.;:]+/iu,
    // 2017-11-27 report, item 6: "Once IOM shares the respective link to enter the virtual platform …".
    /\bonce [^,.;:]+/iu,
    /\bsubject to [^,.;:]+/iu,
  ],
  es: [
    // Informe 2016-11-15, puntos 5 y 6: "pendiente de la aprobación de los Viceministros".
    /\bpendiente de (?:la )?aprobación (?:de|por) [^,.;:]+/iu,
    // Informe 2017-11-27, punto 6: "Una vez que la OIM comparta el enlace respectivo …".
    /\buna vez que [^,.;:]+/iu,
    /\bsujet[oa] a [^,.;:]+/iu,
  ],
};

/** Words for "this workshop": the action is about what the item named before. */
const BACK_REFERENCE: Record<Lang, RegExp> = {
  en: /\b(?:this|these)\s+(?:event|workshops?|activity|course|diagnosis|campaign|study|subject)\b/iu,
  es: new RegExp(
    String.raw`(?<!\p{L})(?:este|esta|estos|estas)\s+` +
      String.raw`(?:evento|talleres|taller|actividad|curso|diagnóstico|campaña|estudio|tema)(?!\p{L})`,
    'iu',
  ),
};

/** Words that make an actor the Member Countries as a whole. */
const MEMBER_WORDS: Record<Lang, RegExp> = { en: /\bcountries\b/iu, es: /(?<!\p{L})países(?!\p{L})/iu };

/** What `findActions` reads: the item's text, language and mentions, and the meeting's date and network. */
export interface ActionInput {
  /** The item's plain text. */
  text: string;
  /** Its language. */
  lang: Lang;
  /** Where the text names entities (`createMentionFinder`). */
  spans: readonly MentionSpan[];
  /** What the item mentions, corrected by also/not. */
  mentions: Mentions;
  /** The report id: `2017-11-27`. */
  reportId: string;
  /** The meeting's date, `YYYY-MM-DD`: where "before …" deadlines start. */
  meeting: string;
  /** The item's official number: `7.a`. */
  number: string;
  /** The id of the network whose report it is: the actor of the report's own acts ("to recommend"). */
  network: string;
}

/** A rule's match in the item's text: its kind, where it starts and ends, and its actor and requester ranges. */
interface Match {
  kind: ActionKind;
  start: number;
  end: number;
  actor?: [number, number];
  by?: [number, number];
}

/** A sentence's range in the item's text. */
interface Range {
  start: number;
  end: number;
}

/** Sentences: split after "." or ";" followed by space, and at line breaks (a colon does not end one). */
function sentences(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.;](?=\s|$)|\n/g)) {
    if (match.index + 1 > start) ranges.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim().length > 1);
}

/** The rules' matches in one sentence, earlier rules first, none overlapping another, in text order. */
function matchesIn(text: string, sentence: Range, lang: Lang): Match[] {
  const taken: Match[] = [];
  const part = text.slice(sentence.start, sentence.end);
  const lower = part.toLocaleLowerCase(lang);
  for (const { kind, pattern, hint } of RULES[lang]) {
    if (hint !== undefined && !lower.includes(hint)) continue;
    for (const match of part.matchAll(pattern)) {
      const at = (group: string): [number, number] | undefined => {
        const indices = match.indices?.groups?.[group];
        return indices ? [sentence.start + indices[0], sentence.start + indices[1]] : undefined;
      };
      const found: Match = {
        kind,
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      };
      const actor = at('actor');
      const by = at('by');
      if (actor) found.actor = actor;
      if (by) found.by = by;
      if (!taken.some((other) => found.start < other.end && other.start < found.end)) taken.push(found);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Ids named in a range of the text: Member Countries, or the countries and organizations its spans name. */
function actorsIn(input: ActionInput, range: [number, number] | undefined): string[] {
  if (range === undefined) return [input.network];
  const words = input.text.slice(range[0], range[1]);
  if (MEMBER_WORDS[input.lang].test(words)) return [MEMBER_COUNTRIES];
  return namedIn(input.spans, range[0], range[1]);
}

/** Distinct countries and organizations named between two offsets, in order. */
function namedIn(spans: readonly MentionSpan[], start: number, end: number): string[] {
  const ids = spans
    .filter((span) => span.kind !== 'initiatives' && span.index >= start && span.index < end)
    .map((span) => span.id);
  return [...new Set(ids)];
}

/**
 * The initiatives an action is about: those its sentence names; with "this workshop", also those of the nearest
 * earlier sentence that names one; with neither, those of the nearest earlier sentence, or else all the item's.
 */
function subjectOf(input: ActionInput, sentence: Range, earlier: readonly Range[]): string[] {
  const named = (range: Range): string[] => [
    ...new Set(
      input.spans
        .filter((span) => span.kind === 'initiatives' && span.index >= range.start && span.index < range.end)
        .map((span) => span.id),
    ),
  ];
  const own = named(sentence);
  const backReference = BACK_REFERENCE[input.lang].test(input.text.slice(sentence.start, sentence.end));
  if (own.length > 0 && !backReference) return own;
  const before =
    [...earlier]
      .reverse()
      .map(named)
      .find((ids) => ids.length > 0) ?? input.mentions.initiatives;
  return [...new Set([...own, ...before])];
}

/** The condition stated between two offsets, if any. */
function conditionIn(input: ActionInput, start: number, end: number): Condition | undefined {
  const part = input.text.slice(start, end);
  for (const pattern of CONDITIONS[input.lang]) {
    const match = pattern.exec(part);
    if (match === null) continue;
    const at = start + match.index;
    return { stated: match[0].trim(), by: namedIn(input.spans, at, at + match[0].length) };
  }
  return undefined;
}

/**
 * The actions an item's wording states, in text order. Each rule's match gives one action; its deadline and
 * condition are those stated in its sentence between its words and the next action's (a condition before the first
 * action, "Once IOM shares…, to entrust…", belongs to the first).
 * Example: for 2017-11-27 item 7.c, "Panama offered to host this workshop." → one action, actors `['panama']`, kind
 * `offers-to-host`, subject `{ initiatives: ['workshop-disappeared-migrants'], words: 'Panama offered to host this
 * workshop.' }`. Never throws: a sentence no rule reads has no action.
 */
export function findActions(input: ActionInput): Action[] {
  const actions: Action[] = [];
  const all = sentences(input.text);
  for (const [index, sentence] of all.entries()) {
    const matches = matchesIn(input.text, sentence, input.lang);
    for (const [position, match] of matches.entries()) {
      const from = position === 0 ? sentence.start : match.start;
      const to = matches[position + 1]?.start ?? sentence.end;
      const action = actionAt(input, match, { start: from, end: to }, sentence, all.slice(0, index));
      if (action) actions.push(action);
    }
  }
  return actions;
}

/** The action of one match, or undefined when its words name no actor. */
function actionAt(input: ActionInput, match: Match, own: Range, sentence: Range, earlier: Range[]): Action | undefined {
  const actors = actorsIn(input, match.actor);
  if (actors.length === 0) return undefined;
  const action: Action = {
    reportId: input.reportId,
    lang: input.lang,
    number: input.number,
    actors,
    kind: match.kind,
    subject: {
      initiatives: subjectOf(input, sentence, earlier),
      words: input.text.slice(sentence.start, sentence.end).trim(),
    },
  };
  if (match.by) action.requestedBy = namedIn(input.spans, match.by[0], match.by[1]);
  const deadline = findDeadline(input.text.slice(own.start, own.end), input.lang, input.meeting);
  if (deadline) action.deadline = { stated: deadline.stated, interval: deadline.interval };
  const condition = conditionIn(input, own.start, own.end);
  if (condition) action.condition = condition;
  return action;
}

/** Where a correction problem goes: the word it is about, and what is wrong. */
export type CorrectionReport = (word: AttributeWord, message: string) => void;

/**
 * Applies an item's `actions="actor:kind"` and `notActions="actor:kind"` to the actions its wording gives. An
 * added action takes the words, subject, deadline and condition of the first sentence naming its actor (or the
 * whole text). A word that is not `actor:kind`, names an unknown actor or kind, or changes nothing is reported at
 * its own line and column: the file should only say what the rules cannot.
 * Example: `notActions="rcgm:recommends-approval"` drops that action; `actions="narnia:commits"` reports
 * `actions: "narnia" is not a known country or organization id, nor member-countries`.
 * Never throws: every problem goes to `report`, and the word is skipped.
 */
export function applyActionEdits(
  found: readonly Action[],
  input: ActionInput,
  corrections: Pick<ActionCorrections, 'actions' | 'notActions'>,
  actorIds: ReadonlySet<string>,
  report: CorrectionReport,
): Action[] {
  let actions = [...found];
  for (const word of corrections.notActions) {
    const edit = parseEdit(word, 'notActions', actorIds, report);
    if (!edit) continue;
    const hit = actions.find((action) => action.kind === edit.kind && action.actors.includes(edit.actor));
    if (!hit) report(word, `notActions: "${word.value}" is not found in the text; remove it from notActions`);
    else actions = actions.flatMap((action) => (action === hit ? withoutActor(action, edit.actor) : [action]));
  }
  for (const word of corrections.actions) {
    const edit = parseEdit(word, 'actions', actorIds, report);
    if (!edit) continue;
    if (actions.some((action) => action.kind === edit.kind && action.actors.includes(edit.actor)))
      report(word, `actions: "${word.value}" is already found in the text; remove it from actions`);
    else actions.push(declaredAction(input, edit.actor, edit.kind));
  }
  return actions;
}

function withoutActor(action: Action, actor: string): Action[] {
  const actors = action.actors.filter((id) => id !== actor);
  return actors.length === 0 ? [] : [{ ...action, actors }];
}

/** `actor:kind` read from a correction word, or undefined after reporting what is wrong with it. */
function parseEdit(
  word: AttributeWord,
  attribute: string,
  actorIds: ReadonlySet<string>,
  report: CorrectionReport,
): { actor: string; kind: ActionKind } | undefined {
  const [actor, kind, ...rest] = word.value.split(':');
  if (actor === undefined || kind === undefined || rest.length > 0 || actor === '' || kind === '') {
    report(word, `${attribute}: "${word.value}" is not written actor:kind, e.g. iom:commits`);
    return undefined;
  }
  if (actor !== MEMBER_COUNTRIES && !actorIds.has(actor)) {
    report(word, `${attribute}: "${actor}" is not a known country or organization id, nor ${MEMBER_COUNTRIES}`);
    return undefined;
  }
  if (!(ACTION_KINDS as readonly string[]).includes(kind)) {
    report(word, `${attribute}: "${kind}" is not an action kind; use one of ${ACTION_KINDS.join(', ')}`);
    return undefined;
  }
  return { actor, kind: kind as ActionKind };
}

/** An action an item declares: its words are the first sentence naming the actor (or the whole text). */
function declaredAction(input: ActionInput, actor: string, kind: ActionKind): Action {
  const all = sentences(input.text);
  const index = all.findIndex((range) =>
    actor === MEMBER_COUNTRIES
      ? MEMBER_WORDS[input.lang].test(input.text.slice(range.start, range.end))
      : namedIn(input.spans, range.start, range.end).includes(actor),
  );
  const sentence = all[index] ?? { start: 0, end: input.text.length };
  const action: Action = {
    reportId: input.reportId,
    lang: input.lang,
    number: input.number,
    actors: [actor],
    kind,
    subject: {
      initiatives: subjectOf(input, sentence, index > 0 ? all.slice(0, index) : []),
      words: input.text.slice(sentence.start, sentence.end).trim(),
    },
    declared: true,
  };
  const deadline = findDeadline(input.text.slice(sentence.start, sentence.end), input.lang, input.meeting);
  if (deadline) action.deadline = { stated: deadline.stated, interval: deadline.interval };
  const condition = conditionIn(input, sentence.start, sentence.end);
  if (condition) action.condition = condition;
  return action;
}

/**
 * What two texts of one action must share whatever their language: actors, kind, requester, subject initiatives,
 * deadline interval and who the condition waits for. Twins of an item give equal keys.
 * Example: `twinKey(action)` → `'iom|commits||regional-diagnosis-assistance-centers||'`.
 */
export function twinKey(action: Action): string {
  return [
    action.actors.join(','),
    action.kind,
    action.requestedBy?.join(',') ?? '',
    action.subject.initiatives.join(','),
    action.deadline?.interval ?? '',
    action.condition ? `if:${action.condition.by.join(',')}` : '',
  ].join('|');
}

/** A report's items as `twinActionWarnings` reads them. */
interface TwinReport {
  id: string;
  lang: Lang;
  file: string;
  items: readonly { number: string; line: number; actions: readonly Action[] }[];
}

/** One line per action, for a warning: `icrc+iom proposes 2018-07-01/2018-12-31`. */
function summary(actions: readonly Action[]): string {
  const one = (action: Action) =>
    [action.actors.join('+'), action.kind, action.deadline?.interval, action.condition ? 'conditional' : undefined]
      .filter(Boolean)
      .join(' ');
  return actions.length === 0 ? 'none' : actions.map(one).join('; ');
}

/**
 * Warnings for items whose languages give different actions (`twinKey`), on the file of each language after the
 * first: a translation worded so that the rules read it otherwise. Not an error (the text is the translator's and
 * must stay as written); the fix is a rule for the new wording, or `actions=`/`notActions=` on the item.
 * Example: an English "Panama offered to host this workshop." beside a Spanish "Panamá será sede de este taller." →
 * `…/es/….mdx:120: item 7.c: actions differ from …/en/….mdx: here none; there panama offers-to-host; …`.
 */
export function twinActionWarnings(reports: readonly TwinReport[]): Problem[] {
  const first = new Map<string, TwinReport>();
  for (const report of reports) if (!first.has(report.id) || report.lang === 'en') first.set(report.id, report);
  const warnings: Problem[] = [];
  for (const report of reports) {
    const other = first.get(report.id);
    if (other === undefined || other === report) continue;
    for (const item of report.items) {
      const twin = other.items.find((candidate) => candidate.number === item.number);
      if (twin === undefined || item.actions.map(twinKey).join('\n') === twin.actions.map(twinKey).join('\n')) continue;
      warnings.push({
        file: report.file,
        line: item.line,
        where: `item ${item.number}`,
        message:
          `actions differ from ${other.file}: here ${summary(item.actions)}; there ${summary(twin.actions)}; ` +
          'add a rule for the wording (docs/actions.md) or actions="…"/notActions="…" to the item',
      });
    }
  }
  return warnings;
}
