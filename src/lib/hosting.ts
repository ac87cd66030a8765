/**
 * What a web server must do for the archive, described once (`hostRules`) and
 * written out for each kind of host: `_headers` and `_redirects` (Netlify,
 * Cloudflare Pages), `_nginx.conf` (nginx, included in the publisher's own
 * `server {}` block), and the script by which the 404 page leads a printed
 * item number (`items/2.d/`) to its address on hosts that only serve files.
 * `npm run preview` (src/lib/serve.ts) answers like the nginx configuration.
 */
import type { Change, Lang } from '../schemas/index.ts';
import { LANGS } from './locales.ts';
import { SECURITY_HEADERS } from './security.ts';
import { actionsCalendarPath, pagePath } from './urls.ts';

/** The host files the build writes at the root of the site; none of them is ever served. */
export const HOST_FILES = { headers: '/_headers', redirects: '/_redirects', nginx: '/_nginx.conf' } as const;

/** The page a host answers with, status 404, for any address the site does not have. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * The script the 404 page loads to lead a printed item number or an identifier to its page, on hosts without rules
 * (see `addressScript`).
 */
export const ADDRESS_SCRIPT = '/scripts/addresses.js';

/**
 * An item number as printed in a report, in a URL: `/en/reports/2017-11-27/items/2.d/`
 * (with or without the final slash). Groups: language, report id, item number, letter.
 * Its address is `/en/reports/2017-11-27/items/2/d/` (the URL contract, docs/design.md).
 * Written so that JavaScript and nginx's PCRE read it alike.
 */
export const PRINTED_NUMBER =
  /^\/(en|es)\/reports\/([0-9]{4}-[0-9]{2}-[0-9]{2}(?:-[0-9]+)?)\/items\/([0-9]+(?:-[0-9]+)?)\.([a-z])\/?$/;

/**
 * The address of a printed item number's page, or undefined when `path` is not one.
 * @example printedNumberTarget('/es/reports/2017-11-27/items/2.d') // '/es/reports/2017-11-27/items/2/d/'
 */
export function printedNumberTarget(path: string): string | undefined {
  const match = PRINTED_NUMBER.exec(path);
  return match ? `/${match[1]}/reports/${match[2]}/items/${match[3]}/${match[4]}/` : undefined;
}

/**
 * A report id in a URL pattern, the meeting's day and `-2`… for a second meeting that day (written so that JavaScript
 * and nginx's PCRE read it alike; the search page reads a cited day with it too, src/lib/citation-query.ts).
 * @example new RegExp(`^${REPORT_ID}$`).test('2017-11-27-2') // true
 */
export const REPORT_ID = '[0-9]{4}-[0-9]{2}-[0-9]{2}(?:-[0-9]+)?';
/** An item number in a URL pattern (`4`, `4-2`). */
const NUMBER = '[0-9]+(?:-[0-9]+)?';

/**
 * The three forms of a language-neutral identifier (docs/design.md, the URL contract: `/id/{report}/`,
 * `/id/{report}/{n}/`, `/id/{report}/{n}/{letter}/`, the final slash optional) and the path inside a language each
 * leads to, with `$name` for the pattern's named groups. No page is written at these addresses: the host answers them
 * (302 to the page in the reader's language: `_nginx.conf`, `npm run preview`, `npm run dev`; to the English page:
 * `_redirects`), or the 404 page's script does on hosts that only serve files.
 */
export const IDENTIFIER_FORMS = [
  { pattern: `^/id/(?<report>${REPORT_ID})/?$`, target: 'reports/$report/' },
  { pattern: `^/id/(?<report>${REPORT_ID})/(?<n>${NUMBER})/?$`, target: 'reports/$report/items/$n/' },
  {
    pattern: `^/id/(?<report>${REPORT_ID})/(?<n>${NUMBER})/(?<letter>[a-z])/?$`,
    target: 'reports/$report/items/$n/$letter/',
  },
] as const;

/** `IDENTIFIER_FORMS` with their patterns compiled once: the preview asks on every request, the link check per URL. */
const IDENTIFIER_PATTERNS = IDENTIFIER_FORMS.map(({ pattern, target }) => ({ pattern: new RegExp(pattern), target }));

/**
 * Whether a reader asking with this `Accept-Language` list (RFC 9110 §12.5.4; or `navigator.languages` joined with
 * commas) is to get the Spanish page: when a Spanish tag (`es`, `es-419`) comes before any English one. The list's
 * order stands for its preferences (browsers send them in order; q-values are not read). Case-insensitive, written so
 * that JavaScript and nginx's PCRE read it alike.
 */
export const PREFERS_SPANISH = String.raw`^(?:(?!\s*en\b)[^,]*,)*\s*es\b`;

/**
 * The language of the reader's page, from an `Accept-Language` header: `es` or `en` (the default, also for none).
 * @example readerLanguage('fr-CA, es;q=0.8, en;q=0.5') // 'es'
 */
export function readerLanguage(acceptLanguage: string | undefined): Lang {
  return SPANISH_FIRST.test(acceptLanguage ?? '') ? 'es' : 'en';
}

const SPANISH_FIRST = new RegExp(PREFERS_SPANISH, 'i');

/**
 * The page an identifier leads to in a language, or undefined when `path` is no identifier.
 * @example identifierTarget('/id/2017-11-27/2/d', 'es') // '/es/reports/2017-11-27/items/2/d/'
 */
export function identifierTarget(path: string, lang: Lang): string | undefined {
  for (const { pattern, target } of IDENTIFIER_PATTERNS) {
    const groups = pattern.exec(path)?.groups;
    if (groups) return `/${lang}/${target.replace(/\$(\w+)/g, (_, name: string) => groups[name] ?? '')}`;
  }
  return undefined;
}

/**
 * An address that looks like a report's or an item's (issue 21, way-finding): language, what stands where a report id
 * would (a date with no report, a typing slip), the item number, if any (`items/2/z/`, `items/2.z/`), and its letter,
 * if any (`items/2/d/x` has the letter d: a lettered sub-item is nearer than its numbered item). Written so that
 * JavaScript reads it alike in the 404 page's script (`addressScript`).
 */
export const REPORT_LIKE = /^\/(en|es)\/reports\/([^/]+)(?:\/items\/([0-9]+(?:-[0-9]+)?)(?:[/.]([a-z])\b)?)?/;

/**
 * The pages the 404 page offers for a missing address, nearest first: the lettered item, the numbered item, then the
 * report, then the language's list of reports; none for an address that looks like no report or item. The first that
 * exists is the nearest existing page (the 404 page's script asks the host for each in turn and names the first found
 * by its own title, `og:title`).
 * @example nearestCandidates('/en/reports/2017-11-27/items/2/d/x')
 * // ['/en/reports/2017-11-27/items/2/d/', '/en/reports/2017-11-27/items/2/',
 * //  '/en/reports/2017-11-27/', '/en/reports/']
 */
export function nearestCandidates(path: string): string[] {
  const match = REPORT_LIKE.exec(path);
  if (!match) return [];
  const [, lang, report, n, letter] = match;
  const item = `/${lang}/reports/${report}/items/${n}/`;
  const candidates = [letter && `${item}${letter}/`, n && item, `/${lang}/reports/${report}/`, `/${lang}/reports/`];
  return candidates.filter(
    (candidate): candidate is string => !!candidate && candidate !== path && candidate !== `${path}/`,
  );
}

/** How long a folder's files may be kept by browsers and caches. */
export interface CacheRule {
  /** The folder, `/_astro/`. */
  prefix: string;
  /** The Cache-Control value for every file in it. */
  cacheControl: string;
}

/** Everything a host must do, from the security policy and `content/changes.yaml`. */
export interface HostRules {
  /** Headers on every response, whatever its status (security.ts). */
  headers: Readonly<Record<string, string>>;
  /** Cache lifetimes by folder. */
  cache: readonly CacheRule[];
  /** Moved pages, `{ from: '/en/…/7/c/', to: '/en/…/7/b/' }`: 301, with or without the slash, files beside them too. */
  moved: readonly { from: string; to: string }[];
  /**
   * Withdrawn pages (`/en/…/9/`): 410 for the page and everything under it, with the tombstone page the build writes
   * there.
   */
  withdrawn: readonly string[];
  /** MIME type of each file extension the site has; anything else is `application/octet-stream`. */
  types: Readonly<Record<string, string>>;
}

/**
 * MIME types by extension. Text types carry `charset=utf-8` (every text file the build writes is UTF-8).
 * Citation downloads are `data:` links carrying their own types (`CITATION_FORMATS` in citation.ts), no files.
 * WebAssembly must be `application/wasm` for browsers to
 * compile it while it downloads; Pagefind's own files (`.pagefind`, `.pf_*`) are binary.
 */
const TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  csv: 'text/csv',
  // The calendars of action deadlines (RFC 5545 §8.1 registers text/calendar; its charset is UTF-8 by §3.1.4).
  ics: 'text/calendar',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Types sent with `; charset=utf-8`. */
export const TEXT_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/xml',
  'text/csv',
  'text/calendar',
  'text/plain',
  'image/svg+xml',
];

/**
 * The one description every host file is written from.
 * @example
 * hostRules([{ id: 'reports/2017-11-27/items/7/c/', kind: 'moved', to: 'reports/2017-11-27/items/7/b/', … }]).moved[0]
 * // { from: '/en/reports/2017-11-27/items/7/c/', to: '/en/reports/2017-11-27/items/7/b/' }
 */
export function hostRules(changes: readonly Change[]): HostRules {
  return {
    headers: SECURITY_HEADERS,
    cache: [
      // File names under /_astro/ carry a content hash, so they never change: cache them for good.
      { prefix: '/_astro/', cacheControl: 'public, max-age=31536000, immutable' },
      // Pagefind's entry files keep their names across builds; its fragments are hashed but share the folder.
      { prefix: '/pagefind/', cacheControl: 'public, max-age=3600' },
    ],
    moved: changes.flatMap((change) =>
      change.kind === 'moved'
        ? LANGS.map((lang) => ({ from: pagePath(lang, change.id), to: pagePath(lang, change.to) }))
        : [],
    ),
    withdrawn: changes.flatMap((change) =>
      change.kind === 'withdrawn' ? LANGS.map((lang) => pagePath(lang, change.id)) : [],
    ),
    types: TYPES,
  };
}

/**
 * `_headers` for Netlify and Cloudflare Pages: security headers everywhere, cache lifetimes by folder, the calendars'
 * Content-Type (`text/calendar; charset=utf-8`).
 * Format: https://docs.netlify.com/routing/headers/ and https://developers.cloudflare.com/pages/configuration/headers/
 * @example headersFile(hostRules([]))
 *   // '/*\n  Content-Security-Policy: default-src …\n/_astro/*\n
 *   //   Cache-Control: public, max-age=31536000, immutable\n…'
 */
export function headersFile(rules: HostRules): string {
  const lines = ['/*', ...Object.entries(rules.headers).map(([name, value]) => `  ${name}: ${value}`)];
  for (const { prefix, cacheControl } of rules.cache) lines.push(`${prefix}*`, `  Cache-Control: ${cacheControl}`);
  // These hosts type files by their own extension maps, which send .ics without a charset: say it, as nginx does.
  for (const lang of LANGS) lines.push(actionsCalendarPath(lang), `  Content-Type: ${contentType(rules, '/x.ics')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: every moved page, with and without its slash, and the
 * files beside it. Withdrawn pages are served as the tombstone pages the build writes (status 200: these
 * hosts give no way to send 410 with a page). Printed numbers (`items/2.d/`) get no rule here: placeholders
 * match whole segments only, and a rule per sub-item would pass Cloudflare's cap of 2,000 static
 * redirects at about 200 reports; the 404 page leads them instead (`addressScript`). Identifiers (`/id/…`) lead to
 * the English page (302), with placeholders (`:report`): these hosts cannot choose by `Accept-Language` on every plan,
 * and the page's language switch is one tap away.
 * Format: https://docs.netlify.com/routing/redirects/ and
 * https://developers.cloudflare.com/pages/configuration/redirects/ (placeholders are dynamic redirects: 6 of the 100
 * Cloudflare allows).
 * @example redirectsFile(rules) // '…\n/en/reports/2017-11-27/items/7/c/ /en/reports/2017-11-27/items/7/b/ 301\n…'
 */
export function redirectsFile(rules: HostRules): string {
  const lines = [
    '# Generated from content/changes.yaml by npm run build. Moved URLs; withdrawn ones have tombstone pages.',
  ];
  for (const { from, to } of rules.moved)
    lines.push(`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`, `${from}* ${to}:splat 301`);
  lines.push('# Language-neutral identifiers lead to the English page.');
  for (const { target } of IDENTIFIER_FORMS) {
    const names = [...target.matchAll(/\$(\w+)/g)].map((match) => `:${match[1]}`);
    const to = `/en/${target.replace(/\$(\w+)/g, ':$1')}`;
    lines.push(`/id/${names.join('/')}/ ${to} 302`, `/id/${names.join('/')} ${to} 302`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * nginx quoting: in double quotes, `"` and `\` escaped. nginx has no escape for `$` (it would start a
 * variable), so a header value with one is refused; a regular expression's `$` is not interpolated.
 * @throws Error when a header value holds `$`.
 */
function quoted(value: string, regex = false): string {
  if (!regex && value.includes('$')) throw new Error(`nginx cannot send a header value holding "$": ${value}`);
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/** A regular expression matching exactly this path (for nginx `location ~` and `rewrite`). */
function literal(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * nginx repeats no `add_header` of an outer level in a block that has its own, so every block that sets
 * one sets the security headers again (`always`: also on 404, 410 and redirects).
 */
function headerLines(rules: HostRules, indent: string, extra: Record<string, string> = {}): string[] {
  return Object.entries({ ...rules.headers, ...extra }).map(
    ([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`,
  );
}

/**
 * `_nginx.conf`: the archive's rules for nginx (1.22 or later), to `include` inside a `server {}` block
 * that sets `root` to the built site (README, "Hosting"). Directory addresses without their slash are
 * answered 301 to the slash form by nginx's static module; `absolute_redirect off` keeps those
 * redirects relative, so they hold behind a TLS proxy. Directives:
 * https://nginx.org/en/docs/http/ngx_http_core_module.html
 * @example nginxConf(hostRules(archive.changes)) // '# Generated by npm run build …\nindex index.html;\n…'
 * @throws Error when a header value holds `$` (nginx would read it as a variable).
 */
export function nginxConf(rules: HostRules): string {
  const withdrawn = rules.withdrawn.flatMap((path, index) => [
    // The page and every file under it are gone: 410, with the tombstone page the build wrote at that address.
    `location ^~ ${path} {`,
    `  error_page 410 @withdrawn${index};`,
    '  return 410;',
    '}',
    `location = ${path.slice(0, -1)} { return 301 ${path}; }`,
    `location @withdrawn${index} {`,
    `  rewrite ^ ${path}index.html break;`,
    '}',
  ]);
  const moved = rules.moved.flatMap(({ from, to }) => [
    `location ^~ ${from} { rewrite ^${literal(from)}(.*)$ ${to}$1 permanent; }`,
    `location = ${from.slice(0, -1)} { return 301 ${to}; }`,
  ]);
  const printed = PRINTED_NUMBER.source.replace(/\\\//g, '/');
  return [
    `# Generated by npm run build from src/lib/hosting.ts and content/changes.yaml: do not edit; rebuild.`,
    '# Include inside the server {} block that serves the built site (README, "Hosting").',
    'index index.html;',
    'absolute_redirect off;',
    'server_tokens off;',
    `error_page 404 ${NOT_FOUND_PAGE};`,
    // A folder without a page of its own (`/en/reports/2017-11-27/items/`, `/data/`) is an address the site does not
    // have.
    `error_page 403 =404 ${NOT_FOUND_PAGE};`,
    'charset utf-8;',
    // nginx always includes text/html, and warns when it is listed again.
    `charset_types ${TEXT_TYPES.filter((type) => type !== 'text/html').join(' ')};`,
    // A types block replaces the server's MIME map: it lists every kind of file the site has.
    'types {',
    ...Object.entries(rules.types).map(([extension, type]) => `  ${type} ${extension};`),
    '}',
    'default_type application/octet-stream;',
    ...headerLines(rules, ''),
    '',
    '# The host files are not part of the site.',
    ...Object.values(HOST_FILES).map((file) => `location = ${file} { return 404; }`),
    '',
    ...rules.cache.flatMap(({ prefix, cacheControl }) => [
      `location ^~ ${prefix} {`,
      ...headerLines(rules, '  ', { 'Cache-Control': cacheControl }),
      '}',
    ]),
    '',
    '# An item number as printed (items/2.d/) leads to its address (items/2/d/), when that item exists.',
    `location ~ ${quoted(printed, true)} {`,
    '  if (!-d $document_root/$1/reports/$2/items/$3/$4) { return 404; }',
    '  return 301 /$1/reports/$2/items/$3/$4/;',
    '}',
    '',
    ...identifierLocations(rules),
    '',
    '# content/changes.yaml: moved pages lead to their new address; withdrawn ones answer 410.',
    ...moved,
    ...withdrawn,
    '',
  ].join('\n');
}

/**
 * nginx locations for the identifiers (`IDENTIFIER_FORMS`): 302 to the page in the reader's language
 * (`PREFERS_SPANISH` on `Accept-Language`; `Vary` says so to caches). The pattern's named groups survive the `if`,
 * which resets numbered ones.
 */
function identifierLocations(rules: HostRules): string[] {
  return [
    "# A language-neutral identifier (/id/2017-11-27/2/d/) leads to the page in the reader's language.",
    ...IDENTIFIER_FORMS.flatMap(({ pattern, target }) => [
      `location ~ ${quoted(pattern, true)} {`,
      '  set $archive_lang en;',
      `  if ($http_accept_language ~* ${quoted(PREFERS_SPANISH, true)}) { set $archive_lang es; }`,
      ...headerLines(rules, '  ', { Vary: 'Accept-Language' }),
      `  return 302 /$archive_lang/${target};`,
      '}',
    ]),
  ];
}

/**
 * The 404 page's script, for hosts that only serve files: an item number as printed (`items/2.d/`) leads to the
 * item's address, and an identifier (`/id/…`) to its page in the first of the reader's languages
 * (`navigator.languages`, read as `Accept-Language` is), once the page is known to exist; any other address that
 * looks like a report's or an item's gets a link to the nearest existing page (`nearestCandidates`). An external
 * file, since the Content-Security-Policy forbids inline scripts; its patterns are `PRINTED_NUMBER`,
 * `IDENTIFIER_FORMS`, `PREFERS_SPANISH` and `REPORT_LIKE`, written in. Unindented, so it stays within the 2 KB of a
 * page's script (tests/budgets.test.ts).
 */
export function addressScript(): string {
  const forms = JSON.stringify(IDENTIFIER_FORMS.map(({ pattern, target }) => [pattern, target]));
  return [
    '// Generated by npm run build: src/lib/hosting.ts.',
    '(function () {',
    'var path = location.pathname;',
    `var match = ${PRINTED_NUMBER.toString()}.exec(path);`,
    "var target = match && '/' + match[1] + '/reports/' + match[2] + '/items/' + match[3] + '/' + match[4] + '/';",
    `var lang = new RegExp(${JSON.stringify(PREFERS_SPANISH)}, 'i').test((navigator.languages || []).join(','))`,
    "? 'es' : 'en';",
    `${forms}.forEach(function (form) {`,
    'var found = new RegExp(form[0]).exec(path);',
    "if (found && !target) target = '/' + lang + '/' + form[1].replace(/\\$(\\w+)/g, function (_, name) {",
    'return found.groups[name];',
    '});',
    '});',
    'if (!target) return nearest();',
    "fetch(target, { method: 'HEAD' }).then(function (r) {",
    'r.ok ? location.replace(target + location.search + location.hash) : nearest();',
    '});',
    ...nearestLines(),
    '})();',
    '',
  ].join('\n');
}

/**
 * The script's part that shows the nearest existing page (`nearestCandidates`, the same steps) in every language's
 * `.not-found__nearest` paragraph of the 404 page, named by its title: about 800 bytes, one request per step tried.
 */
function nearestLines(): string[] {
  return [
    'function nearest() {',
    `var m = ${REPORT_LIKE.toString()}.exec(path);`,
    'if (!m) return;',
    "var base = '/' + m[1] + '/reports/', item = base + m[2] + '/items/' + m[3] + '/';",
    "var tries = [m[4] && item + m[4] + '/', m[3] && item, base + m[2] + '/', base].filter(function (p) {",
    "return p && p !== path && p !== path + '/';",
    '});',
    '(function next() {',
    'var page = tries.shift();',
    'if (page) fetch(page).then(function (r) { r.ok ? r.text().then(function (t) { show(page, t); }) : next(); });',
    '})();',
    '}',
    // The page's name is its own og:title, which every page in a language has (src/lib/markup/frame.ts, frameHead):
    // one place for every page's name, in the page's language.
    'function show(page, text) {',
    "var name = new DOMParser().parseFromString(text, 'text/html').querySelector('[property=\"og:title\"]').content;",
    "document.querySelectorAll('.not-found__nearest').forEach(function (p) {",
    "var a = p.appendChild(document.createElement('a'));",
    'a.href = page;',
    'a.textContent = name;',
    'p.hidden = false;',
    '});',
    '}',
  ];
}

/**
 * What a host answers, before looking for a file: a redirect (302 for an identifier, whose target depends on the
 * reader's languages), a withdrawn page, a refusal, or nothing special.
 */
export type HostAnswer =
  | { status: 301; location: string }
  | { status: 302; location: string; vary: 'Accept-Language' }
  | { status: 410; page: string }
  | { status: 404 }
  | undefined;

/**
 * The answer the nginx configuration gives for a path, for servers written in JavaScript (`npm run
 * preview`, the browser tests): the same rules, in the same order of precedence.
 * `isDirectory(path)` says whether the site has a folder at a URL path (`/en/reports`); `acceptLanguage` is the
 * request's header, which chooses an identifier's page.
 * @example hostAnswer(rules, '/en/reports', isDirectory) // { status: 301, location: '/en/reports/' }
 */
export function hostAnswer(
  rules: HostRules,
  path: string,
  isDirectory: (path: string) => boolean,
  acceptLanguage?: string,
): HostAnswer {
  if ((Object.values(HOST_FILES) as string[]).includes(path)) return { status: 404 };
  const identified = identifierTarget(path, readerLanguage(acceptLanguage));
  if (identified) return { status: 302, location: identified, vary: 'Accept-Language' };
  const moved = rules.moved.find(({ from }) => path === from.slice(0, -1) || path.startsWith(from));
  if (moved) return { status: 301, location: `${moved.to}${path.slice(moved.from.length)}` };
  const withdrawn = rules.withdrawn.find((page) => path === page.slice(0, -1) || path.startsWith(page));
  if (withdrawn)
    return path === withdrawn.slice(0, -1) ? { status: 301, location: withdrawn } : { status: 410, page: withdrawn };
  const printed = printedNumberTarget(path);
  if (printed) return isDirectory(printed) ? { status: 301, location: printed } : { status: 404 };
  if (!path.endsWith('/') && isDirectory(path)) return { status: 301, location: `${path}/` };
  return undefined;
}

/**
 * The Content-Type a host sends for a file, as the nginx configuration does: by extension (a folder
 * address is its index.html), `; charset=utf-8` for text.
 * @example contentType(rules, '/data/items.csv') // 'text/csv; charset=utf-8'
 */
export function contentType(rules: HostRules, path: string): string {
  const name = path.endsWith('/') ? 'index.html' : (path.split('/').pop() ?? '');
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const type = rules.types[extension] ?? 'application/octet-stream';
  return TEXT_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** One static host's caps on what a site may hold: files, and bytes of their apparent size (`undefined`: no cap). */
export interface HostLimit {
  /** The host and plan, as its documentation names it. */
  host: string;
  /** The most files a deployment may have. */
  files?: number;
  /** The most bytes a deployment may have (apparent size: the sum of the files' lengths). */
  bytes?: number;
}

/**
 * The caps of the common static hosts that the archive promises to fit (issue 23; figures from each host's
 * documentation as of 2026-11): Cloudflare Pages 20,000 files on the free plan and 100,000 on paid plans; GitLab
 * Pages 200,000 files and 1 GB; GitHub Pages 1 GB. The site fits all of them at 100 reports, and all but Cloudflare's
 * free plan at 1,000 (`ARCHIVE_SCALE_LIMITS`).
 * @example HOST_LIMITS.cloudflareFree.files // 20000
 */
export const HOST_LIMITS = {
  cloudflareFree: { host: 'Cloudflare Pages (free)', files: 20_000 },
  cloudflarePaid: { host: 'Cloudflare Pages (paid)', files: 100_000 },
  gitlab: { host: 'GitLab Pages', files: 200_000, bytes: 1_000_000_000 },
  github: { host: 'GitHub Pages', bytes: 1_000_000_000 },
} as const satisfies Record<string, HostLimit>;

/**
 * The hosts the site must fit at each archive size (issue 23): at 100 reports every host above; at 1,000 reports
 * every host but Cloudflare's free plan. `tests/file-count.test.ts` checks both on the bench's synthetic archive.
 * @example ARCHIVE_SCALE_LIMITS[1000].map((limit) => limit.host)
 */
export const ARCHIVE_SCALE_LIMITS: Record<100 | 1000, HostLimit[]> = {
  100: Object.values(HOST_LIMITS),
  1000: [HOST_LIMITS.cloudflarePaid, HOST_LIMITS.gitlab, HOST_LIMITS.github],
};
