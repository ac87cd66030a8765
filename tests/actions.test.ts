/**
 * Actions, follow-ups and status (issue 22, parts 1–3; docs/actions.md). Every action of every item of both seed
 * reports is pinned in both languages from a reading of the reports (not from the module's output); the twins must
 * give the same actions; deadlines become the intervals of a hand-written table; corrections and follow-up
 * declarations are read, and bad ones reported at their file, line and column; status is pinned at several dates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../src/lib/action-deadlines.ts';
import { actionPlace, actionStatus, statusTimeline, suggestFollowUps } from '../src/lib/action-status.ts';
import { parseItemReference, referenceCovers } from '../src/lib/follow-ups.ts';
import { type Action, findActions, twinKey } from '../src/lib/actions.ts';
import { findReport, reportsIn } from '../src/lib/archive.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { createMentionFinder, mentionsOf } from '../src/lib/mentions.ts';
import { formatProblem } from '../src/lib/problems.ts';
import type { Lang } from '../src/schemas/index.ts';
import { contentArchive, copyOfContent } from './helpers.ts';

/** One expected action: item, actors, kind, deadline interval, who the condition waits for, initiatives, requester. */
type Row = [
  number: string,
  actors: string,
  kind: string,
  interval: string,
  condition: string,
  about: string,
  by?: string,
];

const NETWORK = 'consular-protection-network';
const WMW = 'workshop-consular-protection-migrant-workers';
const WDM = 'workshop-disappeared-migrants';
const DIAGNOSIS = 'regional-diagnosis-assistance-centers';
const S1_2017 = '2017-01-01/2017-06-30';

/** Read from the reports: thanks, notes and receipts are not actions; offers, requests, commitments are. */
const EXPECTED: Record<string, Row[]> = {
  '2016-11-15': [
    // "the offer made by Honduras and Mexico to host the “Temporary Migrant Workers”"
    ['2', 'honduras mexico', 'offers-to-host', '', '', 'workshop-temporary-migrant-workers'],
    // "The Technical Secretariat is requested to identify financial support for this event."
    ['2', 'technical-secretariat', 'is-requested', '', '', 'workshop-temporary-migrant-workers'],
    // "its offer to report on the project “Week of Labour Rights” during this workshop"
    ['2', 'mexico', 'offers', '', '', 'week-of-labour-rights workshop-temporary-migrant-workers'],
    ['3', 'mexico', 'offers', '', '', 'consular-registration-platform'],
    ['3', 'technical-secretariat', 'is-instructed', '', '', 'consular-registration-platform'],
    ['4', 'member-countries', 'intends', S1_2017, '', 'iom-mesoamerica-program campaign-informarte'],
    ['4', 'member-countries', 'commits', '', '', 'campaign-justicia-sin-barreras'],
    ['4', 'member-countries', 'undertakes', '', '', 'campaign-justicia-sin-barreras'],
    ['5', 'iom', 'offers', '', '', 'workshop-crisis-management-micic'],
    [
      '5',
      'united-states',
      'finances',
      S1_2017,
      'vice-ministerial-meeting',
      'iom-mesoamerica-program workshop-crisis-management-micic',
    ],
    ['6', 'costa-rica', 'offers-to-host', S1_2017, 'vice-ministerial-meeting', 'workshops-disaster-displacement'],
  ],
  '2017-11-27': [
    ['2.d', 'iom', 'is-requested', '', '', 'joint-consulates'],
    ['3.a', 'iom', 'commits', '', '', DIAGNOSIS],
    ['3.b', 'iom', 'is-requested', '', '', DIAGNOSIS],
    ['3.c', 'iom', 'is-requested', '', '', DIAGNOSIS, 'honduras'],
    ['4.b', 'rncom', 'commits', '', '', ''],
    ['5', 'iom', 'is-requested', '', '', 'course-migrants-in-crises micic'],
    ['6', 'technical-secretariat', 'is-instructed', '', 'iom', 'course-migrants-in-crises'],
    ['7', 'icrc iom', 'proposes', '2018-07-01/2018-12-31', '', WDM],
    ['7', NETWORK, 'recommends-approval', '', '', WDM],
    ['7.a', 'technical-secretariat', 'commits', '', '', WDM],
    ['7.a', 'member-countries', 'will-submit', '2017-11-27/2018-06-30', '', WDM],
    ['7.b', 'icrc', 'commits', '2018-06-01/2018-06-30', '', WDM],
    ['7.c', 'panama', 'offers-to-host', '', '', WDM],
    ['8', 'iom ilo', 'proposes', '', '', WMW],
    ['8', 'member-countries', 'will-submit', '2017-11-27/2017-12-31', '', WMW],
    ['8', NETWORK, 'recommends-approval', '', '', WMW],
    ['8', 'iom ilo', 'will-organize', '', '', WMW],
    ['8', 'united-states', 'finances', '', '', WMW],
  ],
};

/** The words that state each deadline and condition, per language, verbatim from the reports. */
const STATED: Record<Lang, Record<string, string[]>> = {
  en: {
    '2016-11-15:4': ['during the first semester in 2017'],
    '2016-11-15:5': ['during the first semester of 2017', 'pending approval by the Vice-Ministers'],
    '2016-11-15:6': ['during the first semester of 2017', 'pending approval by the Vice-Ministers'],
    '2017-11-27:6': [
      'Once IOM shares the respective link to enter the virtual platform of the course mentioned in the above paragraph',
    ],
    '2017-11-27:7': ['in the second semester of 2018'],
    '2017-11-27:7.a': ['before the meeting of the RCGM scheduled for June 2018'],
    '2017-11-27:7.b': ['during the RCGM meeting in June 2018'],
    '2017-11-27:8': ['before the end of 2017'],
  },
  es: {
    '2016-11-15:4': ['durante el primer semestre de 2017'],
    '2016-11-15:5': ['durante el primer semestre de 2017', 'pendiente de la aprobación de los Viceministros'],
    '2016-11-15:6': ['durante el primer semestre de 2017', 'pendiente de la aprobación de los Viceministros'],
    '2017-11-27:6': [
      'Una vez que la OIM comparta el enlace respectivo para ingresar a la plataforma virtual del curso mencionado ' +
        'en el párrafo anterior',
    ],
    '2017-11-27:7': ['en el segundo semestre de 2018'],
    '2017-11-27:7.a': ['antes de la reunión del GRCM programada para junio de 2018'],
    '2017-11-27:7.b': ['durante la reunión del GRCM en junio de 2018'],
    '2017-11-27:8': ['antes de que finalice 2017'],
  },
};

function rowOf(action: Action): Row {
  const row: Row = [
    action.number,
    action.actors.join(' '),
    action.kind,
    action.deadline?.interval ?? '',
    action.condition?.by.join(' ') ?? '',
    action.subject.initiatives.join(' '),
  ];
  if (action.requestedBy) row.push(action.requestedBy.join(' '));
  return row;
}

function actionsOf(lang: Lang, id: string): Action[] {
  return findReport(contentArchive(), lang, id)?.items.flatMap((item) => item.actions) ?? [];
}

describe('the actions of every item of both seed reports', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const [id, rows] of Object.entries(EXPECTED)) {
      it(`${lang}/${id}: actor, kind, deadline interval, condition and subject of every action`, () => {
        expect(actionsOf(lang, id).map(rowOf)).toEqual(rows);
      });

      it(`${lang}/${id}: deadlines and conditions in the report's own words, each inside the action's words`, () => {
        const stated: Record<string, string[]> = {};
        for (const action of actionsOf(lang, id)) {
          for (const words of [action.deadline?.stated, action.condition?.stated]) {
            if (words === undefined) continue;
            expect(action.subject.words).toContain(words);
            const key = `${id}:${action.number}`;
            if (!stated[key]?.includes(words)) (stated[key] ??= []).push(words);
          }
        }
        const expected = Object.fromEntries(Object.entries(STATED[lang]).filter(([key]) => key.startsWith(id)));
        expect(stated).toEqual(expected);
      });
    }
  }

  it("every action's words are a sentence of its item, verbatim", () => {
    for (const report of contentArchive().reports) {
      for (const item of report.items) {
        for (const action of item.actions) expect(item.text).toContain(action.subject.words);
      }
    }
    const [first] = actionsOf('en', '2017-11-27').filter((action) => action.number === '7.a');
    expect(first?.subject.words).toBe(
      'The TS commits to share with Member Countries the concept note of this workshop.',
    );
  });

  it('both languages of every item give the same actions (actor, kind, deadline interval, condition, subject)', () => {
    const keys = (lang: Lang) =>
      reportsIn(contentArchive(), lang).map((report) =>
        report.items.map((item) => [`${report.id}:${item.number}`, item.actions.map(twinKey)]),
      );
    expect(keys('es')).toEqual(keys('en'));
    expect(actionsOf('en', '2017-11-27').length).toBeGreaterThan(10);
  });
});

describe('twins worded so that the rules read them differently', () => {
  it('warn on the translation, at its item, naming both readings and the fix', () => {
    const esFile = 'es/2017-11-27.mdx';
    const dir = editedContent({
      [esFile]: [['Panamá ofreció ser sede de este taller.', 'Panamá será sede de este taller.']],
    });
    const { problems, warnings } = checkContent(dir);
    expect(problems).toEqual([]);
    const lines = readFileSync(join(dir, 'reports', esFile), 'utf8').split('\n');
    const en = relative(process.cwd(), join(dir, 'reports/en/2017-11-27.mdx'));
    expect(warnings.map(formatProblem)).toEqual([
      `${relative(process.cwd(), join(dir, 'reports', esFile))}:${lines.indexOf('<Item n="7.c" also="workshop-disappeared-migrants">') + 1}: ` +
        `item 7.c: actions differ from ${en}: here none; there panama offers-to-host; ` +
        'add a rule for the wording (docs/actions.md) or actions="…"/notActions="…" to the item',
    ]);
  });
});

/** Meeting date for the intervals of "before …" deadlines in the table. */
const MEETING = '2018-11-20';

const DEADLINES: [Lang, string, string][] = [
  ['en', 'before the end of 2019', '2018-11-20/2019-12-31'],
  ['en', 'during the first semester of 2019', '2019-01-01/2019-06-30'],
  ['en', 'in the second semester of 2018', '2018-07-01/2018-12-31'],
  ['en', 'before the meeting of the RCGM scheduled for June 2019', '2018-11-20/2019-06-30'],
  ['en', 'during the RCGM meeting in June 2019', '2019-06-01/2019-06-30'],
  ['en', 'by the end of the first semester of 2019', '2018-11-20/2019-06-30'],
  ['en', 'in the third quarter of 2019', '2019-07-01/2019-09-30'],
  ['en', 'by February 2020', '2018-11-20/2020-02-29'],
  ['en', 'before June 2019', '2018-11-20/2019-05-31'],
  ['en', 'before January 2019', '2018-11-20/2018-12-31'],
  ['en', 'in September 2019', '2019-09-01/2019-09-30'],
  ['en', 'during 2019', '2019-01-01/2019-12-31'],
  ['es', 'antes de que finalice 2019', '2018-11-20/2019-12-31'],
  ['es', 'durante el primer semestre de 2019', '2019-01-01/2019-06-30'],
  ['es', 'en el segundo semestre de 2018', '2018-07-01/2018-12-31'],
  ['es', 'antes de la reunión del GRCM programada para junio de 2019', '2018-11-20/2019-06-30'],
  ['es', 'durante la reunión del GRCM en junio de 2019', '2019-06-01/2019-06-30'],
  ['es', 'antes del fin del primer semestre de 2019', '2018-11-20/2019-06-30'],
  ['es', 'en el tercer trimestre de 2019', '2019-07-01/2019-09-30'],
  ['es', 'a más tardar en febrero de 2020', '2018-11-20/2020-02-29'],
  ['es', 'antes de junio de 2019', '2018-11-20/2019-05-31'],
  ['es', 'en septiembre de 2019', '2019-09-01/2019-09-30'],
  // "setiembre": the Real Academia's other spelling, not in CLDR.
  ['es', 'en setiembre de 2019', '2019-09-01/2019-09-30'],
  ['es', 'a más tardar en Setiembre de 2019', '2018-11-20/2019-09-30'],
  ['es', 'durante 2019', '2019-01-01/2019-12-31'],
];

describe('deadlines as stated and as ISO 8601 intervals', () => {
  for (const [lang, stated, interval] of DEADLINES) {
    it(`${lang}: "${stated}" → ${interval}`, () => {
      const text =
        lang === 'en'
          ? `Countries will submit their comments ${stated}.`
          : `Los países remitirán sus comentarios ${stated}.`;
      const found = findDeadline(text, lang, MEETING);
      expect(found && { stated: found.stated, interval: found.interval }).toEqual({ stated, interval });
    });
  }

  it('no deadline where the text states none', () => {
    expect(findDeadline('Panama offered to host this workshop.', 'en', MEETING)).toBeUndefined();
    expect(findDeadline('Panamá ofreció ser sede de este taller.', 'es', MEETING)).toBeUndefined();
  });

  it('a phrase about the past, ending before the meeting, is no deadline; a later phrase still is', () => {
    const past: [Lang, string][] = [
      ['en', 'Mexico commits to implement the guidelines adopted in 2015.'],
      ['en', 'Panama commits to share the results of the workshop held in June 2018.'],
      ['en', 'Honduras commits to report before the end of 2016.'],
      ['es', 'México se compromete a aplicar los lineamientos adoptados en 2015.'],
      ['es', 'Panamá se compromete a compartir los resultados del taller realizado en junio de 2018.'],
    ];
    for (const [lang, text] of past) expect(findDeadline(text, lang, MEETING), text).toBeUndefined();
    // The meeting's own month is not past: its interval ends after the meeting day.
    expect(findDeadline('Panama will report in November 2018.', 'en', MEETING)?.interval).toBe('2018-11-01/2018-11-30');
    const later = findDeadline('Mexico commits to apply the guidelines adopted in 2015 in 2019.', 'en', MEETING);
    expect(later && { stated: later.stated, interval: later.interval }).toEqual({
      stated: 'in 2019',
      interval: '2019-01-01/2019-12-31',
    });
    const despues = findDeadline('México aplicará en 2019 los lineamientos adoptados en 2015.', 'es', MEETING);
    expect(despues?.interval).toBe('2019-01-01/2019-12-31');
    // A phrase that begins before the meeting gives way to one that begins after it, whatever their rules' order.
    const both = 'IOM will distribute the diagnosis presented in November 2018 among the countries in September 2019.';
    expect(findDeadline(both, 'en', MEETING)?.stated).toBe('in September 2019');
    const ambos = 'La OIM distribuirá el diagnóstico presentado en noviembre de 2018 en setiembre de 2019.';
    expect(findDeadline(ambos, 'es', MEETING)?.stated).toBe('en setiembre de 2019');
    // Alone, it is still the deadline: the meeting's own month.
    expect(findDeadline('IOM will report in November 2018.', 'en', MEETING)?.stated).toBe('in November 2018');
  });
});

/** Phrasings in the RCM's style that are not in the seed reports: the rules are not a list of the seeds' sentences. */
const BEYOND_SEEDS: [Lang, string, Row][] = [
  [
    'en',
    'The Technical Secretariat is requested to circulate the draft terms of reference of the Workshop on Consular ' +
      'Protection of Migrant Workers among Member Countries by the end of the first semester of 2019.',
    ['1', 'technical-secretariat', 'is-requested', '2018-11-20/2019-06-30', '', WMW],
  ],
  [
    'es',
    'Se solicita a la Secretaría Técnica circular los términos de referencia del Taller sobre Protección Consular de ' +
      'Trabajadores Migrantes entre los Países Miembros antes del fin del primer semestre de 2019.',
    ['1', 'technical-secretariat', 'is-requested', '2018-11-20/2019-06-30', '', WMW],
  ],
  [
    'en',
    'Guatemala offered to host the next meeting in the third quarter of 2019, pending approval by the Vice-Ministers.',
    ['1', 'guatemala', 'offers-to-host', '2019-07-01/2019-09-30', 'vice-ministerial-meeting', ''],
  ],
  [
    'es',
    'Guatemala ofreció ser sede de la próxima reunión en el tercer trimestre de 2019, pendiente de la aprobación de ' +
      'los Viceministros.',
    ['1', 'guatemala', 'offers-to-host', '2019-07-01/2019-09-30', 'vice-ministerial-meeting', ''],
  ],
  [
    'en',
    'Member Countries will send their comments on the MICIC guidelines to the TS before June 2019.',
    ['1', 'member-countries', 'will-submit', '2018-11-20/2019-05-31', '', 'micic'],
  ],
  [
    'es',
    'Los Países Miembros enviarán sus comentarios sobre las directrices MICIC a la ST antes de junio de 2019.',
    ['1', 'member-countries', 'will-submit', '2018-11-20/2019-05-31', '', 'micic'],
  ],
  [
    'en',
    'The ICRC and IOM commit to deliver a workshop on disappeared migrants in September 2019.',
    ['1', 'icrc iom', 'commits', '2019-09-01/2019-09-30', '', WDM],
  ],
  [
    'es',
    'El CICR y la OIM se comprometen a impartir un taller sobre migrantes desaparecidos en septiembre de 2019.',
    ['1', 'icrc iom', 'commits', '2019-09-01/2019-09-30', '', WDM],
  ],
];

describe('phrasings beyond the seed reports', () => {
  const archive = contentArchive();
  // Arrays, not the maps' iterators: the finder reads the entities once per language.
  const find = createMentionFinder({
    countries: [...archive.countries.values()],
    organizations: [...archive.organizations.values()],
    initiatives: [...archive.initiatives.values()],
  });
  for (const [lang, text, row] of BEYOND_SEEDS) {
    it(`${lang}: ${text.slice(0, 60)}…`, () => {
      const spans = find(text, lang);
      const common = { reportId: '2018-11-20', meeting: MEETING, number: '1', network: NETWORK };
      const actions = findActions({ ...common, text, lang, spans, mentions: mentionsOf(spans) });
      expect(actions.map(rowOf)).toEqual([row]);
    });
  }
});

/** A scratch copy of content/ with lines of report files replaced, and where the new words are. */
function editedContent(edits: Record<string, [from: string, to: string][]>): string {
  const dir = copyOfContent();
  for (const [file, replacements] of Object.entries(edits)) {
    const path = join(dir, 'reports', file);
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of replacements) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(path, text);
  }
  return dir;
}

/** `file:line:column` of a word in a report file of a content folder, found by searching the file's text. */
function placeOf(dir: string, file: string, lineText: string, word: string): string {
  const path = join(dir, 'reports', file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.indexOf(lineText);
  expect(index).toBeGreaterThanOrEqual(0);
  return `${relative(process.cwd(), path)}:${index + 1}:${(lines[index] ?? '').indexOf(word) + 1}`;
}

describe('corrections on <Item>: actions, notActions, followsUp', () => {
  it('notActions drops an action the rules find; actions adds one the wording hides', () => {
    const dir = editedContent(
      Object.fromEntries(
        (['en', 'es'] as const).map((lang) => [
          `${lang}/2017-11-27.mdx`,
          [
            ['<Item n="7">', `<Item n="7" notActions="${NETWORK}:recommends-approval">`],
            ['<Item n="9">', '<Item n="9" actions="iom:commits">'],
          ],
        ]),
      ),
    );
    const archive = loadArchiveFromFiles(dir);
    for (const lang of ['en', 'es'] as const) {
      const items = findReport(archive, lang, '2017-11-27')?.items ?? [];
      const rows = (number: string) => items.find((item) => item.number === number)?.actions.map(rowOf);
      expect(rows('7')).toEqual([['7', 'icrc iom', 'proposes', '2018-07-01/2018-12-31', '', WDM]]);
      expect(rows('9')).toEqual([['9', 'iom', 'commits', '', '', 'course-migrant-women']]);
      expect(items.find((item) => item.number === '9')?.actions[0]?.declared).toBe(true);
    }
  });

  it('a bad correction is reported at its file, line and column, saying what to write', () => {
    const en = 'en/2017-11-27.mdx';
    const line3a = '<Item n="3.a" also="regional-diagnosis-assistance-centers" actions="iom:commits">';
    const line7 = '<Item n="7" actions="iom narnia:commits iom:promises" notActions="panama:commits">';
    const dir = editedContent({
      [en]: [
        ['<Item n="3.a" also="regional-diagnosis-assistance-centers">', line3a],
        ['<Item n="7">', line7],
      ],
    });
    const problems = checkContent(dir).problems.map(formatProblem);
    expect(problems).toEqual([
      `${placeOf(dir, en, line3a, 'iom:commits')}: item 3.a: actions: "iom:commits" is already found in the text; ` +
        'remove it from actions',
      `${placeOf(dir, en, line7, 'iom ')}: item 7: actions: "iom" is not written actor:kind, e.g. iom:commits`,
      `${placeOf(dir, en, line7, 'narnia')}: item 7: actions: "narnia" is not a known country or organization id, ` +
        'nor member-countries',
      `${placeOf(dir, en, line7, 'iom:promises')}: item 7: actions: "promises" is not an action kind; use one of ` +
        'commits, is-requested, is-instructed, offers, offers-to-host, proposes, finances, will-organize, ' +
        'will-submit, undertakes, intends, recommends-approval',
      `${placeOf(dir, en, line7, 'panama:commits')}: item 7: notActions: "panama:commits" is not found in the ` +
        'text; remove it from notActions',
    ]);
  });

  it('a followsUp that is malformed, missing, not earlier, or differs between the twins is reported', () => {
    const line2 = '<Item n="2" followsUp="2016/11/15:5 2015-01-01:1 2016-11-15:12">';
    const line7 = '<Item n="7" followsUp="2016-11-15:4">';
    const line2016 = '<Item n="3" followsUp="2017-11-27:5">';
    const dir = editedContent({
      'en/2017-11-27.mdx': [
        ['<Item n="2">', line2],
        ['<Item n="7">', line7],
      ],
      'es/2017-11-27.mdx': [['<Item n="2">', line2]],
      'en/2016-11-15.mdx': [['<Item n="3">', line2016]],
      'es/2016-11-15.mdx': [['<Item n="3">', line2016]],
    });
    const problems = checkContent(dir).problems.map(formatProblem);
    const at = (lang: Lang, file: string, line: string, word: string) => placeOf(dir, `${lang}/${file}`, line, word);
    const notEarlier = (lang: Lang) =>
      `${at(lang, '2016-11-15.mdx', line2016, '2017')}: item 3: followsUp: "2017-11-27:5": report 2017-11-27 ` +
      'is not earlier than this report (2016-11-15); an item follows up only earlier items';
    const bad = (lang: Lang) => [
      `${at(lang, '2017-11-27.mdx', line2, '2016/')}: item 2: followsUp: "2016/11/15:5": not written ` +
        'report:number or report:number#k, e.g. followsUp="2016-11-15:5" or "2016-11-15:2#3"',
      `${at(lang, '2017-11-27.mdx', line2, '2015')}: item 2: followsUp: "2015-01-01:1": there is no report ` +
        `2015-01-01 in ${lang}`,
      `${at(lang, '2017-11-27.mdx', line2, '2016-11-15:12')}: item 2: followsUp: "2016-11-15:12": report ` +
        '2016-11-15 has no item 12',
    ];
    // The twin that lacks the declaration has no word to point at: the problem is at its <Item>'s line.
    const esItem7 = at('es', '2017-11-27.mdx', '<Item n="7">', '<Item').replace(/:1$/, '');
    expect(problems).toEqual([
      notEarlier('en'),
      ...bad('en'),
      notEarlier('es'),
      ...bad('es'),
      `${esItem7}: item 7: followsUp: this file declares none and ` +
        `${relative(process.cwd(), join(dir, 'reports/en/2017-11-27.mdx'))} declares "2016-11-15:4"; ` +
        'both languages must declare the same follow-ups',
    ]);
  });
  it('a followsUp that covers no action, or that an earlier word already covers, is reported', () => {
    // Item 1 of 2016 only thanks the hosts: a follow-up of it would cover nothing. Item 3's whole-item word covers #1,
    // and item 2's covers #3 written before it (either order).
    const line7 = '<Item n="7" followsUp="2016-11-15:1 2016-11-15:3 2016-11-15:3#1 2016-11-15:2#3 2016-11-15:2">';
    const line9 = '<Item n="9" followsUp="2016-11-15:5#1 2016-11-15:5#1">';
    const edits: [string, string][] = [
      ['<Item n="7">', line7],
      ['<Item n="9">', line9],
    ];
    const dir = editedContent({ 'en/2017-11-27.mdx': edits, 'es/2017-11-27.mdx': edits });
    const problems = checkContent(dir).problems.map(formatProblem);
    const expected = (lang: Lang) => {
      const at = (line: string, word: string) => placeOf(dir, `${lang}/2017-11-27.mdx`, line, word);
      const second = at(line9, '2016').replace(/\d+$/, String(line9.lastIndexOf('2016') + 1));
      return [
        `${at(line7, '2016-11-15:1')}: item 7: followsUp: "2016-11-15:1": report 2016-11-15 item 1 has no actions, ` +
          'nor have its sub-items: a follow-up covers actions; drop it (an item that only returns to an earlier ' +
          'subject needs no followsUp)',
        `${at(line7, '2016-11-15:3#1')}: item 7: followsUp: "2016-11-15:3#1": covered by "2016-11-15:3" in the ` +
          'same followsUp; drop it',
        `${at(line7, '2016-11-15:2#3')}: item 7: followsUp: "2016-11-15:2#3": covered by "2016-11-15:2" in the ` +
          'same followsUp; drop it',
        `${second}: item 9: followsUp: "2016-11-15:5#1": covered by "2016-11-15:5#1" in the same followsUp; drop it`,
      ];
    };
    expect(problems).toEqual([...expected('en'), ...expected('es')]);
  });
});

describe('followsUp="report:number#k": one action of the item', () => {
  it("reads #k as the action's place in its item; #0, #x, #01 and a bare # are not references", () => {
    expect(parseItemReference('2016-11-15:2#3')).toEqual({ reportId: '2016-11-15', number: '2', action: 3 });
    expect(parseItemReference('2016-11-15:2.c#12')).toEqual({ reportId: '2016-11-15', number: '2.c', action: 12 });
    expect(parseItemReference('2016-11-15:2')).toEqual({ reportId: '2016-11-15', number: '2' });
    for (const word of ['2016-11-15:2#0', '2016-11-15:2#x', '2016-11-15:2#01', '2016-11-15:2#', '2016-11-15:#3'])
      expect(parseItemReference(word), word).toBeUndefined();
  });

  it('a reference covers the action it names, or every action of its item and sub-items', () => {
    const item2 = { reportId: '2016-11-15', number: '2' };
    expect([1, 2, 3].map((k) => referenceCovers({ ...item2, action: 3 }, item2, k))).toEqual([false, false, true]);
    expect([1, 2, 3].map((k) => referenceCovers(item2, item2, k))).toEqual([true, true, true]);
    const sub = { reportId: '2016-11-15', number: '2.a' };
    expect(referenceCovers(item2, sub, 1)).toBe(true);
    expect(referenceCovers({ ...item2, action: 1 }, sub, 1)).toBe(false);
    expect(referenceCovers(item2, { reportId: '2017-11-27', number: '2' }, 1)).toBe(false);
  });

  it("the seeds: 2.c follows up only Mexico's offer of 2016 item 2, and 5 only IOM's offer of item 5", () => {
    const archive = contentArchive();
    for (const lang of ['en', 'es'] as const) {
      const rows = (findReport(archive, lang, '2016-11-15')?.items ?? [])
        .filter((item) => item.number === '2' || item.number === '5')
        .flatMap((item) => item.actions)
        .map((action) => {
          const status = actionStatus(action, '2026-11-30', archive);
          const by = status.followUps.map((ref) => `${ref.reportId}:${ref.number}`).join(' ');
          return `${action.number}#${actionPlace(archive, action)} ${action.actors.join('+')} ${status.state} ${by}`;
        });
      expect(rows, lang).toEqual([
        '2#1 honduras+mexico open ',
        '2#2 technical-secretariat open ',
        '2#3 mexico followed-up 2017-11-27:2.c',
        '5#1 iom followed-up 2017-11-27:5',
        // Its deadline, the first semester of 2017, has passed with no follow-up.
        '5#2 united-states past-deadline ',
      ]);
    }
  });

  it('a declaration of the whole item still follows up every action of it', () => {
    const dir = editedContent(
      Object.fromEntries(
        (['en', 'es'] as const).map((lang) => [
          `${lang}/2017-11-27.mdx`,
          [['<Item n="2.c" followsUp="2016-11-15:2#3">', '<Item n="2.c" followsUp="2016-11-15:2">']],
        ]),
      ),
    );
    const archive = loadArchiveFromFiles(dir);
    for (const lang of ['en', 'es'] as const) {
      const item2 = findReport(archive, lang, '2016-11-15')?.items.find((item) => item.number === '2');
      expect(item2?.actions.length).toBe(3);
      for (const action of item2?.actions ?? [])
        expect(actionStatus(action, '2017-11-27', archive).state).toBe('followed-up');
    }
  });

  it("an action that is not there, #0 or #x is reported at its word, with the item's actions to choose from", () => {
    const line9 = '<Item n="9" followsUp="2016-11-15:5#3 2016-11-15:2#0 2016-11-15:1#1 2016-11-15:2#x">';
    const dir = editedContent({
      'en/2017-11-27.mdx': [['<Item n="9">', line9]],
      'es/2017-11-27.mdx': [['<Item n="9">', line9]],
    });
    const problems = checkContent(dir).problems.map(formatProblem);
    const at = (lang: Lang, word: string) => placeOf(dir, `${lang}/2017-11-27.mdx`, line9, word);
    const written = 'not written report:number or report:number#k, e.g. followsUp="2016-11-15:5" or "2016-11-15:2#3"';
    expect(problems).toEqual(
      (['en', 'es'] as const).flatMap((lang) => [
        `${at(lang, '2016-11-15:5#3')}: item 9: followsUp: "2016-11-15:5#3": report 2016-11-15 item 5 has no ` +
          'action #3; it has 2 actions: #1 iom offers, #2 united-states finances; write one of #1–#2, or drop "#3" ' +
          'to follow up every action of the item',
        `${at(lang, '2016-11-15:2#0')}: item 9: followsUp: "2016-11-15:2#0": ${written}`,
        `${at(lang, '2016-11-15:1#1')}: item 9: followsUp: "2016-11-15:1#1": report 2016-11-15 item 1 has no ` +
          'action #1; it has no actions; drop the word, or name an action of one of its sub-items ' +
          '(2016-11-15:1.a#1)',
        `${at(lang, '2016-11-15:2#x')}: item 9: followsUp: "2016-11-15:2#x": ${written}`,
      ]),
    );
  });
});

describe('status as of a date', () => {
  const action = (id: string, number: string, kind: string): Action => {
    const found = actionsOf('en', id).find((candidate) => candidate.number === number && candidate.kind === kind);
    if (!found) throw new Error(`no ${kind} action in ${id} item ${number}`);
    return found;
  };
  const state = (of: Action, asOf: string) => {
    const status = actionStatus(of, asOf, contentArchive());
    return [status.asOf, status.state, status.followUps.map((ref) => `${ref.reportId}:${ref.number}`).join(' ')];
  };

  it("the 2016 MICIC workshop offer: open until 2017's item 5 follows it up", () => {
    const offer = action('2016-11-15', '5', 'offers');
    expect(state(offer, '2016-11-15')).toEqual(['2016-11-15', 'open', '']);
    expect(state(offer, '2017-11-26')).toEqual(['2017-11-26', 'open', '']);
    expect(state(offer, '2017-11-27')).toEqual(['2017-11-27', 'followed-up', '2017-11-27:5']);
  });

  it("the Week of Labour Rights offer is followed up by 2017's item 2.c", () => {
    expect(state(action('2016-11-15', '2', 'offers'), '2026-11-30')).toEqual([
      '2026-11-30',
      'followed-up',
      '2017-11-27:2.c',
    ]);
  });

  it('past its deadline the day after the interval ends, when nothing follows it up', () => {
    const host = action('2016-11-15', '6', 'offers-to-host');
    expect(state(host, '2017-06-30')).toEqual(['2017-06-30', 'open', '']);
    expect(state(host, '2017-07-01')).toEqual(['2017-07-01', 'past-deadline', '']);
    const inputs = action('2017-11-27', '8', 'will-submit');
    expect(state(inputs, '2017-12-31')).toEqual(['2017-12-31', 'open', '']);
    expect(state(inputs, '2018-01-01')).toEqual(['2018-01-01', 'past-deadline', '']);
  });

  it('as of each later meeting and the build date', () => {
    const host = action('2016-11-15', '6', 'offers-to-host');
    expect(statusTimeline(host, contentArchive(), '2026-11-30').map((status) => [status.asOf, status.state])).toEqual([
      ['2017-11-27', 'past-deadline'],
      ['2026-11-30', 'past-deadline'],
    ]);
  });

  it('refuses a date that is not a calendar day, or is before the meeting', () => {
    const offer = action('2016-11-15', '5', 'offers');
    expect(() => actionStatus(offer, '2017-02-30', contentArchive())).toThrow(/not a calendar day written YYYY-MM-DD/);
    expect(() => actionStatus(offer, '2016-11-14', contentArchive())).toThrow(/before the action's meeting/);
  });
});

describe('suggested follow-ups', () => {
  it('none left once the seeds declare theirs', () => {
    expect(suggestFollowUps(contentArchive(), 'en')).toEqual([]);
  });

  it('without the declarations: the same actor and initiative at a later meeting', () => {
    const dir = editedContent(
      Object.fromEntries(
        (['en', 'es'] as const).map((lang) => [
          `${lang}/2017-11-27.mdx`,
          [
            ['<Item n="2.c" followsUp="2016-11-15:2#3">', '<Item n="2.c">'],
            ['<Item n="5" followsUp="2016-11-15:5#1">', '<Item n="5">'],
          ],
        ]),
      ),
    );
    const archive = loadArchiveFromFiles(dir);
    for (const lang of ['en', 'es'] as const) {
      const suggested = suggestFollowUps(archive, lang).map(
        ({ action, item }) =>
          `${action.reportId}:${action.number} ${action.actors.join('+')} ${action.kind} → ${item.reportId}:${item.number}`,
      );
      expect(suggested).toEqual([
        '2016-11-15:2 mexico offers → 2017-11-27:2.c',
        // A MICIC workshop, a MICIC course: both belong to MICIC.
        '2016-11-15:5 iom offers → 2017-11-27:5',
        '2016-11-15:5 iom offers → 2017-11-27:6',
      ]);
    }
  });
});
