/**
 * Files written next to the built pages: the open data export with its JSON Schemas, an Atom feed per
 * language, robots.txt, and the host files (`_headers`, `_redirects`, `_nginx.conf`, the 404 page's
 * script; src/lib/hosting.ts). All from the archive, at build time. The citation downloads are no files: each page
 * carries its own as `data:` links (`citationDownload` in citation.ts; docs/architecture.md, "Citation downloads").
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  actionsFileSchema,
  DATA_VERSION,
  ITEMS_CSV_COLUMNS,
  itemsFileSchema,
  reportsFileSchema,
} from '../schemas/data-export.ts';
import { LANGS, type Lang } from '../schemas/index.ts';
import { type Archive, findReport, type Report, reportsIn } from './archive.ts';
import { actionRecords, actionsCalendar, actionsCsv, actionsFile, statusDate } from './action-data.ts';
import { csvFile } from './csv.ts';
import { type FileToWrite, writeFiles } from './file-writer.ts';
import { textHash } from './citation.ts';
import { escapeHtml } from './html.ts';
import { useTranslations } from './i18n.ts';
import {
  HOST_FILES,
  headersFile,
  hostRules,
  nginxConf,
  ADDRESS_SCRIPT,
  addressScript,
  redirectsFile,
} from './hosting.ts';
import { organizationName, reportTitle, venueText } from './present.ts';
import {
  absoluteUrl,
  actionsCalendarPath,
  feedPath,
  identifierPath,
  itemPath,
  pagePath,
  reportPath,
  sourcePath,
} from './urls.ts';

/** Writes every export into a built site folder; returns how many files were written. */
export function writeExports(archive: Archive, siteDir: string, site: string): Promise<number> {
  function* files(): Generator<FileToWrite> {
    for (const [path, content] of exportFiles(archive, site)) yield [join(siteDir, path), content];
  }
  return writeFiles(files());
}

/**
 * The export at a site path (`/data/items.csv`, `/en/feed.xml`), or `undefined` when the path is no export. For
 * `astro dev`, which runs no build hooks; the build writes the same files. A page request is no export path, so it
 * costs a few string comparisons.
 * @example exportAt(archive, site, '/robots.txt') // 'User-agent: *\nAllow: /\n…'
 */
export function exportAt(archive: Archive, site: string, path: string): string | undefined {
  if (!isDataPath(path)) return undefined;
  for (const [exportPath, content] of dataFiles(archive, site)) if (exportPath === path) return content;
  return undefined;
}

/** Whether a path is one of the exports (those `dataFiles` makes). */
function isDataPath(path: string): boolean {
  return (
    path.startsWith('/data/') ||
    LANGS.some((lang) => feedPath(lang) === path) ||
    path === '/robots.txt' ||
    path === ADDRESS_SCRIPT
  );
}

/**
 * Every export as `[site path, content]`, made one at a time as the caller asks.
 *
 * @example exportFiles(archive, site).next().value // ['/data/items.json', '{\n  "version": "1.1.0", …']
 */
export function* exportFiles(archive: Archive, site: string): Generator<[path: string, content: string]> {
  yield* dataFiles(archive, site);
  const host = hostRules(archive.changes);
  yield [HOST_FILES.headers, headersFile(host)];
  yield [HOST_FILES.redirects, redirectsFile(host)];
  yield [HOST_FILES.nginx, nginxConf(host)];
}

/**
 * The open data (with its JSON Schemas; the actions with a calendar of deadlines per language), the feeds, the 404
 * page's script and robots.txt.
 */
function* dataFiles(archive: Archive, site: string): Generator<[path: string, content: string]> {
  const items = exportedItems(archive, site);
  yield ['/data/items.json', json(itemsFileSchema.parse(items))];
  yield ['/data/items.csv', itemsCsv(items.items)];
  yield ['/data/reports.json', json(reportsFileSchema.parse(exportedReports(archive, site)))];
  yield* actionFiles(archive, site);
  yield [`/data/schema/items.v${DATA_VERSION.split('.')[0]}.json`, json(z.toJSONSchema(itemsFileSchema))];
  yield [`/data/schema/reports.v${DATA_VERSION.split('.')[0]}.json`, json(z.toJSONSchema(reportsFileSchema))];
  yield [`/data/schema/actions.v${DATA_VERSION.split('.')[0]}.json`, json(z.toJSONSchema(actionsFileSchema))];
  for (const lang of LANGS) yield [feedPath(lang), atomFeed(archive, lang, site)];
  yield [ADDRESS_SCRIPT, addressScript()];
  yield ['/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`];
}

/** The actions (src/lib/action-data.ts), with their status as of `statusDate`: JSON, CSV, a calendar per language. */
function* actionFiles(archive: Archive, site: string): Generator<[path: string, content: string]> {
  const records = actionRecords(archive, site, statusDate(archive));
  yield ['/data/actions.json', json(actionsFileSchema.parse(actionsFile(records)))];
  yield ['/data/actions.csv', actionsCsv(records)];
  for (const lang of LANGS) yield [actionsCalendarPath(lang), actionsCalendar(archive, records, lang, site)];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Both language texts of a report, the English one defining the order. */
function twins(archive: Archive, report: Report): Record<Lang, Report> {
  return { en: findReport(archive, 'en', report.id) ?? report, es: findReport(archive, 'es', report.id) ?? report };
}

function exportedItems(archive: Archive, site: string): z.input<typeof itemsFileSchema> {
  return {
    version: DATA_VERSION,
    items: reportsIn(archive, 'en').flatMap((report) => {
      const { en, es } = twins(archive, report);
      return en.items.map((item) => {
        const spanish = es.items.find((candidate) => candidate.number === item.number) ?? item;
        return {
          id: `${report.id}/${item.number}`,
          report: report.id,
          number: item.number,
          parent: item.parent ?? null,
          text: { en: item.text, es: spanish.text },
          sha256: { en: textHash(item.text), es: textHash(spanish.text) },
          entities: item.mentions,
          urls: {
            en: absoluteUrl(pagePath('en', itemPath(report.id, item.number)), site),
            es: absoluteUrl(pagePath('es', itemPath(report.id, item.number)), site),
            id: absoluteUrl(identifierPath(report.id, item.number), site),
          },
        };
      });
    }),
  };
}

function exportedReports(archive: Archive, site: string): z.input<typeof reportsFileSchema> {
  return {
    version: DATA_VERSION,
    reports: reportsIn(archive, 'en').map((report) => {
      const both = twins(archive, report);
      const { data } = report;
      const provenance = (lang: Lang) => {
        const translation = both[lang].data.translation;
        return translation.status === 'original'
          ? { status: 'original' as const, from: null, official: null }
          : { status: 'translation' as const, from: translation.from, official: translation.official };
      };
      return {
        id: report.id,
        date: data.date,
        endDate: data.endDate ?? null,
        meetingKind: data.meetingKind,
        format: data.format,
        venue: data.venue
          ? { city: data.venue.city, region: data.venue.region ?? null, country: data.venue.country.id }
          : null,
        participants: data.participants.map((participant) => participant.id),
        title: { en: both.en.data.title, es: both.es.data.title },
        translation: { en: provenance('en'), es: provenance('es') },
        source: {
          url: absoluteUrl(sourcePath(data.source.file), site),
          lang: data.source.lang,
          sha256: data.source.sha256,
        },
        items: report.items.map((item) => item.number),
        urls: {
          en: absoluteUrl(pagePath('en', reportPath(report.id)), site),
          es: absoluteUrl(pagePath('es', reportPath(report.id)), site),
          id: absoluteUrl(identifierPath(report.id), site),
        },
      };
    }),
  };
}

function itemsCsv(items: z.input<typeof itemsFileSchema>['items']): string {
  const rows = items.map((item) => [
    item.id,
    item.report,
    item.number,
    item.parent ?? '',
    item.text.en,
    item.text.es,
    item.sha256.en,
    item.sha256.es,
    item.entities.countries.join(';'),
    item.entities.organizations.join(';'),
    item.entities.initiatives.join(';'),
    item.urls.en,
    item.urls.es,
    item.urls.id,
  ]);
  return csvFile(ITEMS_CSV_COLUMNS, rows);
}

/**
 * A report text's feed dates, as RFC 3339 date-times (RFC 4287 §3.3): when the archive published it
 * (`published` in its file) and when it last corrected it (`updated`, else the same day).
 * Example: `{ published: '2026-11-30' }` → `{ published: '2026-11-30T00:00:00Z', updated: '2026-11-30T00:00:00Z' }`.
 */
export function feedDates(report: Report): { published: string; updated: string } {
  return {
    published: `${report.data.published}T00:00:00Z`,
    updated: `${report.data.updated ?? report.data.published}T00:00:00Z`,
  };
}

/**
 * A language's report texts in feed order: newest publication by the archive first, so a newly
 * added old meeting comes first; texts published the same day, latest meeting first.
 * Example: 2016-11-15 published 2026-12-05 and 2017-11-27 published 2026-11-30 → `[2016-11-15, 2017-11-27]`.
 */
export function feedOrder(archive: Archive, lang: Lang): Report[] {
  const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return [...reportsIn(archive, lang)].sort(
    (a, b) =>
      newestFirst(a.data.published, b.data.published) ||
      newestFirst(a.data.date, b.data.date) ||
      newestFirst(a.id, b.id),
  );
}

/**
 * An Atom feed (RFC 4287) of a language's reports in `feedOrder`, each dated by when the archive
 * published it (`feedDates`); the feed's `<updated>` is its latest entry's. Dates come from the
 * report files, so the feed is the same on every build. Its text is escaped by `escapeHtml`: XML's rules
 * for character data and quoted attribute values (XML 1.0 §2.4, §2.3) are met by the same five references.
 */
function atomFeed(archive: Archive, lang: Lang, site: string): string {
  const t = useTranslations(lang);
  const reports = feedOrder(archive, lang);
  const updated = reports
    .map((report) => feedDates(report).updated)
    .reduce((latest, date) => (date > latest ? date : latest), '1996-01-01T00:00:00Z');
  const entries = reports.map((report) => {
    const url = absoluteUrl(pagePath(lang, reportPath(report.id)), site);
    const summary = [
      venueText(archive, report, lang),
      `${report.items.length} ${t('reports.items').toLocaleLowerCase(lang)}`,
    ]
      .filter(Boolean)
      .join(' · ');
    return [
      '  <entry>',
      `    <id>${escapeHtml(url)}</id>`,
      `    <title>${escapeHtml(reportTitle(report, lang))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(url)}"/>`,
      `    <published>${feedDates(report).published}</published>`,
      `    <updated>${feedDates(report).updated}</updated>`,
      `    <author><name>${escapeHtml(organizationName(archive, report.data.network, lang))}</name></author>`,
      `    <summary>${escapeHtml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeHtml(absoluteUrl(feedPath(lang), site))}</id>`,
    `  <title>${escapeHtml(t('site.name'))}</title>`,
    `  <subtitle>${escapeHtml(t('site.tagline'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(absoluteUrl(feedPath(lang), site))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(absoluteUrl(pagePath(lang, 'reports/'), site))}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
