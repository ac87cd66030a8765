/**
 * Actions as open data (issue 22, parts 4 and 5): /data/actions.json against its published JSON Schema (ajv, JSON
 * Schema 2020-12 as zod writes it),
 * actions.csv read by csv-parse, the iCalendar files read by ical.js (Mozilla's parser), their media type in every
 * host file, and the "Open actions" page of each language. Every expectation comes from the actions module over the
 * content (`ReportItem.actions`, `actionStatus`), plus a few literal rows for the seed actions tests/actions.test.ts
 * pins.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { intervalEnd } from '../src/lib/action-deadlines.ts';
import { actionUid, statusDate, statusText } from '../src/lib/action-data.ts';
import { actorName } from '../src/lib/present.ts';
import { actionStatus } from '../src/lib/action-status.ts';
import { twinKey } from '../src/lib/actions.ts';
import { findReport, reportsIn } from '../src/lib/archive.ts';
import { formatDate } from '../src/lib/dates.ts';
import { contentType, hostRules } from '../src/lib/hosting.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';
import { actionsCalendarPath, itemPath, pagePath } from '../src/lib/urls.ts';
import { ACTIONS_CSV_COLUMNS, actionsFileSchema } from '../src/schemas/data-export.ts';
import {
  buildSite,
  contentArchive,
  page,
  pageExists,
  requireBuild,
  scratchDir,
  select,
  selectAll,
  SITE_DIR,
  textOf,
} from './helpers.ts';

requireBuild();

const LANGS = ['en', 'es'] as const;
const read = (path: string) => readFileSync(`${SITE_DIR}${path}`, 'utf8');
const exported = () => actionsFileSchema.parse(JSON.parse(read('/data/actions.json'))).actions;
const asOf = () => statusDate(contentArchive());

/** Every English action of the content, with its Spanish twin's words, as the module gives them. */
function expectedActions() {
  const archive = contentArchive();
  return reportsIn(archive, 'en').flatMap((report) =>
    report.items.flatMap((item) => {
      const spanish = findReport(archive, 'es', report.id)?.items.find((twin) => twin.number === item.number);
      return item.actions.map((action, index) => ({
        action,
        id: `${report.id}/${item.number}/${index + 1}`,
        twin: spanish?.actions.find((candidate) => twinKey(candidate) === twinKey(action)),
        status: actionStatus(action, asOf(), archive),
      }));
    }),
  );
}

describe('/data/actions.json', () => {
  it('validates against its published JSON Schema (ajv), generated from the same definition as the others', () => {
    const schema = JSON.parse(read('/data/schema/actions.v1.json')) as Record<string, unknown>;
    expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(actionsFileSchema))));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const data: unknown = JSON.parse(read('/data/actions.json'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(data as object), actions: [{ id: 'x' }] })).toBe(false);
  });

  it('has every action of both seed reports, in both languages, with its status as of the status date', () => {
    const expected = expectedActions();
    expect(expected.length).toBeGreaterThan(25);
    expect(
      exported().map((record) => [
        record.id,
        record.actors.map((actor) => actor.id),
        record.kind,
        record.requestedBy,
        record.subject,
        record.deadline,
        record.condition,
        record.status,
        record.followUps.map((item) => item.id),
        record.urls.en,
      ]),
    ).toEqual(
      expected.map(({ action, id, twin, status }) => [
        id,
        action.actors,
        action.kind,
        action.requestedBy ?? [],
        { initiatives: action.subject.initiatives, words: { en: action.subject.words, es: twin?.subject.words } },
        action.deadline
          ? { stated: { en: action.deadline.stated, es: twin?.deadline?.stated }, interval: action.deadline.interval }
          : null,
        action.condition
          ? { stated: { en: action.condition.stated, es: twin?.condition?.stated }, by: action.condition.by }
          : null,
        { state: status.state, asOf: asOf() },
        status.followUps.map((ref) => `${ref.reportId}/${ref.number}`),
        `${SITE}${pagePath('en', itemPath(action.reportId, action.number))}`,
      ]),
    );
  });

  it('pins the seed actions tests/actions.test.ts pins, as literal rows', () => {
    const byId = new Map(exported().map((record) => [record.id, record]));
    expect(asOf()).toBe('2026-11-30');
    expect(byId.get('2016-11-15/5/1')).toMatchObject({
      actors: [{ id: 'iom', name: { en: 'International Organization for Migration (IOM)' } }],
      kind: 'offers',
      status: { state: 'followed-up', asOf: '2026-11-30' },
      followUps: [{ id: '2017-11-27/5', urls: { es: `${SITE}/es/reports/2017-11-27/items/5/` } }],
    });
    // 2017 item 5 follows up IOM's offer only (followsUp="2016-11-15:5#1"): the financing is past its deadline.
    expect(byId.get('2016-11-15/5/2')).toMatchObject({
      actors: [{ id: 'united-states' }],
      kind: 'finances',
      status: { state: 'past-deadline', asOf: '2026-11-30' },
      followUps: [],
    });
    // 2017 item 2.c follows up Mexico's offer to report only (followsUp="2016-11-15:2#3").
    expect(byId.get('2016-11-15/2/1')).toMatchObject({
      kind: 'offers-to-host',
      status: { state: 'open' },
      followUps: [],
    });
    expect(byId.get('2016-11-15/2/2')).toMatchObject({
      kind: 'is-requested',
      status: { state: 'open' },
      followUps: [],
    });
    expect(byId.get('2016-11-15/2/3')).toMatchObject({
      actors: [{ id: 'mexico' }],
      status: { state: 'followed-up' },
      followUps: [{ id: '2017-11-27/2.c' }],
    });
    expect(byId.get('2016-11-15/6/1')).toMatchObject({
      actors: [{ id: 'costa-rica' }],
      kind: 'offers-to-host',
      deadline: {
        stated: { en: 'during the first semester of 2017', es: 'durante el primer semestre de 2017' },
        interval: '2017-01-01/2017-06-30',
      },
      condition: {
        stated: { es: 'pendiente de la aprobación de los Viceministros' },
        by: ['vice-ministerial-meeting'],
      },
      status: { state: 'past-deadline' },
      followUps: [],
    });
    const submit = exported().find(
      (record) => record.report === '2017-11-27' && record.number === '8' && record.kind === 'will-submit',
    );
    expect(submit).toMatchObject({
      actors: [{ id: 'member-countries', name: { en: 'RCM Member Countries', es: 'Países Miembros de la CRM' } }],
      deadline: { stated: { en: 'before the end of 2017', es: 'antes de que finalice 2017' } },
      urls: { id: `${SITE}/id/2017-11-27/8/` },
    });
  });
});

describe('/data/actions.csv', () => {
  it('has the documented columns and one row per action of actions.json (RFC 4180, read by csv-parse)', () => {
    const rows = parse(read('/data/actions.csv'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...ACTIONS_CSV_COLUMNS]);
    const column = (name: (typeof ACTIONS_CSV_COLUMNS)[number]) => ACTIONS_CSV_COLUMNS.indexOf(name);
    expect(
      rows
        .slice(1)
        .map((row) =>
          [
            'id',
            'actors',
            'kind',
            'words_en',
            'words_es',
            'deadline_es',
            'deadline_interval',
            'condition_en',
            'status',
          ].map((name) => row[column(name as (typeof ACTIONS_CSV_COLUMNS)[number])]),
        ),
    ).toEqual(
      exported().map((record) => [
        record.id,
        record.actors.map((actor) => actor.id).join(';'),
        record.kind,
        record.subject.words.en,
        record.subject.words.es,
        record.deadline?.stated.es ?? '',
        record.deadline?.interval ?? '',
        record.condition?.stated.en ?? '',
        record.status.state,
      ]),
    );
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The VEVENTs of a language's calendar, as ical.js reads them. */
function events(lang: 'en' | 'es') {
  const calendar = new ICAL.Component(ICAL.parse(read(actionsCalendarPath(lang))));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
    const end = event.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      allDay: start.isDate && end.isDate,
      start: start.toString(),
      end: end.toString(),
      stamp: (event.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toString(),
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
      url: String(event.getFirstPropertyValue('url')),
    };
  });
}

describe.each(LANGS)('/data/actions.%s.ics', (lang) => {
  it('is RFC 5545 text (read by ical.js), every line ended by CRLF and at most 75 octets', () => {
    const text = read(actionsCalendarPath(lang));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.includes('\n') || Buffer.byteLength(line) > 75)).toEqual([]);
    expect(new ICAL.Component(ICAL.parse(text)).name).toBe('vcalendar');
  });

  it('has one all-day event on the last day of every deadline, with its stable UID, summary, words and URL', () => {
    const t = useTranslations(lang);
    const archive = contentArchive();
    const withDeadline = exported().filter((record) => record.deadline !== null);
    expect(withDeadline.length).toBeGreaterThan(5);
    const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(events(lang)).toEqual(
      withDeadline.map((record) => {
        const last = intervalEnd(record.deadline?.interval ?? '');
        const actors = record.actors.map((actor) => actorName(archive, actor.id, lang)).join(', ');
        // The kind agrees with who must act: several actors, or the Member Countries as a whole, are plural.
        const plural = record.actors.length > 1 || record.actors[0]?.id === 'member-countries';
        const kind = t(`actions.${plural ? 'kinds' : 'kind'}.${record.kind as 'offers'}`);
        return {
          uid: actionUid(record, lang, SITE),
          allDay: true,
          start: last,
          end: dayAfter(last),
          stamp: `${asOf()}T00:00:00Z`,
          summary: expect.stringMatching(new RegExp(`^${escapeRegExp(`${actors}: ${kind} — `)}.+`)) as string,
          description: expect.stringContaining(
            `${record.deadline?.stated[lang]} (${record.deadline?.interval})`,
          ) as string,
          url: record.urls[lang],
        };
      }),
    );
    for (const [event, record] of events(lang).map((event, index) => [event, withDeadline[index]] as const)) {
      expect(event.description).toContain(record?.subject.words[lang]);
      if (record?.condition) expect(event.description).toContain(record.condition.stated[lang]);
      expect(event.description).toContain(statusText(record!.status, lang));
    }
    expect(new Set(events(lang).map((event) => event.uid)).size).toBe(withDeadline.length);
  });
});

describe('calendar UIDs (RFC 5545 §3.8.4.7): from the report, item and action, one per language', () => {
  it('are the literal ids a subscriber already holds, and no event of one language has the UID of the other', () => {
    expect(events('en').find((event) => event.uid.startsWith('2017-11-27-7.a-'))?.uid).toBe(
      '2017-11-27-7.a-2-en@localhost',
    );
    expect(events('es').find((event) => event.uid.startsWith('2017-11-27-8-'))?.uid).toBe(
      '2017-11-27-8-2-es@localhost',
    );
    const spanish = new Set(events('es').map((event) => event.uid));
    expect(events('en').filter((event) => spanish.has(event.uid))).toEqual([]);
  });
});

describe('the calendars are served as text/calendar; charset=utf-8 by every host', () => {
  it('preview server and nginx (contentType, the types block), Netlify and Cloudflare (_headers)', () => {
    for (const lang of LANGS)
      expect(contentType(hostRules([]), actionsCalendarPath(lang))).toBe('text/calendar; charset=utf-8');
    const nginx = read('/_nginx.conf');
    expect(nginx).toMatch(/^ {2}text\/calendar ics;$/m);
    expect(nginx).toMatch(/^charset_types .*\btext\/calendar\b.*;$/m);
    const headers = read('/_headers');
    for (const lang of LANGS)
      expect(headers).toContain(`${actionsCalendarPath(lang)}\n  Content-Type: text/calendar; charset=utf-8\n`);
  });
});

describe.each(LANGS)('the open actions page, /%s/actions/', (lang) => {
  const url = `/${lang}/actions/`;

  it('lists exactly the actions not followed up, grouped by actor, each linking its item page', () => {
    const open = exported().filter((record) => record.status.state !== 'followed-up');
    expect(open.length).toBeGreaterThan(5);
    expect(open.length).toBeLessThan(exported().length);
    const tree = page(url);
    const groups = selectAll('section.actions-group', tree).map((section) => {
      const heading = select('h2', section);
      return [
        heading?.properties['id'],
        selectAll('li[data-action]', section).map((li) => [
          li.properties['dataAction'],
          select('a', li)?.properties['href'],
        ]),
      ];
    });
    const actors = [...new Set(open.flatMap((record) => record.actors.map((actor) => actor.id)))];
    expect(new Set(groups.map(([id]) => id))).toEqual(new Set(actors.map((id) => `actor-${id}`)));
    for (const actor of actors)
      expect(groups.find(([id]) => id === `actor-${actor}`)?.[1], actor).toEqual(
        open
          .filter((record) => record.actors.some((candidate) => candidate.id === actor))
          .map((record) => [record.id, pagePath(lang, itemPath(record.report, record.number))]),
      );
    for (const [, links] of groups)
      for (const [, href] of links as [string, string][]) expect(pageExists(href), href).toBe(true);
  });

  it('under an actor’s heading, an entry names its actors only when others act too, so its verb agrees', () => {
    const open = exported().filter((record) => record.status.state !== 'followed-up');
    const shared = open.filter((record) => record.actors.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const li of selectAll('section.actions-group li[data-action]', page(url))) {
      const record = open.find((candidate) => candidate.id === li.properties['dataAction']);
      const named = select('.action-list__actors', li);
      const names = record?.actors.map((actor) => actor.name[lang]).join(', ');
      expect(named ? textOf({ type: 'root', children: [named] }, 'strong') : undefined, record?.id).toBe(
        record && record.actors.length > 1 ? names : undefined,
      );
    }
  });

  it('says once, above the lists, the date its statuses are for; each entry gives its status without it', () => {
    const t = useTranslations(lang);
    const date = formatDate(asOf(), lang);
    expect(textOf(page(url), '.actions-as-of')).toBe(t('actions.asOf', { date }));
    expect(textOf(page(url), 'main')?.split(date)).toHaveLength(2);
    const states = new Set(['open', 'past-deadline'].map((state) => t(`actions.state.${state as 'open'}`)));
    const statuses = selectAll('li[data-action] .action-list__status', page(url)).map((dd) =>
      textOf({ type: 'root', children: [dd] }, 'dd'),
    );
    expect(statuses.length).toBe(selectAll('li[data-action]', page(url)).length);
    expect(statuses.filter((text) => !states.has(text ?? ''))).toEqual([]);
  });

  it('filters without JavaScript: anchor links to each actor group and, by initiative, to each action', () => {
    const tree = page(url);
    // The only script is the site's own (copy buttons and the search dialog's opener, on every page): the filters
    // are links.
    expect(
      selectAll('script', tree).filter(
        (script) =>
          !script.properties['type']?.toString().includes('json') &&
          !String(script.properties['src']).includes('/_astro/CopyScript.astro_astro_type_script'),
      ),
    ).toEqual([]);
    const ids = new Set(selectAll('[id]', tree).map((node) => node.properties['id']));
    const anchors = selectAll('nav.actions-filter a', tree).map((a) => String(a.properties['href']));
    expect(anchors.length).toBeGreaterThan(5);
    for (const anchor of anchors) expect(ids.has(anchor.slice(1)), anchor).toBe(true);
  });

  it('links the JSON, CSV and calendar feeds, and is linked from home and the reports index', () => {
    const hrefs = (path: string) => selectAll('a', page(path)).map((a) => a.properties['href']);
    expect(hrefs(url)).toEqual(
      expect.arrayContaining(['/data/actions.json', '/data/actions.csv', actionsCalendarPath(lang)]),
    );
    expect(hrefs(`/${lang}/`)).toContain(url);
    expect(hrefs(`/${lang}/reports/`)).toContain(url);
  });
});

describe('statusDate: the day statuses are computed for, with no build clock', () => {
  it('is the latest publication day, or the day SOURCE_DATE_EPOCH gives; a bad value is a clear error', () => {
    const archive = contentArchive();
    expect(statusDate(archive, {})).toBe('2026-11-30');
    expect(statusDate(archive, { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 15) / 1000) })).toBe('2027-01-15');
    expect(() => statusDate(archive, { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(
      'SOURCE_DATE_EPOCH="yesterday": write the build\'s date as seconds since 1970 (date +%s)',
    );
    expect(() => statusDate(archive, { SOURCE_DATE_EPOCH: '253402300800' })).toThrow(
      "SOURCE_DATE_EPOCH=253402300800 is after the year 9999: write the build's date (date +%s)",
    );
    expect(() => statusDate(archive, { SOURCE_DATE_EPOCH: '0' })).toThrow(
      /^SOURCE_DATE_EPOCH=0 is 1970-01-01, before the archive's latest meeting \(2017-11-27\)/,
    );
  });
  it('stops a build before any page with one line, and leaves the previous output as it was', () => {
    // Checked once before Astro: each page that shows a status used to fail with its own stack trace (hundreds).
    // A previous build (its home page and asset folder), which the build would otherwise replace.
    const out = join(scratchDir('bad-epoch-'), 'site');
    mkdirSync(join(out, '_astro'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    // One value: the others are statusDate's (above); each attempt is one more build in the suite's count.
    const run = buildSite(['--out', out], { ...process.env, SOURCE_DATE_EPOCH: '1.5e9', NO_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'error: SOURCE_DATE_EPOCH="1.5e9": write the build\'s date as seconds since 1970 (date +%s)',
    ]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });
});
