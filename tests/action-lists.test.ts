/**
 * The fold of an entity's actions (src/lib/action-lists.ts, issue 22 part 4) on the bench's synthetic archive, which
 * gives its busiest actors more actions than a page shows: each list shows the `ENTITY_ACTIONS_SHOWN` newest, says
 * how many there are, and leaves no newer action out; an action's history folds the later meetings at which it stayed
 * in one state into one step; the search records do not load the calendar writer. Without building a site.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { archiveActions, ENTITY_ACTIONS_SHOWN, entityActions, reportActions } from '../src/lib/action-lists.ts';
import { actionRecords, openAction, statusDate } from '../src/lib/action-data.ts';
import { actionStatus } from '../src/lib/action-status.ts';
import { type Archive, reportsIn } from '../src/lib/archive.ts';
import { formatDays } from '../src/lib/dates.ts';
import { followUpProblems } from '../src/lib/follow-ups.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { contentArchive, scratchDir } from './helpers.ts';

const SITE = 'https://example.org/';
let archive: Archive;

beforeAll(() => {
  const dir = scratchDir('action-corpus-');
  generateCorpus(dir, 24);
  archive = loadArchiveFromFiles(dir);
});

/** Every action of the English reports naming an actor, with its kind, from the items (not from the module). */
function actionsOf(actor: string) {
  return archive.reports
    .filter((report) => report.lang === 'en')
    .flatMap((report) => report.items.flatMap((item) => item.actions))
    .filter((action) => action.actors.includes(actor));
}

it('folds an entity’s actions at ENTITY_ACTIONS_SHOWN, newest meetings first, and counts them all', () => {
  const actors = [...archive.countries.keys(), ...archive.organizations.keys()];
  const busiest = actors.sort((a, b) => actionsOf(b).length - actionsOf(a).length)[0] ?? '';
  const all = actionsOf(busiest);
  const { asked, offered } = entityActions(archive, SITE, busiest, 'en');
  expect(asked.total + offered.total).toBe(all.length);
  const folded = [asked, offered].filter((list) => list.total > ENTITY_ACTIONS_SHOWN);
  expect(folded.length).toBeGreaterThan(0);
  for (const list of folded) {
    expect(list.shown).toHaveLength(ENTITY_ACTIONS_SHOWN);
    const shownMeetings = list.shown.map((action) => action.id.split('/')[0] ?? '');
    expect(shownMeetings).toEqual([...shownMeetings].sort().reverse());
    const oldestShown = shownMeetings.at(-1) ?? '';
    const kinds = new Set(list === asked ? ['is-requested', 'is-instructed'] : []);
    const newer = all.filter((action) => (list === asked) === kinds.has(action.kind) && action.reportId > oldestShown);
    expect(newer.length).toBeLessThanOrEqual(ENTITY_ACTIONS_SHOWN);
    for (const action of newer) expect(shownMeetings).toContain(action.reportId);
  }
});

it('folds the meetings at which an action stayed in one state into one step of its history, in order', () => {
  const meetings = reportsIn(archive, 'en').map((report) => report.data.date);
  const { asOf, records } = archiveActions(archive, SITE);
  const oldest = meetings[0] ?? '';
  const listed = reportActions(archive, SITE, oldest, 'en');
  expect(listed.length).toBeGreaterThan(0);
  for (const entry of listed) {
    const record = records.find((each) => each.id === entry.id)!;
    const action = archive.reports
      .find((report) => report.lang === 'en' && report.id === oldest)!
      .items.find((item) => item.number === record.number)!.actions[Number(entry.id.split('/')[2]) - 1]!;
    // The state at every later meeting, from the status module, folded here by hand: one step per change of state.
    const expected: string[] = [];
    let previous = '';
    for (const day of meetings.filter((each) => each > oldest && each <= asOf)) {
      const state = actionStatus(action, day, archive).state;
      if (state === previous) expected[expected.length - 1] = `${expected.at(-1)?.split('|')[0]}|${day}`;
      else expected.push(day);
      previous = state;
    }
    const words = expected.map((run) => {
      const [from = '', to] = run.split('|');
      return `${formatDays(from, to, 'en')}: ${actionStatus(action, from, archive).state.replace('-', ' ')}`;
    });
    expect(entry.history.map((step) => `${step.when}: ${step.state}`.replace(', no follow-up', ''))).toEqual(words);
  }
  // The corpus states no deadlines and no follow-ups: its actions stay open, one step over every later meeting.
  expect(listed.some((entry) => entry.history.some((step) => step.when.includes('–')))).toBe(true);
});

/** The packages a module loads, following its relative imports (read by TypeScript's own `preProcessFile`). */
function packagesLoadedBy(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
    if (!fileName.startsWith('.')) packages.add(fileName);
    else for (const name of packagesLoadedBy(resolve(dirname(file), fileName), seen)) packages.add(name);
  }
  return packages;
}

it('the search records name actors without loading the calendar writer (actorName lives in present.ts)', () => {
  const packages = packagesLoadedBy(resolve('src/lib/search-records.ts'));
  expect(packages.has('astro/zod')).toBe(true);
  expect(packages.has('ical-generator')).toBe(false);
  expect(packagesLoadedBy(resolve('src/lib/action-data.ts')).has('ical-generator')).toBe(true);
});

it('marks a deadline or condition shown in English on a Spanish page with its language, and only then', () => {
  const seeds = contentArchive();
  const record = actionRecords(seeds, SITE, statusDate(seeds, {})).find((each) => each.deadline !== null);
  expect(record).toBeDefined();
  if (!record?.deadline) return;
  // As the seeds read, both languages state the deadline: no attribute, the page's language.
  expect(openAction(seeds, record, 'es').statedLang).toBeUndefined();
  expect(openAction(seeds, record, 'en').statedLang).toBeUndefined();
  // A Spanish reading that differs (null): the English words stand in, marked as English.
  const differing = { ...record, deadline: { ...record.deadline, stated: { ...record.deadline.stated, es: null } } };
  const shown = openAction(seeds, differing, 'es');
  expect(shown.deadline).toBe(record.deadline.stated.en);
  expect(shown.statedLang).toBe('en');
});

it('advises dropping #k on a sub-item without actions, never naming a sub-item of a sub-item', () => {
  const english = reportsIn(archive, 'en');
  const target = english.find((report) =>
    report.items.some((item) => item.number.includes('.') && !item.actions.length),
  );
  const later = english.find((report) => target !== undefined && report.data.date > target.data.date);
  const sub = target?.items.find((item) => item.number.includes('.') && item.actions.length === 0);
  const first = later?.items[0];
  if (!target || !later || !sub || !first) throw new Error('the corpus has no sub-item without actions');
  const word = { value: `${target.id}:${sub.number}#1`, line: 1, column: 1 };
  const follower = { ...later, items: [{ ...first, corrections: { ...first.corrections, followsUp: [word] } }] };
  expect(followUpProblems([target, follower]).map((problem) => problem.message)).toEqual([
    `followsUp: "${word.value}": report ${target.id} item ${sub.number} has no action #1; it has no actions; ` +
      'drop the word',
  ]);
});
