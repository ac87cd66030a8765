import { z } from 'astro/zod';

/**
 * The open data export (`/data/`), version 1 (1.1.0 added `/data/actions.json`). Fields are only ever added in a
 * minor version; renaming or removing one makes a new major version published
 * beside the old. The JSON Schemas at `/data/schema/` are generated from these.
 */
export const DATA_VERSION = '1.1.0';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const bothLanguages = <T extends z.ZodType>(value: T) => z.strictObject({ en: value, es: value });

/** The entities an item mentions, by id (see /data/reports.json for names). */
const entities = z.strictObject({
  countries: z.array(z.string()),
  organizations: z.array(z.string()),
  initiatives: z.array(z.string()),
});

/** One item in `/data/items.json`. */
export const exportedItemSchema = z.strictObject({
  /** `{report}/{number}`, e.g. `2017-11-27/2.d`. */
  id: z.string(),
  /** The report id (meeting date). */
  report: z.string(),
  /** Official number as written in the report file, `2` or `2.d` (`4-2` for the second item printed 4). */
  number: z.string().regex(/^[1-9]\d*(-\d+)?(\.[a-z])?$/),
  /** The number of the item a sub-item belongs to, or null. */
  parent: z.string().nullable(),
  /** The item's plain text in each language (paragraphs separated by a blank line). */
  text: bothLanguages(z.string().min(1)),
  /** SHA-256 (hex) of each `text`, as UTF-8. */
  sha256: bothLanguages(sha256),
  /** Entities mentioned (the same in both languages). */
  entities,
  /** Permanent URLs: each language, and the language-neutral identifier. */
  urls: z.strictObject({ en: z.url(), es: z.url(), id: z.url() }),
});

/** One report in `/data/reports.json`. */
export const exportedReportSchema = z.strictObject({
  /** Report id, the meeting date (YYYY-MM-DD, `-2` for a second meeting that day). */
  id: z.string(),
  /** Meeting date. */
  date: z.iso.date(),
  /** Last day of a meeting over several days, or null. */
  endDate: z.iso.date().nullable(),
  /** ordinary, regular or extraordinary. */
  meetingKind: z.string(),
  /** in-person or virtual. */
  format: z.string(),
  /** Venue as the heading gives it, or null for a virtual meeting. */
  venue: z.strictObject({ city: z.string(), region: z.string().nullable(), country: z.string() }).nullable(),
  /** Country ids of the participants, as listed. */
  participants: z.array(z.string()),
  /** The report's title in each language. */
  title: bothLanguages(z.string()),
  /** Where each language's text comes from. */
  translation: bothLanguages(
    z.strictObject({
      status: z.enum(['original', 'translation']),
      from: z.string().nullable(),
      official: z.boolean().nullable(),
    }),
  ),
  /** The archived original document. */
  source: z.strictObject({ url: z.url(), lang: z.string(), sha256 }),
  /** Official numbers of its items, in order. */
  items: z.array(z.string()),
  /** Permanent URLs: each language, and the language-neutral identifier. */
  urls: z.strictObject({ en: z.url(), es: z.url(), id: z.url() }),
});

/** `/data/items.json`. */
export const itemsFileSchema = z.strictObject({
  /** Version of this format. */
  version: z.literal(DATA_VERSION),
  /** Every item of every report, oldest meeting first. */
  items: z.array(exportedItemSchema),
});

/** `/data/reports.json`. */
export const reportsFileSchema = z.strictObject({
  /** Version of this format. */
  version: z.literal(DATA_VERSION),
  /** Every report, oldest first. */
  reports: z.array(exportedReportSchema),
});

/** Words of an item in each language; Spanish `null` when its text gives no matching action (`npm run check` warns). */
const wordsInBoth = z.strictObject({ en: z.string().min(1), es: z.string().min(1).nullable() });

/** An item of the archive, by id and permanent URLs. */
const itemReference = z.strictObject({
  /** `{report}/{number}`, e.g. `2017-11-27/5`. */
  id: z.string(),
  /** Permanent URLs: each language, and the language-neutral identifier. */
  urls: z.strictObject({ en: z.url(), es: z.url(), id: z.url() }),
});

/** One action in `/data/actions.json` (src/lib/actions.ts, docs/actions.md). */
export const exportedActionSchema = z.strictObject({
  /** `{report}/{number}/{index}`: the item's id and the action's place among its actions: `2017-11-27/2.d/1`. */
  id: z.string(),
  /** The report id (meeting date). */
  report: z.string(),
  /** The item's official number. */
  number: z.string(),
  /** Who must act: country or organization ids, `member-countries`, or the network's own id; with their names. */
  actors: z.array(z.strictObject({ id: z.string(), name: bothLanguages(z.string()) })),
  /** What they do: one of `commits`, `is-requested`, `offers`, … (`ACTION_KINDS` in src/lib/actions.ts). */
  kind: z.string(),
  /** Who asked for it, when the item says (ids), else empty. */
  requestedBy: z.array(z.string()),
  /** The initiatives it is about (ids), and the item's sentence that states it, verbatim, in each language. */
  subject: z.strictObject({ initiatives: z.array(z.string()), words: wordsInBoth }),
  /** By when: the words as stated in each language, and the days allowed (ISO 8601 interval, both ends included). */
  deadline: z.strictObject({ stated: wordsInBoth, interval: z.string() }).nullable(),
  /** What it waits for: the words in each language, and who must act first (ids). */
  condition: z.strictObject({ stated: wordsInBoth, by: z.array(z.string()) }).nullable(),
  /** Status on `status.asOf` (the build's status date): `open`, `followed-up` or `past-deadline`. */
  status: z.strictObject({ state: z.enum(['open', 'followed-up', 'past-deadline']), asOf: z.iso.date() }),
  /** The later items (published by `status.asOf`) that follow the action up, oldest first. */
  followUps: z.array(itemReference),
  /** The item's permanent URLs: each language, and the language-neutral identifier. */
  urls: z.strictObject({ en: z.url(), es: z.url(), id: z.url() }),
});

/** `/data/actions.json`. */
export const actionsFileSchema = z.strictObject({
  /** Version of this format. */
  version: z.literal(DATA_VERSION),
  /** Every action of every item, oldest meeting first, in item order. */
  actions: z.array(exportedActionSchema),
});

/**
 * What `/data/items.csv` starts with: the UTF-8 byte order mark (U+FEFF, bytes EF BB BF). Excel reads a CSV without
 * one in the computer's legacy code page (Windows-1252 in the Americas), so "Panamá" would show as "PanamÃ¡"; with it,
 * as UTF-8. LibreOffice's import dialog selects UTF-8 from it, and the usual CSV readers skip it (Python's
 * `encoding='utf-8-sig'`, pandas, R's readr, Papa Parse, csv-parse with `bom: true`). RFC 4180 neither requires nor
 * forbids it (RFC 3629 §6 allows it as an encoding signature).
 *
 * @example readFileSync('dist/data/items.csv', 'utf8').startsWith(CSV_BOM) // true
 */
export const CSV_BOM = '\uFEFF';

/** Columns of `/data/items.csv`, in order, after the byte order mark `CSV_BOM` (RFC 4180; lists joined with `;`). */
export const ITEMS_CSV_COLUMNS = [
  'id',
  'report',
  'number',
  'parent',
  'text_en',
  'text_es',
  'sha256_en',
  'sha256_es',
  'countries',
  'organizations',
  'initiatives',
  'url_en',
  'url_es',
  'url_id',
] as const;

/**
 * Columns of `/data/actions.csv`, in order, after `CSV_BOM` (RFC 4180; lists joined with `;`): one row per action of
 * `/data/actions.json`, its fields flattened (`deadline_en` is `deadline.stated.en`).
 */
export const ACTIONS_CSV_COLUMNS = [
  'id',
  'report',
  'number',
  'actors',
  'actor_names_en',
  'actor_names_es',
  'kind',
  'requested_by',
  'initiatives',
  'words_en',
  'words_es',
  'deadline_en',
  'deadline_es',
  'deadline_interval',
  'condition_en',
  'condition_es',
  'condition_by',
  'status',
  'status_as_of',
  'follow_ups',
  'url_en',
  'url_es',
  'url_id',
] as const;
