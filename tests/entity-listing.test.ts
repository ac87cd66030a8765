/**
 * What entity pages list (src/lib/entity-listing.ts, issue 21 part 1): each item once, by meeting, newest first, as
 * verbatim excerpts; role views only with their role; and the fold at the size the page states, checked on the bench's
 * synthetic archive (more meetings than the fold) without building a site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { type Archive, reportsAttendedBy } from '../src/lib/archive.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { ENTITY_MEETINGS_SHOWN, entityListing, entityRoles, excerpt, meetingLinks } from '../src/lib/entity-listing.ts';
import { contentArchive, scratchDir } from './helpers.ts';

describe('excerpt', () => {
  it('keeps a short text whole and says it is not cut', () => {
    expect(excerpt('To thank  Mexico\nfor its offer.', 160)).toEqual({
      text: 'To thank Mexico for its offer.',
      cut: false,
    });
  });

  it('cuts a long text at a word, never inside one, and says so', () => {
    const text = 'To request IOM to carry out a study on joint consulates among interested RCM Member Countries.';
    const { text: start, cut } = excerpt(text, 40);
    expect(cut).toBe(true);
    expect(start.length).toBeLessThanOrEqual(40);
    expect(text.startsWith(start)).toBe(true);
    expect(text[start.length]).toBe(' ');
  });
});

describe('entity listings of the seed archive', () => {
  const archive = contentArchive();
  const entities = (['countries', 'organizations'] as const).flatMap((kind) =>
    [...archive[kind].keys()].map((id) => ({ kind, id })),
  );

  it.for(entities)('$kind/$id: each item once, meetings newest first, excerpts verbatim', ({ kind, id }) => {
    for (const lang of ['en', 'es'] as const) {
      const listing = entityListing(archive, lang, kind, id);
      const hrefs = listing.meetings.flatMap((meeting) => meeting.items.map((entry) => entry.href));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      expect(hrefs.length).toBe(listing.totalItems);
      const dates = listing.meetings.map((meeting) => meeting.datetime);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set(dates).size).toBe(dates.length);
      for (const meeting of listing.meetings)
        for (const entry of meeting.items) expect(entry.href.startsWith(meeting.href)).toBe(true);
    }
  });

  it.for(entities)('$kind/$id: a role view lists exactly the items that give that role', ({ kind, id }) => {
    for (const lang of ['en', 'es'] as const) {
      const all = entityListing(archive, lang, kind, id);
      for (const role of entityRoles(archive, lang, kind, id)) {
        const view = entityListing(archive, lang, kind, id, { role });
        const entries = view.meetings.flatMap((meeting) => meeting.items);
        expect(entries.length).toBeGreaterThan(0);
        expect(entries.every((entry) => entry.roles.includes(role))).toBe(true);
        const expected = all.meetings.flatMap((meeting) => meeting.items).filter((entry) => entry.roles.includes(role));
        expect(entries.map((entry) => entry.href).sort()).toEqual(expected.map((entry) => entry.href).sort());
        expect(all.roles.find((each) => each.role === role)?.count).toBe(entries.length);
      }
    }
  });

  it('some entity has a role view (the tests above are not empty)', () => {
    expect(entities.some(({ kind, id }) => entityRoles(archive, 'en', kind, id).length > 1)).toBe(true);
  });

  it('an excerpt is the start of its item text, words untouched', () => {
    const texts = new Map(
      archive.reports.flatMap((report) => report.items.map((item) => [item.text.replace(/\s+/g, ' ').trim(), item])),
    );
    const entries = entityListing(archive, 'es', 'countries', 'mexico').meetings.flatMap((meeting) => meeting.items);
    expect(entries.some((entry) => entry.cut)).toBe(true);
    for (const entry of entries) expect([...texts.keys()].some((text) => text.startsWith(entry.excerpt))).toBe(true);
  });
});

describe('the fold at the stated size, on the bench corpus', () => {
  let archive: Archive;
  beforeAll(() => {
    const dir = scratchDir('entity-corpus-');
    generateCorpus(dir, ENTITY_MEETINGS_SHOWN * 2);
    archive = loadArchiveFromFiles(dir);
  });
  /** The country or organization in the most meetings: the one whose page folds. */
  const busiest = () =>
    (['countries', 'organizations'] as const)
      .flatMap((kind) => [...archive[kind].keys()].map((id) => entityListing(archive, 'en', kind, id)))
      .sort((a, b) => b.totalMeetings - a.totalMeetings)[0]!;

  it(`items: only the ${ENTITY_MEETINGS_SHOWN} most recent meetings, the total still counted`, () => {
    const listing = busiest();
    expect(listing.totalMeetings).toBeGreaterThan(ENTITY_MEETINGS_SHOWN);
    expect(listing.meetings).toHaveLength(ENTITY_MEETINGS_SHOWN);
    const dates = listing.meetings.map((meeting) => meeting.datetime);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it(`meetings attended: only the ${ENTITY_MEETINGS_SHOWN} most recent, the total still counted`, () => {
    const attended = reportsAttendedBy(archive, 'mexico', 'es');
    const list = meetingLinks(archive, 'es', attended);
    expect(list.total).toBe(attended.length);
    expect(list.total).toBeGreaterThan(ENTITY_MEETINGS_SHOWN);
    expect(list.meetings.map((meeting) => meeting.datetime)).toEqual(
      attended.slice(0, ENTITY_MEETINGS_SHOWN).map((report) => report.data.date),
    );
  });
});
