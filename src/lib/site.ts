/**
 * The origin the archive is published at. Permanent URLs, citations,
 * canonical and alternate links, the sitemap, the feeds and the data files are
 * written with it, so it is configuration, set in one place by whoever
 * publishes: the `origin:` line of `archive.config.yaml`, which the
 * `ARCHIVE_ORIGIN` environment variable overrides (a staging build). Without
 * one, a build is a preview for `http://localhost:4321` and every page says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { UserError } from './problems.ts';

/** The origin of a preview build: where `npm run preview` serves `dist/`. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** The environment variable that overrides the configured origin; set but empty, it asks for a preview. */
export const ORIGIN_VARIABLE = 'ARCHIVE_ORIGIN';

/** The committed file that holds the production origin (its `origin:` line), relative to the project root. */
export const CONFIG_FILE = 'archive.config.yaml';

/** The origin a build writes into its pages, and whether that build is a preview. */
export interface SiteOrigin {
  /** `https://host[:port]` without a trailing slash, or PREVIEW_ORIGIN. */
  origin: string;
  /** True when no origin is configured: the build is for `http://localhost:4321` only. */
  preview: boolean;
}

/**
 * The build's origin: ARCHIVE_ORIGIN when it is set (empty: a preview), else
 * the `origin:` line of `archive.config.yaml` (absent or empty: a preview).
 * Read once per build by the build script (and by `astro.config.mjs` for
 * Astro alone), never on import.
 * Example: `siteOrigin({ ARCHIVE_ORIGIN: 'https://archive.example.int/' })` →
 * `{ origin: 'https://archive.example.int', preview: false }`; `siteOrigin({})` with an empty file →
 * `{ origin: 'http://localhost:4321', preview: true }`.
 * @throws UserError naming the variable or the file line, what is wrong and what to write, when the
 * origin is not an `https://` origin (see `checkOrigin`) or the file is not YAML with a text `origin:`.
 */
export function siteOrigin(
  env: Record<string, string | undefined> = process.env,
  configFile: string = CONFIG_FILE,
): SiteOrigin {
  const fromEnv = env[ORIGIN_VARIABLE];
  if (fromEnv !== undefined) return originOf(fromEnv.trim(), `${ORIGIN_VARIABLE}=${fromEnv}`, `${ORIGIN_VARIABLE}=`);
  const line = configuredOrigin(configFile);
  return line ? originOf(line.value, `${configFile}:${line.line}: origin: ${line.value}`, 'origin: ') : previewOrigin();
}

/** A preview's origin. */
function previewOrigin(): SiteOrigin {
  return { origin: PREVIEW_ORIGIN, preview: true };
}

/**
 * The one-line warning a preview build prints, saying how to set the origin.
 * Example: `previewWarning()` → `'warning: no production origin is set, so this build is a preview for
 * http://localhost:4321 …'`.
 */
export function previewWarning(): string {
  return (
    `warning: no production origin is set, so this build is a preview ` +
    `for ${PREVIEW_ORIGIN} and every page says so; set \`origin: https://…\` ` +
    `in ${CONFIG_FILE} (or ${ORIGIN_VARIABLE}=https://… for a staging build)`
  );
}

/** The origin of a configured value, or a preview when it is empty. */
function originOf(value: string, where: string, write: string): SiteOrigin {
  return value === '' ? previewOrigin() : { origin: checkOrigin(value, where, write), preview: false };
}

/**
 * The `origin:` value of the config file and its line, or undefined when the file or the line is
 * absent or empty. Line numbers come from the YAML parser, so an error points at the line to edit.
 * @throws UserError when the file is not YAML, holds another key, or `origin:` is not a text.
 */
function configuredOrigin(file: string): { value: string; line: number } | undefined {
  if (!existsSync(file)) return undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const [error] = document.errors;
  if (error)
    throw new UserError(
      `${file}:${lineCounter.linePos(error.pos[0]).line}: not valid YAML (${error.code}); write \`origin: https://…\``,
    );
  // A misspelt key would silently make a preview: the file holds `origin:` and nothing else.
  const contents = document.contents;
  if (
    contents !== null &&
    !(isMap(contents) && contents.items.every((pair) => isScalar(pair.key) && pair.key.value === 'origin'))
  ) {
    const stray = isMap(contents)
      ? contents.items.find((pair) => !(isScalar(pair.key) && pair.key.value === 'origin'))?.key
      : contents;
    const at = isScalar(stray) && stray.range ? lineCounter.linePos(stray.range[0]).line : 1;
    throw new UserError(
      `${file}:${at}: only an \`origin:\` line belongs here; write \`origin: ` +
        `https://…\` (or leave it empty for a preview)`,
    );
  }
  const node = document.get('origin', true);
  if (node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === '')))
    return undefined;
  const line = lineCounter.linePos(isScalar(node) && node.range ? node.range[0] : 0).line;
  if (!isScalar(node) || typeof node.value !== 'string')
    throw new UserError(
      `${file}:${line}: origin: must be an address such as https://archive.example.int, or empty for a preview`,
    );
  return { value: node.value.trim(), line };
}

/**
 * An origin as the archive writes it: `https://` and a host (and port), no user, path, query or
 * fragment; one trailing `/` is tolerated and dropped. The rule is RFC 6454's origin (scheme, host,
 * port) restricted to https, parsed with the WHATWG URL parser (hosts lower-cased, IDNs in Punycode).
 * Example: `checkOrigin('https://Archive.example.int/', 'ARCHIVE_ORIGIN=…', 'ARCHIVE_ORIGIN=')` →
 * `'https://archive.example.int'`.
 * @throws UserError `where: what is wrong; write …` (`where` names the variable or the file line) when
 * the value is not a URL, not https, or has anything after the host.
 */
export function checkOrigin(value: string, where: string, write: string): string {
  const fail = (why: string, example: string): never => {
    throw new UserError(`${where}: ${why}; write ${write}${example}, or leave it empty for a preview`);
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // A bare host ("archive.example.int") is the likeliest slip: suggest it with its scheme.
    return fail(
      'the production origin is not an address',
      /^[\w.-]+\.[a-z]+$/i.test(value) ? `https://${value}` : 'https://archive.example.int',
    );
  }
  if (url.protocol !== 'https:')
    return fail(
      `the production origin must start with https:// (not ${url.protocol}//)`,
      `https://${url.host || 'archive.example.int'}`,
    );
  if (url.username || url.password)
    return fail('the production origin must not hold a user name or password', url.origin);
  hostProblem(value, url.hostname, fail);
  // For an https URL the parser always writes a path, so a bare origin reads back as `origin` + `/`.
  const extra = url.href.slice(url.origin.length);
  if (extra !== '/')
    return fail(
      `the production origin must be https:// and a host, with nothing after it (not "${extra}")`,
      url.origin,
    );
  return url.origin;
}

/**
 * Refuses a host that cannot be the archive's public address, which would otherwise go silently into
 * every permanent URL: white space (the URL parser drops tabs and line ends), a final dot, a local or
 * IP address, a single label, or a label that is not letters, digits and inner hyphens (RFC 1123 §2.1,
 * RFC 5890 for international names, which the URL parser has written in Punycode, `xn--…`).
 */
function hostProblem(value: string, host: string, fail: (why: string, example: string) => never): void {
  const example = 'https://archive.example.int';
  if (/\s/u.test(value)) fail('the production origin must not contain spaces, tabs or line ends', example);
  if (host.endsWith('.'))
    fail(`the host must not end with a dot (not "${host}")`, `https://${host.replace(/\.+$/, '')}`);
  if (host === 'localhost' || host.endsWith('.localhost') || host.startsWith('[') || /^[\d.]+$/.test(host))
    fail(
      `the production origin must be the public name of the site, not a local or IP address (not "${host}")`,
      example,
    );
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => !/^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label)))
    fail(
      `"${host}" is not a host name (two or more parts of letters, digits and inner hyphens, separated by dots)`,
      example,
    );
}

/**
 * Whether pages written for this origin are a preview (their addresses are not the archive's).
 * Example: `isPreview(new URL('http://localhost:4321/'))` → `true`; `isPreview('https://archive.example.int')` →
 * `false`.
 */
export function isPreview(site: URL | string): boolean {
  return new URL(site).origin === PREVIEW_ORIGIN;
}
