/**
 * Way-finding on the built site (issue 21, parts 2 and 6): the contents of a report open item pages, item pages show
 * their language-neutral identifier, report pages link the meetings before and after, report lists are newest first
 * and say so, role tags speak in one form, and every acronym the reports use has a line in the glossary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { type Report, reportsIn } from '../src/lib/archive.ts';
import { identifierTarget, nearestCandidates } from '../src/lib/hosting.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { glossary } from '../src/lib/present.ts';
import { ROLES } from '../src/lib/roles.ts';
import { PREVIEW_ORIGIN } from '../src/lib/site.ts';
import { absoluteUrl, identifierPath, itemPath, pagePath, reportPath } from '../src/lib/urls.ts';
import { LANGS, type Lang } from '../src/schemas/index.ts';
import {
  contentArchive,
  defaultContentDir,
  normalise,
  page,
  pageExists,
  requireBuild,
  select,
  selectAll,
  textOf,
} from './helpers.ts';
import { toText } from 'hast-util-to-text';

requireBuild();

const archive = contentArchive();
const reportPage = (report: Report) => pagePath(report.lang, reportPath(report.id));
const hrefs = (tree: Root, selector: string) => selectAll(selector, tree).map((a) => String(a.properties['href']));

describe('item pages one click from the report page', () => {
  it.for(archive.reports.map((report) => [reportPage(report), report] as const))(
    '%s: each contents entry opens its item’s page, in the report’s order',
    ([url, report]) => {
      const targets = hrefs(page(url), '.contents__list a').map((href) => new URL(href, `http://x${url}`).pathname);
      expect(targets).toEqual(report.items.map((item) => pagePath(report.lang, itemPath(report.id, item.number))));
      expect(targets.filter((target) => !pageExists(target))).toEqual([]);
    },
  );

  it.for(archive.reports.map((report) => [reportPage(report), report] as const))(
    '%s: every item carries a visible “Item 2.d” link to its page',
    ([url, report]) => {
      const t = useTranslations(report.lang);
      const links = selectAll('.item__permalink', page(url)).map((a) => [String(a.properties['href']), toText(a)]);
      expect(links).toEqual(
        report.items.map((item) => [
          pagePath(report.lang, itemPath(report.id, item.number)),
          t('item.title', { number: item.shown }),
        ]),
      );
    },
  );

  it.for(archive.reports)('$lang $id: every item page shows its identifier, which leads to the item', (report) => {
    const t = useTranslations(report.lang);
    for (const item of report.items) {
      const path = pagePath(report.lang, itemPath(report.id, item.number));
      const tree = page(path);
      const identifier = identifierPath(report.id, item.number);
      expect(hrefs(tree, 'a.identifier'), path).toEqual([absoluteUrl(identifier, PREVIEW_ORIGIN)]);
      expect(textOf(tree, '.identifier + .note'), path).toBe(t('item.identifierNote'));
      // What the hosts answer for it (hostAnswer, _nginx.conf): the same item in either reader's language.
      for (const lang of LANGS) {
        expect(identifierTarget(identifier, lang)).toBe(pagePath(lang, itemPath(report.id, item.number)));
        expect(pageExists(identifierTarget(identifier, lang)!), `${identifier} → ${lang}`).toBe(true);
      }
    }
  });
});

describe('previous and next meeting', () => {
  it.for(LANGS)('%s: each report page links the meetings before and after it in date order', (lang) => {
    const reports = reportsIn(archive, lang);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const answers = reports.map((report) => {
      const tree = page(reportPage(report));
      return [hrefs(tree, 'a[rel~=prev]'), hrefs(tree, 'a[rel~=next]')];
    });
    const expected = reports.map((_, at) => [
      at > 0 ? [reportPage(reports[at - 1]!)] : [],
      at < reports.length - 1 ? [reportPage(reports[at + 1]!)] : [],
    ]);
    expect(answers).toEqual(expected);
  });
});

describe('report lists: newest first everywhere, and said', () => {
  const dates = (tree: Root, selector: string) =>
    hrefs(tree, selector).map((href) => /\/reports\/([^/]+)\/$/.exec(href)?.[1] ?? href);
  const newestFirst = (ids: string[]) => [...ids].sort().reverse();
  const countryPages = (lang: Lang) =>
    readdirSync(join('dist', lang, 'countries'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/${lang}/countries/${entry.name}/`);

  it.for(LANGS)('%s: home, the reports index and every country page', (lang) => {
    const t = useTranslations(lang);
    const lists = [
      {
        url: pagePath(lang),
        selector: 'section[aria-labelledby=latest] .report-summary__title a',
        note: '.list-order',
        order: t('reports.order'),
      },
      {
        url: pagePath(lang, 'reports/'),
        selector: '.report-summary__title a',
        note: '.list-order',
        order: t('reports.order'),
      },
      ...countryPages(lang).flatMap((url) =>
        ['hosted', 'attended'].map((id) => ({
          url,
          // A country's meetings are a compact list of dates and venues (issue 21), each section stating its order.
          selector: `section[aria-labelledby=${id}] .meeting-links a`,
          note: `section[aria-labelledby=${id}] .list-order`,
          // Of meetings ("reuniones", feminine in Spanish), not of reports ("informes").
          order: t('meetings.order'),
        })),
      ),
    ];
    let reports = 0;
    for (const [at, { url, selector, note, order }] of lists.entries()) {
      const tree = page(url);
      const ids = dates(tree, selector);
      reports += ids.length;
      // Home and the reports index always list reports; a country page may list none in a section.
      if (at < 2) expect(ids.length, url).toBeGreaterThanOrEqual(2);
      expect(ids, url).toEqual(newestFirst(ids));
      if (ids.length > 0) expect(textOf(tree, note), url).toBe(order);
    }
    expect(reports).toBeGreaterThan(4);
  });
});

describe('role tags in one form', () => {
  // One tense: every label says what the entity did at the meeting, in the past (en: a past participle or "made …";
  // es: a preterite, "se comprometió", "hizo …", "se propuso …").
  const FORM: Record<Lang, RegExp> = {
    en: /^(?:\p{L}+ed|made)\b/u,
    es: /^(?:se (?:le )?)?(?:\p{L}+ó|hizo|propuso)(?!\p{L})/u,
  };
  it.for(LANGS)('%s', (lang) => {
    const t = useTranslations(lang);
    expect(ROLES.map((role) => t(`role.${role}`)).filter((label) => !FORM[lang].test(label))).toEqual([]);
  });
});

describe('glossary', () => {
  /**
   * Words of two or more capitals in the reports that are no acronym of the glossary, and why. The headings are set in
   * capitals; the rest are kept verbatim from the originals.
   */
  const NOT_ACRONYMS: Record<string, string> = {
    RNOCOM: 'a slip of the 2017 original for RNCOM (item 4.b), kept verbatim',
    IX: 'a Roman numeral ("IX Week of Labour Rights")',
    ...Object.fromEntries(
      [
        'REPORT OF THE MEETING LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION FROM',
        'INFORME DE LA REUNIÓN RED FUNCIONARIOS ENLACE PARA PROTECCIÓN',
      ]
        .flatMap((heading) => heading.split(' '))
        .map((word) => [word, 'a word of a heading set in capitals']),
    ),
  };
  // The seed reports, as archived byte for byte beside the content (`content/sources/`; the fidelity test compares).
  const SEEDS = ['2016-11-15.en.txt', '2017-11-27.en.txt'].map((name) =>
    readFileSync(join(defaultContentDir(), 'sources', name), 'utf8'),
  );
  const texts: Record<Lang, string[]> = {
    en: SEEDS,
    es: reportsIn(archive, 'es').flatMap((report) => [
      ...(report.data.heading ?? []),
      report.preambleHtml,
      ...report.items.map((item) => item.text),
    ]),
  };

  it.for(LANGS)('%s: every acronym the reports use has a line', (lang) => {
    const known = new Set(glossary(archive, lang, lang === 'en' ? 'es' : 'en').map((term) => term.acronym));
    const used = new Set(texts[lang].flatMap((text) => text.match(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu) ?? []));
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((word) => !known.has(word) && NOT_ACRONYMS[word] === undefined)).toEqual([]);
  });

  it.for(LANGS)('%s: every line says what its acronym stands for, in words found in the content', (lang) => {
    const terms = glossary(archive, lang, lang === 'en' ? 'es' : 'en');
    const standsFor = terms.map((term) => [term.acronym, term.expansion ?? term.name] as const);
    expect(standsFor.filter(([acronym, words]) => words.includes(acronym))).toEqual([]);
    for (const term of terms.filter((term) => term.expansion !== undefined)) {
      const entity = archive.initiatives.get(term.id)!;
      expect(entity.description[lang], term.acronym).toContain(term.expansion);
    }
    const micic = select('#acronym-micic', page(pagePath(lang, 'glossary/')));
    expect(micic && normalise(toText(micic))).toContain(archive.initiatives.get('micic')!.expansion![lang]);
  });
});

describe('the 404 page', () => {
  it('has a search form in each language, and a place for the nearest page', () => {
    const tree = page('/404.html');
    // Those of its own content; the site's header has one more, in the page's language.
    expect(selectAll('main form[role=search]', tree).map((form) => form.properties['action'])).toEqual(
      LANGS.map((lang) => pagePath(lang, 'search/')),
    );
    expect(selectAll('main form[role=search] input[name=q]', tree)).toHaveLength(LANGS.length);
    // Empty until its script finds the page: the script adds the link (an empty link would be announced as one).
    expect(selectAll('.not-found__nearest[hidden]', tree)).toHaveLength(LANGS.length);
    expect(selectAll('.not-found__nearest a', tree)).toHaveLength(0);
  });

  it('offers, nearest first, the item, the report and the list of reports; nothing for other addresses', () => {
    expect(nearestCandidates('/en/reports/2017-11-27/items/2/z/')).toEqual([
      '/en/reports/2017-11-27/items/2/',
      '/en/reports/2017-11-27/',
      '/en/reports/',
    ]);
    expect(nearestCandidates('/es/reports/2017-11-27/items/2.z/')[0]).toBe('/es/reports/2017-11-27/items/2/z/');
    // A lettered sub-item is nearer than its numbered item; a word after the number is no letter.
    expect(nearestCandidates('/en/reports/2017-11-27/items/2/d/x').slice(0, 2)).toEqual([
      '/en/reports/2017-11-27/items/2/d/',
      '/en/reports/2017-11-27/items/2/',
    ]);
    expect(nearestCandidates('/en/reports/2017-11-27/items/2/dx/')[0]).toBe('/en/reports/2017-11-27/items/2/');
    expect(nearestCandidates('/es/reports/2017-11-28/')).toEqual(['/es/reports/']);
    expect(nearestCandidates('/en/about-us/')).toEqual([]);
  });
});
