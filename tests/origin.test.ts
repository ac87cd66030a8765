/**
 * The address is configuration (src/lib/site.ts): a build with an origin
 * writes that origin and no other into every file of its site, with no
 * preview notice; the test build (dist/, no origin) is a preview for
 * http://localhost:4321 that says so on every page; a bad origin stops the
 * build with one clear line. Also: language alternates are reciprocal with one
 * x-default, and the Atom feeds date entries by the archive's publication.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTranslations } from '../src/lib/i18n.ts';
import { feedPath } from '../src/lib/urls.ts';
import { checkOrigin, PREVIEW_ORIGIN, siteOrigin } from '../src/lib/site.ts';
import { LANGS, type Lang } from '../src/schemas/index.ts';
import {
  buildSite,
  defaultContentDir,
  normalise,
  requireBuild,
  scratchDir,
  select,
  selectAll,
  SITE_DIR,
  variantSite,
} from './helpers.ts';
import { VARIANT_ORIGIN } from './variant.ts';

const TEST_ORIGIN = 'https://archive.test.example';

/**
 * Addresses that are identifiers, not links a reader follows: they may appear in any build.
 * Each is named by a specification and never fetched.
 */
const IDENTIFIERS = new Set([
  // XML namespaces: the Atom feeds (RFC 4287), the sitemap's XHTML alternates, inline SVG and the favicon.
  'http://www.w3.org/2005/Atom',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  // The sitemap protocol's namespace, and the extension namespaces the sitemap integration declares.
  'http://www.sitemaps.org/schemas/sitemap/0.9',
  'http://www.google.com/schemas/sitemap-news/0.9',
  'http://www.google.com/schemas/sitemap-image/1.1',
  'http://www.google.com/schemas/sitemap-video/1.1',
  // JSON-LD's @context: the schema.org vocabulary's name.
  'https://schema.org',
  // The JSON Schema dialect of data/schema/*.json ($schema).
  'https://json-schema.org/draft/2020-12/schema',
]);

/**
 * Pagefind's runtime (`pagefind/*.js`, `*.css`), written by its binary the same for every site: it
 * holds licence links in comments and `https://p` / `https://example.com` as bases for parsing
 * relative URLs, none written by the archive or shown to a reader. Its index files are checked.
 */
const PAGEFIND_RUNTIME = /^pagefind\/[^/]+\.(js|css)$/;

const ADDRESS = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()[\]`\\{}|^]+/gi;

/** Every file under a folder, as paths relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A file's text (gzip-compressed files, as Pagefind writes, decompressed), or undefined when it is binary. */
function textOf(file: string): string | undefined {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Addresses the report texts themselves write (records, kept verbatim): a build may carry them. */
function addressesOfRecords(): Set<string> {
  const texts = ['reports/en', 'reports/es', 'sources'].flatMap((dir) =>
    filesOf(join(defaultContentDir(), dir)).map((name) => textOf(join(defaultContentDir(), dir, name)) ?? ''),
  );
  return new Set(texts.flatMap((text) => text.match(ADDRESS) ?? []));
}

/**
 * Every `scheme://…` address in every text file of a built site that is neither at `origin` nor an
 * identifier nor a record's own address, as `file: address`; and the extensions of the text files read.
 */
function otherAddresses(siteDir: string, origin: string): { found: string[]; read: Set<string> } {
  const allowed = addressesOfRecords();
  const found: string[] = [];
  const read = new Set<string>();
  const files = filesOf(siteDir).flatMap((name): [string, string][] => {
    const raw = PAGEFIND_RUNTIME.test(name) ? undefined : textOf(join(siteDir, name));
    const text = raw !== undefined && name.endsWith('.ics') ? calendarText(raw) : raw;
    return text === undefined ? [] : [[name, text], ...carriedFiles(name, text)];
  });
  for (const [name, text] of files) {
    read.add(name.includes('.') ? name.slice(name.lastIndexOf('.')) : name);
    for (const address of text.match(ADDRESS) ?? []) {
      const own = address === origin || address.startsWith(`${origin}/`);
      if (!own && !IDENTIFIERS.has(address) && !allowed.has(address)) found.push(`${name}: ${address}`);
    }
  }
  return { found: [...new Set(found)], read };
}

/**
 * An iCalendar file's text as its reader sees it: folded lines joined and escapes undone (RFC 5545 §3.1 and
 * §3.3.11), so an address split by a fold or after an escaped line break (`\n`) is read whole.
 */
function calendarText(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
}

/**
 * The files a page carries as `data:` links with a `download` name (the citation downloads), as
 * `[page → name, text]`: percent-encoded in the page, so their addresses are read decoded.
 */
function carriedFiles(name: string, html: string): [string, string][] {
  return [...html.matchAll(/href="data:[^,"]*,([^"]*)"[^>]*download="([^"]+)"/g)].map(([, body, file]) => [
    `${name} → ${file}`,
    decodeURIComponent(body!.replace(/&#39;/g, "'")),
  ]);
}

/** Every HTML page of a built site: its URL path and parsed tree. */
function htmlPages(siteDir: string) {
  return filesOf(siteDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({
      path: `/${name.replace(/(^|\/)index\.html$/, '$1')}`,
      tree: fromHtml(readFileSync(join(siteDir, name), 'utf8')),
    }));
}

/** The report files of a content folder: frontmatter fields the feed is made of, per language. */
function reportFields(contentDir: string, lang: Lang) {
  return filesOf(join(contentDir, 'reports', lang)).map((name) => {
    const text = readFileSync(join(contentDir, 'reports', lang, name), 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, string>;
    return {
      id: String(data['id']),
      date: String(data['date']),
      published: String(data['published']),
      updated: data['updated'],
    };
  });
}

function build(out: string, origin: string, content?: string) {
  return buildSite([...(content ? ['--content', content] : []), '--out', out], {
    ...process.env,
    ARCHIVE_ORIGIN: origin,
    NO_COLOR: '1',
  });
}

describe('checking an origin', () => {
  it('keeps an https origin (one trailing slash tolerated) and refuses anything else with what to write', () => {
    const where = 'ARCHIVE_ORIGIN=…';
    expect(checkOrigin('https://Archive.Test.example/', where, 'ARCHIVE_ORIGIN=')).toBe(TEST_ORIGIN);
    expect(checkOrigin('https://archive.test.example:8443', where, 'ARCHIVE_ORIGIN=')).toBe(`${TEST_ORIGIN}:8443`);
    // An international name is kept in the form every URL carries, Punycode (RFC 5890).
    expect(checkOrigin('https://archivo.migración.int', where, 'ARCHIVE_ORIGIN=')).toBe(
      'https://archivo.xn--migracin-13a.int',
    );
    const refusals = {
      'http://archive.test.example':
        'must start with https:// (not http://); write ARCHIVE_ORIGIN=https://archive.test.example',
      'https://archive.test.example/archive/': `with nothing after it (not "/archive/"); write ARCHIVE_ORIGIN=${TEST_ORIGIN}`,
      'https://archive.test.example/?q=1': `with nothing after it (not "/?q=1"); write ARCHIVE_ORIGIN=${TEST_ORIGIN}`,
      'https://archive.test.example/#top': `with nothing after it (not "/#top"); write ARCHIVE_ORIGIN=${TEST_ORIGIN}`,
      'https://user@archive.test.example': 'must not hold a user name or password',
      'archive.test.example': 'is not an address; write ARCHIVE_ORIGIN=https://archive.test.example',
      'https://arch\tive.test.example': 'must not contain spaces, tabs or line ends',
      'https://archive.test.example.': `must not end with a dot (not "archive.test.example."); write ARCHIVE_ORIGIN=${TEST_ORIGIN}`,
      'https://localhost:4321': 'not a local or IP address (not "localhost")',
      'https://127.0.0.1': 'not a local or IP address (not "127.0.0.1")',
      'https://[::1]': 'not a local or IP address (not "[::1]")',
      'https://archive': '"archive" is not a host name',
      'https://archive..test.example': 'is not',
      'https://-bad-.example': '"-bad-.example" is not a host name',
      'https://archive_x.test.example': '"archive_x.test.example" is not a host name',
    };
    for (const [value, message] of Object.entries(refusals))
      expect(() => checkOrigin(value, where, 'ARCHIVE_ORIGIN='), value).toThrow(message);
  });

  it('takes ARCHIVE_ORIGIN over the file, and names the file line when the file is wrong', () => {
    const dir = scratchDir('config-');
    const file = join(dir, 'archive.config.yaml');
    writeFileSync(file, '# where the archive is published\norigin: http://archive.test.example\n');
    expect(() => siteOrigin({}, file)).toThrow(
      `${file}:2: origin: http://archive.test.example: the production origin must start with https://`,
    );
    expect(siteOrigin({ ARCHIVE_ORIGIN: `${TEST_ORIGIN}/` }, file)).toEqual({ origin: TEST_ORIGIN, preview: false });
    expect(siteOrigin({ ARCHIVE_ORIGIN: '' }, file)).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    writeFileSync(file, '# the address\norigin:\norign: https://archive.test.example\n');
    expect(() => siteOrigin({}, file)).toThrow(`${file}:3: only an \`origin:\` line belongs here`);
    writeFileSync(file, 'origin:\n');
    expect(siteOrigin({}, file)).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    writeFileSync(file, `origin: ${TEST_ORIGIN}\n`);
    expect(siteOrigin({}, file)).toEqual({ origin: TEST_ORIGIN, preview: false });
  });

  it('the committed archive.config.yaml is valid', () => {
    expect(() => siteOrigin({})).not.toThrow();
  });
});

describe('a build with a bad origin', { timeout: 120_000 }, () => {
  it('fails with one line naming the variable and what to write, and leaves the previous output as it was', () => {
    const out = join(scratchDir('bad-origin-'), 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    const run = build(out, 'http://archive.test.example');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'error: ARCHIVE_ORIGIN=http://archive.test.example: the production origin must start with https:// (not http://); write ARCHIVE_ORIGIN=https://archive.test.example, or leave it empty for a preview',
    );
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(out, '..', '.build-site'))).toBe(false);
  });
});

describe('a build with an origin', () => {
  // The suite's shared variant build (tests/variant.ts), built with ARCHIVE_ORIGIN=TEST_ORIGIN, of a content copy
  // whose publication dates differ from the meeting order, so the feed test can tell them apart.
  const { content, site: out, stderr } = variantSite();

  it('is the origin of the shared build', () => {
    expect(VARIANT_ORIGIN).toBe(TEST_ORIGIN);
  });

  it('prints no preview warning', () => {
    expect(stderr).not.toMatch(/preview/);
  });

  it('writes no other origin into any file (html, xml, json, csv, txt, bib, ris …)', () => {
    const { found, read } = otherAddresses(out, TEST_ORIGIN);
    expect(found).toEqual([]);
    // Every kind of file that carries addresses was read.
    expect([...read]).toEqual(
      expect.arrayContaining(['.html', '.xml', '.json', '.csv', '.txt', '.bib', '.ris', '_headers', '_redirects']),
    );
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_ORIGIN}/sitemap-index.xml`);
  });

  it('shows no preview notice on any page', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(100);
    const withNotice = pages.filter(({ tree }) => select('.preview-notice', tree)).map(({ path }) => path);
    expect(withNotice).toEqual([]);
    const texts = LANGS.map((lang) => useTranslations(lang)('preview.notice'));
    for (const name of filesOf(out).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(out, name), 'utf8');
      for (const text of texts) expect(html.includes(text), name).toBe(false);
    }
  });

  for (const lang of LANGS) {
    it(`dates each /${lang}/ feed entry by the archive's publication (published, updated), newest first`, () => {
      const feed = new DOMParser().parseFromString(readFileSync(join(out, feedPath(lang)), 'utf8'), 'application/xml');
      const ATOM = 'http://www.w3.org/2005/Atom';
      const child = (element: Element, name: string) =>
        element.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? '';
      const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
        id: /\/reports\/([^/]+)\/$/.exec(child(entry, 'id'))?.[1] ?? '',
        published: child(entry, 'published'),
        updated: child(entry, 'updated'),
      }));
      const fields = reportFields(content, lang);
      const expected = fields
        .sort((a, b) => b.published.localeCompare(a.published) || b.date.localeCompare(a.date))
        .map((report) => ({
          id: report.id,
          published: `${report.published}T00:00:00Z`,
          updated: `${report.updated ?? report.published}T00:00:00Z`,
        }));
      expect(entries).toEqual(expected);
      // The copy's dates put the older meeting first: the order is not the meeting order.
      expect(entries.map((entry) => entry.id)).not.toEqual(
        fields
          .map((report) => report.id)
          .sort()
          .reverse(),
      );
      const latest = expected
        .map((entry) => entry.updated)
        .sort()
        .at(-1);
      expect(child(feed.documentElement!, 'updated')).toBe(latest);
      expect(feed.documentElement?.getElementsByTagNameNS(ATOM, 'updated')[0]?.parentNode).toBe(feed.documentElement);
    });
  }
});

describe('the test build (dist/, no origin): a preview', () => {
  requireBuild();

  it('writes only http://localhost:4321 as its origin', () => {
    expect(otherAddresses(SITE_DIR, PREVIEW_ORIGIN).found).toEqual([]);
    expect(readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${PREVIEW_ORIGIN}/sitemap-index.xml`,
    );
  });

  it('says on every page, in its language, that it is a preview', () => {
    const pages = htmlPages(SITE_DIR);
    expect(pages.length).toBeGreaterThan(100);
    const missing = pages.flatMap(({ path, tree }) => {
      const lang = String(select('html', tree)?.properties['lang']);
      // Pages of no language (/, the 404) are in both; the others in their own.
      const neutral = path === '/' || path === '/404.html';
      return (neutral ? LANGS : [lang as Lang])
        .filter((language) => normalise(textOfNotice(tree, language)) !== useTranslations(language)('preview.notice'))
        .map((language) => `${path}: no ${language} preview notice`);
    });
    expect(missing).toEqual([]);
  });
});

/** The text of a page's preview notice in a language ('' when there is none). */
function textOfNotice(tree: ReturnType<typeof fromHtml>, lang: Lang): string {
  const paragraph = selectAll(`.preview-notice p[lang=${lang}]`, tree)[0];
  const text = paragraph?.children.map((node) => (node.type === 'text' ? node.value : '')).join('') ?? '';
  return text;
}

describe('language alternates (every HTML page of dist/)', () => {
  requireBuild();

  it('are reciprocal, list the page itself, and have one x-default: the language chooser', () => {
    const alternates = new Map(
      htmlPages(SITE_DIR).map(({ path, tree }) => [
        new URL(path, PREVIEW_ORIGIN).href,
        selectAll('link[rel=alternate][hreflang]', tree).map((link) => ({
          lang: String(link.properties['hrefLang']),
          href: String(link.properties['href']),
        })),
      ]),
    );
    const problems: string[] = [];
    const defaults = new Set<string>();
    for (const [url, links] of alternates) {
      if (links.length === 0) continue;
      if (!links.some((link) => link.href === url)) problems.push(`${url}: does not list itself`);
      for (const link of links) {
        if (link.lang === 'x-default') defaults.add(link.href);
        if (link.href === url) continue;
        const back = alternates.get(link.href);
        if (back === undefined) problems.push(`${url}: lists ${link.href} (${link.lang}), which is no page`);
        else if (!back.some((other) => other.href === url))
          problems.push(`${url}: lists ${link.href}, which does not list it back`);
      }
    }
    expect(problems).toEqual([]);
    expect([...defaults]).toEqual([`${PREVIEW_ORIGIN}/`]);
    // The chooser and both homes declare one another.
    for (const home of ['/', '/en/', '/es/'])
      expect(
        alternates
          .get(`${PREVIEW_ORIGIN}${home}`)
          ?.map((link) => link.href)
          .sort(),
        home,
      ).toEqual(['/', '/en/', '/es/'].map((path) => `${PREVIEW_ORIGIN}${path}`));
  });
});
