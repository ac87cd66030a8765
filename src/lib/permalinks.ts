/**
 * The permalink ledger: `content/permalinks.txt` lists every URL the archive
 * has published. A build whose site lacks one of them fails (with the URL
 * named) unless `content/changes.yaml` says it moved or was withdrawn; new URLs
 * enter the ledger only through `npm run permalinks`, as a diff a reviewer sees.
 * A URL leaves the ledger itself only by an entry of its history (`LEDGER_HISTORY`), which the ledger's header repeats.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { Change } from '../schemas/index.ts';
import { LANGS } from '../schemas/index.ts';
import { defaultContentDir } from './content-dir.ts';
import type { Problem } from './problems.ts';
import type { Archive } from './archive.ts';
import { ROLES } from './roles.ts';
import { identifierOfPath, identifierPath, itemPath, pagePath, reportPath } from './urls.ts';

/** Where the ledger lives: with the content it promises to keep. */
export function ledgerFile(): string {
  return `${defaultContentDir()}/permalinks.txt`;
}

/** Built files that are not addresses anyone cites: hashed assets, the search index, host configuration. */
const NOT_PERMALINKS = [
  /^\/_astro\//,
  /^\/pagefind\//,
  /^\/scripts\//,
  // The meetings of each year the search page reads a cited reference against (meetingsDataPath): rewritten by every
  // build.
  /^\/search\//,
  // An entity's role views (entityRolePath, `/en/countries/panama/offered/`) are filters of its page, not records: a
  // view goes when a correction takes the last item of that role away. The entity's page is the address to cite.
  new RegExp(`^/[a-z]{2}/(countries|organizations)/[^/]+/(${ROLES.join('|')})/index\\.html$`),
  // A meeting's actions page (reportActionsPath, `/en/reports/2017-11-27/actions/`) is a list derived from the text,
  // with statuses that change with every later meeting: the report and its items are the addresses to cite.
  /^\/[a-z]{2}\/reports\/[^/]+\/actions\/index\.html$/,
  /^\/_[^/]*$/,
  /^\/404\.html$/,
  /^\/favicon\.svg$/,
];

/**
 * URLs that left the ledger, all at once, with the day and why: `urls` matches every one of them and `count` says how
 * many there were, so that the history says exactly what left (`ledgerHistoryProblems`).
 */
export interface LedgerDeparture {
  /** The day they left, YYYY-MM-DD. */
  date: string;
  /** Matches every URL that left by this entry, and no URL the site publishes. */
  urls: RegExp;
  /** How many URLs left by this entry. */
  count: number;
  /** Why, in a sentence or two (written into the ledger's header). */
  reason: string;
}

/**
 * The ledger's history: the only URLs ever taken out of `content/permalinks.txt`. Never edit a past entry; a URL that
 * was published at a production origin is never taken out (declare it in `content/changes.yaml` instead).
 * @example LEDGER_HISTORY[0]?.urls.test('/en/reports/2017-11-27/items/2/d/cite.bib') // true
 */
export const LEDGER_HISTORY: readonly LedgerDeparture[] = [
  {
    date: '2026-11-30',
    urls: /^\/(?:en|es)\/reports\/[^/]+\/(?:items\/[^/]+\/(?:[a-z]\/)?)?cite\.(?:bib|ris|json)$/,
    count: 186,
    reason:
      'the citation downloads beside every report and item page (cite.bib, cite.ris, cite.json) became ' +
      'data: links on the page itself (issue 23: three files per page were over half the files of the site). ' +
      'The archive had no production origin yet, so these URLs were never published; done once, before the first ' +
      'release.',
  },
  {
    date: '2026-11-30',
    urls: /^\/(?:en|es)\/(?:countries|organizations)\/[^/]+\/(?:thanked|offered|hosts|committed|asked|requested)\/$/,
    count: 54,
    reason:
      "an entity's role views (/en/countries/panama/offered/), added the same day, are filters of the entity's page " +
      'and go when a correction takes the last item of that role away, so they are no permanent addresses: the ' +
      "entity's page is. They were never published at a production origin.",
  },
];

const HEADER = [
  '# Every URL this archive has published. Never remove a line: a URL that disappears',
  '# fails the build unless content/changes.yaml says it moved or was withdrawn.',
  '# New URLs are added with `npm run permalinks` after `npm run build`.',
  '# History (LEDGER_HISTORY in src/lib/permalinks.ts): the only URLs ever taken out of this file.',
  ...LEDGER_HISTORY.flatMap(({ date, count, urls, reason }) => [
    `# ${date}: ${count} URLs matching ${urls.source} left:`,
    ...wrap(reason, 100).map((line) => `#   ${line}`),
  ]),
];

/** A text cut into lines of at most `width` characters, at spaces (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * What is wrong with the ledger's history, given every URL the ledger has ever listed (`everListed`, e.g. from its
 * version control history) and the ledger now: a URL that left without an entry of `history` (it vanished silently),
 * or an entry whose `count` is not the number of URLs that left by it. Never throws.
 * @example ledgerHistoryProblems(['/en/', '/en/glossary/'], ['/en/']) // [{ …, where: '/en/glossary/', … }]
 */
export function ledgerHistoryProblems(
  everListed: Iterable<string>,
  ledger: readonly string[],
  history: readonly LedgerDeparture[] = LEDGER_HISTORY,
  file: string = ledgerFile(),
): Problem[] {
  const kept = new Set(ledger);
  const left = [...new Set(everListed)].filter((url) => !kept.has(url)).sort();
  const silent = left.filter((url) => !history.some((entry) => entry.urls.test(url)));
  const miscounted = history.filter((entry) => left.filter((url) => entry.urls.test(url)).length !== entry.count);
  return [
    ...silent.map((url) => ({
      file,
      where: url,
      message:
        'was in the ledger and was taken out; put the line back (a published URL is never removed: declare ' +
        'in content/changes.yaml that it moved or was withdrawn)',
    })),
    ...miscounted.map((entry) => ({
      file,
      where: `history ${entry.date}`,
      message:
        `says ${entry.count} URLs left, but ${left.filter((url) => entry.urls.test(url)).length} URLs matching ` +
        `${entry.urls.source} are no longer in the ledger; a past history entry is never changed`,
    })),
  ];
}

/** The URLs in the ledger. */
export function readLedger(file: string = ledgerFile()): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Writes the ledger, sorted, one URL a line. */
export function writeLedger(urls: Iterable<string>, file: string = ledgerFile()): void {
  writeFileSync(file, `${[...HEADER, ...[...new Set(urls)].sort()].join('\n')}\n`);
}

/**
 * Every address a built site publishes: pages as `/path/`, other files as `/path/file.ext`, and the identifier of
 * each report and item page (`/id/2017-11-27/2/d/`), which the hosts answer with that page (src/lib/hosting.ts).
 */
export function siteUrls(siteDir: string): Set<string> {
  const urls = new Set<string>();
  for (const name of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    // readdir already names files relative to siteDir; only Windows separators need turning into slashes.
    const path = `/${sep === '/' ? name : name.split(sep).join('/')}`;
    if (!name.includes('.') || NOT_PERMALINKS.some((pattern) => pattern.test(path))) continue;
    const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    urls.add(url);
    // Parity guarantees the Spanish twin of every English page.
    const identifier = url.startsWith('/en/') ? identifierOfPath(url.slice('/en/'.length)) : undefined;
    if (identifier) urls.add(identifier);
  }
  return urls;
}

/** Ledger URLs the site no longer has and no declared change accounts for. */
export function ledgerProblems(
  ledger: readonly string[],
  published: ReadonlySet<string>,
  changes: readonly Change[],
  file: string = ledgerFile(),
): Problem[] {
  // A changed report or item covers its pages in both languages, the files beside them, and its identifier.
  const changed = changes.flatMap((change) =>
    [...LANGS.map((lang) => pagePath(lang, change.id)), identifierOfPath(change.id) ?? []].flat(),
  );
  return ledger
    .filter((url) => !published.has(url) && !changed.some((prefix) => url.startsWith(prefix)))
    .map((url) => ({
      file,
      where: url,
      message:
        'was published and is missing from the site; restore it, or declare in ' +
        'content/changes.yaml that it moved or was withdrawn',
    }));
}

/** Site URLs not yet in the ledger (to add with `npm run permalinks`). */
export function unrecorded(ledger: readonly string[], published: ReadonlySet<string>): string[] {
  const known = new Set(ledger);
  return [...published].filter((url) => !known.has(url)).sort();
}

/** The citable addresses of report and item pages (both languages) and their identifiers. */
/** A report, item or sub-item page in either language: `/en/reports/ID/`, `/es/reports/ID/items/2-2/d/`. */
const CITABLE_REPORT_PAGE = String.raw`(?:en|es)\/reports\/[^/]+\/(?:items\/\d+(?:-\d+)?\/(?:[a-z]\/)?)?`;
/** A language-neutral identifier of a report, item or sub-item: `/id/ID/`, `/id/ID/2/d/`. */
const CITABLE_IDENTIFIER = String.raw`id\/[^/]+\/(?:\d+(?:-\d+)?\/(?:[a-z]\/)?)?`;
const CITABLE = new RegExp(String.raw`^\/(?:${CITABLE_REPORT_PAGE}|${CITABLE_IDENTIFIER})$`);

/**
 * Ledger problems that can be found from the content alone, without a build:
 * a citable report or item URL whose report or item is gone and undeclared.
 * `npm run check` runs this; the build checks every URL against the site.
 */
export function contentLedgerProblems(archive: Archive, ledger: readonly string[] = readLedger()): Problem[] {
  const citable = new Set(
    archive.reports.flatMap((report) => [
      pagePath(report.lang, reportPath(report.id)),
      identifierPath(report.id),
      ...report.items.flatMap((item) => [
        pagePath(report.lang, itemPath(report.id, item.number)),
        identifierPath(report.id, item.number),
      ]),
    ]),
  );
  return ledgerProblems(
    ledger.filter((url) => CITABLE.test(url)),
    citable,
    archive.changes,
  );
}
