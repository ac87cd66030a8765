/**
 * Both languages complete: the same reports with the same item numbers, the
 * same built pages under /en/ and /es/, each page linked to its twin, Spanish
 * pages in Spanish from header to footer, and translations marked as such.
 */
import { readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { readArchive } from '../src/lib/content-files.ts';
import { reportsIn } from '../src/lib/archive.ts';
import { validateDictionary } from '../src/lib/i18n.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import { reportExpectations } from './expectations.ts';
import {
  defaultContentDir,
  contentArchive,
  copyOfContent,
  page,
  select,
  selectAll,
  textOf,
  requireBuild,
  SITE_DIR,
} from './helpers.ts';

/** Builds the archive from a content folder and returns every problem of every kind as lines. */
function archiveProblems(dir: string): string[] {
  return readArchive(dir, dir).problems.map(formatProblem);
}

describe('content parity', () => {
  it('both languages have the same reports with the same item numbers in the same order', () => {
    const shape = (lang: 'en' | 'es') =>
      reportsIn(contentArchive(), lang).map((report) => [report.id, report.items.map((item) => item.number)]);
    expect(shape('es')).toEqual(shape('en'));
    // Every report file is in the archive: none dropped on the way.
    const files = (lang: string) =>
      readdirSync(join(defaultContentDir(), 'reports', lang)).filter((name) => name.endsWith('.mdx'));
    expect(shape('en').map(([id]) => `${String(id)}.mdx`)).toEqual(files('en').sort());
    expect(shape('en').length).toBeGreaterThan(0);
  });

  it('an item missing from the Spanish text fails, naming the file and item', () => {
    const dir = copyOfContent();
    const file = join(dir, 'reports', 'es', '2017-11-27.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<Item n="9">[\s\S]*?<\/Item>\n?/, ''));
    expect(archiveProblems(dir)).toEqual([
      expect.stringMatching(/^reports\/en\/2017-11-27\.mdx:\d+: item 9: has no twin in reports\/es\/2017-11-27\.mdx$/),
    ]);
  });

  it('an extra item in the Spanish text fails, naming the file and item', () => {
    const dir = copyOfContent();
    const file = join(dir, 'reports', 'es', '2016-11-15.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Item n="9">\nTexto añadido.\n</Item>\n`);
    expect(archiveProblems(dir)).toEqual([
      expect.stringMatching(/^reports\/es\/2016-11-15\.mdx:\d+: item 9: has no twin in reports\/en\/2016-11-15\.mdx$/),
    ]);
  });

  it('a report in one language only gets exactly one problem: translation missing, naming the file to write and the README step', () => {
    for (const report of reportsIn(contentArchive(), 'en')) {
      const dir = copyOfContent();
      rmSync(join(dir, 'reports', 'es', `${report.id}.mdx`));
      expect(archiveProblems(dir)).toEqual([
        `reports/en/${report.id}.mdx: translation missing: content/reports/es/${report.id}.mdx does not exist; translate content/reports/en/${report.id}.mdx into it, keeping every <Item n="…"> as it is, and fill in translation (README, Adding a report, step 4)`,
      ]);
    }
  });

  it('a parity problem is reported in the same run as a schema problem of another report', () => {
    const dir = copyOfContent();
    const broken = join(dir, 'reports', 'en', '2017-11-27.mdx');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('date: "2017-11-27"', 'date: "2017-02-30"'));
    const extra = join(dir, 'reports', 'es', '2016-11-15.mdx');
    writeFileSync(extra, `${readFileSync(extra, 'utf8')}\n<Item n="9">\nTexto añadido.\n</Item>\n`);
    expect(archiveProblems(dir)).toEqual([
      expect.stringMatching(/^reports\/en\/2017-11-27\.mdx:\d+:\d+: date: must be a real calendar date/),
      expect.stringMatching(/^reports\/es\/2016-11-15\.mdx:\d+: item 9: has no twin in reports\/en\/2016-11-15\.mdx$/),
    ]);
  });

  it('every translated text records where it comes from', () => {
    for (const report of reportsIn(contentArchive(), 'es')) {
      expect(report.data.translation).toEqual({
        status: 'translation',
        from: 'en',
        official: false,
        date: expect.any(String),
        by: expect.any(String),
      });
    }
  });
});

describe('UI dictionaries', () => {
  it('the Spanish dictionary has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('a missing or extra key fails with the file and key named', () => {
    const { ['nav.home']: _missing, ...incomplete } = es;
    expect(() => validateDictionary('es', incomplete)).toThrow('src/i18n/es.ts: "nav.home": is missing');
    expect(() => validateDictionary('es', { ...es, 'nav.extra': 'x' })).toThrow(
      'src/i18n/es.ts: "nav.extra": not in src/i18n/en.ts',
    );
    expect(() => validateDictionary('es', { ...es, 'nav.home': ' ' })).toThrow('src/i18n/es.ts: "nav.home": is empty');
  });
});

/** Every built HTML page of a language, as URL paths after the prefix. */
function pagesOf(lang: string): string[] {
  const root = join(SITE_DIR, lang);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => relative(root, join(root, name)).replace(/index\.html$/, ''))
    .sort();
}

describe('built pages in both languages', () => {
  requireBuild();

  it('/en/ and /es/ have the same pages', () => {
    expect(pagesOf('en').length).toBeGreaterThan(40);
    expect(pagesOf('es')).toEqual(pagesOf('en'));
  });

  for (const lang of ['en', 'es'] as const) {
    const other = lang === 'en' ? 'es' : 'en';
    it(`every /${lang}/ page has <html lang="${lang}">, alternates and a visible link to its /${other}/ twin`, () => {
      for (const path of pagesOf(lang)) {
        const url = `/${lang}/${path}`;
        const tree = page(url);
        expect(select('html', tree)?.properties['lang'], url).toBe(lang);
        const alternates = Object.fromEntries(
          selectAll('link[rel=alternate][hreflang]', tree).map((link) => [
            String(link.properties['hrefLang']),
            new URL(String(link.properties['href'])).pathname,
          ]),
        );
        // Only the homes have an x-default: the language chooser (tests/origin.test.ts checks every set is reciprocal).
        expect(alternates, url).toEqual({
          en: `/en/${path}`,
          es: `/es/${path}`,
          ...(path === '' ? { 'x-default': '/' } : {}),
        });
        expect(new URL(String(select('link[rel=canonical]', tree)?.properties['href'])).pathname, url).toBe(url);
        const switcher = select(`header a[hreflang=${other}]`, tree);
        expect(switcher?.properties['href'], url).toBe(`/${other}/${path}`);
      }
    });
  }

  it('every Spanish page is in Spanish from header to footer (no English UI string left)', () => {
    // Words that are spelled the same in both languages.
    const same = new Set(['virtual']);
    // Literal parts of the English strings, placeholders cut out.
    const english = Object.values(en)
      .flatMap((value) => value.split(/\{\w+\}/))
      .map((part) => part.trim().replace(/^[.,:;()]+|[.,:;()]+$/g, ''))
      .filter((part) => part.length >= 4 && !same.has(part));
    for (const path of pagesOf('es')) {
      // Text marked lang="en" (the English twin of a glossary entry) is English on purpose, and
      // URLs are written out on purpose with path keywords that are English by contract.
      const tree = page(`/es/${path}`);
      for (const element of selectAll('[lang=en]', tree)) element.children = [];
      const text = (textOf(tree, 'body') ?? '').replace(/\S*\/\S*/g, ' ');
      const left = english.filter((part) =>
        new RegExp(`(^|\\P{L})${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\P{L})`, 'u').test(text),
      );
      expect(left, `/es/${path}`).toEqual([]);
    }
  });

  it('Spanish report and item pages say the translation is unofficial and link to the English original', () => {
    for (const path of pagesOf('es').filter((p) => p.startsWith('reports/') && p !== 'reports/')) {
      const tree = page(`/es/${path}`);
      expect(textOf(tree, '.notice'), path).toContain('Traducción no oficial. El texto original en inglés prevalece.');
      expect(select('.notice a', tree)?.properties['href'], path).toBe(`/en/${path}`);
    }
    for (const report of reportsIn(contentArchive(), 'en'))
      expect(select('.notice', page(`/en/reports/${report.id}/`)), report.id).toBeUndefined();
  });

  it('dates are written in each language', () => {
    for (const { id, title } of reportExpectations()) {
      for (const lang of ['en', 'es'] as const) {
        if (title[lang] !== undefined)
          expect(textOf(page(`/${lang}/reports/${id}/`), 'h1'), `${lang}/${id}`).toBe(title[lang]);
      }
    }
  });

  it('the sitemap lists every page of both languages with its alternates', () => {
    const sitemap = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname).sort();
    expect(locs).toEqual([...pagesOf('en').map((p) => `/en/${p}`), ...pagesOf('es').map((p) => `/es/${p}`)].sort());
    for (const report of reportsIn(contentArchive(), 'es')) {
      for (const item of report.items)
        expect(sitemap).toContain(`hreflang="es" href="${SITE}${pagePath('es', itemPath(report.id, item.number))}"`);
    }
    // Every listed page names itself and its twin, English first, as hreflang alternates.
    for (const [, entry] of sitemap.matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry ?? '')?.[1] ?? '';
      const path = new URL(loc).pathname.replace(/^\/(en|es)\//, '/');
      const links = [...(entry ?? '').matchAll(/hreflang="(\w+)" href="([^"]+)"/g)].map(
        ([, lang, href]) => `${lang} ${new URL(href ?? '').pathname}`,
      );
      expect(links, loc).toEqual([`en /en${path}`, `es /es${path}`]);
    }
  });
});
