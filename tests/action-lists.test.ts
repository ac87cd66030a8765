/**
 * The fold of an entity's actions (src/lib/action-lists.ts, issue 22 part 4) on the bench's synthetic archive, which
 * gives its busiest actors more actions than a page shows: each list shows the `ENTITY_ACTIONS_SHOWN` newest, says
 * how many there are, and leaves no newer action out. Without building a site.
 */
import { beforeAll, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { ENTITY_ACTIONS_SHOWN, entityActions } from '../src/lib/action-lists.ts';
import type { Archive } from '../src/lib/archive.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { scratchDir } from './helpers.ts';

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
