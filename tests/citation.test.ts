/**
 * Citable: every page offers its citation in its language, in APA and Chicago
 * too, and three downloads (`data:` links, no file beside the page); every
 * download on every page of dist/, decoded by the platform's WHATWG `data:` URL
 * processor (Node's fetch), parses with real, independent parsers (BibTeX: @retorquere/bibtex-parser, Better BibTeX's;
 * RIS: astrocite-ris; CSL-JSON: ajv against the official CSL-JSON schema) and
 * gives back the title, the corporate author as one name, the date, the URL
 * and the item number; LaTeX's special characters survive the round trip.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { findReport, type ReportItem } from '../src/lib/archive.ts';
import {
  CITATION_FORMATS,
  CITATION_STYLES,
  type Citation,
  citationDownload,
  citationOf,
  formatCitation,
  renderStyle,
  renderStyleInFull,
  citeprocRendersAfter,
  citeprocRenderCount,
  textHash,
} from '../src/lib/citation.ts';
import { renderCitationStyles, renderingsCacheFile } from '../src/integrations/citation-workers.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import { reportExpectations } from './expectations.ts';
import { contentArchive, page, scratchDir, select, selectAll, sitePages, textOf, requireBuild } from './helpers.ts';

const archive = contentArchive();
const report2017 = (lang: 'en' | 'es') => findReport(archive, lang, '2017-11-27')!;
const item2d = (lang: 'en' | 'es') => report2017(lang).items.find((item) => item.number === '2.d')!;

type CslRecord = Record<string, unknown> & {
  title: string;
  author: { literal: string }[];
  URL: string;
  note?: string;
  number?: string;
};

// The official CSL-JSON schema (citation-style-language/schema, not on npm: see src/lib/csl/README.md).
const validateCsl = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')),
);

/** The one record of a CSL-JSON file, after checking the file against the schema. */
function cslBack(text: string): CslRecord {
  const data: unknown = JSON.parse(text);
  expect(validateCsl(data), JSON.stringify(validateCsl.errors)).toBe(true);
  expect(data).toHaveLength(1);
  return (data as CslRecord[])[0]!;
}

/**
 * The one entry of a BibTeX file as Better BibTeX's parser reads it (LaTeX decoded to text). Citation.js writes
 * "á" as `{\' a}` and the parser gives it back decomposed (a + U+0301): the same text, compared in NFC.
 */
function bibtexBack(text: string) {
  const { entries, errors } = parseBibtex(text);
  expect(errors).toEqual([]);
  expect(entries).toHaveLength(1);
  const fields = JSON.parse(JSON.stringify(entries[0]!.fields), (_key, value: unknown) =>
    typeof value === 'string' ? value.normalize('NFC') : value,
  ) as Record<string, unknown>;
  return { ...entries[0]!, fields };
}

/** The one record of a RIS file as astrocite reads it (to CSL-JSON). */
function risBack(text: string): Record<string, unknown> & {
  author?: Partial<Record<'given' | 'family' | 'dropping-particle' | 'non-dropping-particle', string>>[];
} {
  const records = parseRis(text);
  expect(records).toHaveLength(1);
  return records[0] as Record<string, unknown>;
}

/** A download link of a page: the name it saves under, its `type`, and the file, decoded from its `data:` URL. */
interface Download {
  name: string;
  type: string;
  /** The media type the `data:` URL itself declares. */
  dataType: string | null;
  text: string;
}

/**
 * The download links of a citation block (`section.cite` or `details.cite`), each decoded by the platform's WHATWG
 * `data:` URL processor (Node's fetch, as a browser saves it): never by the archive's own code.
 */
async function downloadsOf(block: Parameters<typeof selectAll>[1]): Promise<Download[]> {
  return Promise.all(
    selectAll('.cite__actions a[download]', block).map(async (link) => {
      const href = String(link.properties['href']);
      expect(href).toMatch(/^data:/);
      const response = await fetch(href);
      return {
        name: String(link.properties['download']),
        type: String(link.properties['type']),
        dataType: response.headers.get('content-type'),
        text: await response.text(),
      };
    }),
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Checks that the BibTeX and RIS files say what the CSL-JSON record says. */
function expectSameRecord(record: CslRecord, bib: string, ris: string, risAuthor: string): void {
  const [year, month, day] = (record['issued'] as { 'date-parts': number[][] })['date-parts'][0]!;
  const entry = bibtexBack(bib);
  expect(entry.fields['title']).toBe(record.title);
  // One creator with a single `name`: Better BibTeX's reading of a double-braced corporate author, never family + given.
  expect(entry.fields['author']).toEqual([{ name: record.author[0]!.literal }]);
  expect(entry.fields['year']).toBe(String(year));
  // BibTeX's month macro (the parser gives its number) and biblatex's ISO 8601 date.
  expect(entry.fields['month']).toBe(String(month));
  expect(bib).toMatch(new RegExp(`\\tmonth = ${MONTHS[month! - 1]},\\n`));
  expect(entry.fields['date']).toBe([year, month, day].map((part) => String(part).padStart(2, '0')).join('-'));
  expect(entry.fields['url']).toBe(record.URL);
  expect(entry.fields['number']).toBe(record.number);
  expect(entry.fields['note']).toBe(record.note);
  expect(entry.fields['address']).toBe(record['publisher-place']);
  const back = risBack(ris);
  expect(ris).toMatch(/^TY {2}- RPRT\r\n/);
  expect(
    ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line)),
    ris,
  ).toBe(true);
  expect(back['title']).toBe(record.title);
  // RIS has no corporate mark: one AU, no comma (which every reader splits into family, given), the conference in full.
  expect(ris.match(/^AU {2}- .*$/gm)).toEqual([`AU  - ${risAuthor}`]);
  expect(back.author).toHaveLength(1);
  // astrocite splits every name without a comma at its spaces (a person's "Given Family"), so from it only the
  // words can be checked; joined again, they must be the whole name.
  const name = back.author![0]!;
  expect(
    [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' '),
  ).toBe(risAuthor);
  // A reader that follows RIS's own rule ("Last, First": no comma, no split), as Zotero and Citation.js do,
  // keeps the name whole: Citation.js reads it as one literal name, never family and given.
  expect(new Cite(ris).data[0]?.['author']).toEqual([{ literal: risAuthor }]);
  // astrocite lets PY (the year) overwrite DA (the whole date): the year from the parser, the day from the DA line.
  expect(back['issued']).toEqual({ 'date-parts': [[String(year)]] });
  expect(ris).toContain(`\r\nDA  - ${[year, month, day].map((part) => String(part).padStart(2, '0')).join('/')}/\r\n`);
  expect(back['URL']).toBe(record.URL);
  expect(back['number']).toBe(record.number);
  expect(back['note']).toBe(record.note);
  // The whole key, never cut to 20 characters: item 2 and item 2.d must not share an ID.
  expect(ris).toContain(`\r\nID  - ${record.id}\r\n`);
}

describe('citation text', () => {
  for (const { id, citation, itemCitations } of reportExpectations()) {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang}/${id}: reads as its facts file says, for the report and its pinned items`, () => {
        const report = findReport(archive, lang, id)!;
        if (citation[lang] !== undefined) expect(citationOf(archive, report, SITE).text).toBe(citation[lang]);
        for (const [number, texts] of Object.entries(itemCitations)) {
          const item = report.items.find((candidate) => candidate.number === number);
          if (texts[lang] !== undefined)
            expect(item && citationOf(archive, report, SITE, item).text, number).toBe(texts[lang]);
        }
      });
    }
  }

  it('names the conference in full after the network, never as an acronym in brackets', () => {
    for (const report of archive.reports) {
      const { text, author } = citationOf(archive, report, SITE);
      expect(text.startsWith(`${author}, `)).toBe(true);
      expect(text).not.toMatch(/\((RCM|CRM)\)/);
    }
    expect(citationOf(archive, report2017('es'), SITE).author).toBe(
      'Red de Funcionarios de Enlace para la Protección Consular, Conferencia Regional sobre Migración',
    );
  });

  it('a translation says whose and from which language in every form; an original says nothing', () => {
    const note = 'traducción no oficial del original en inglés';
    const citation = citationOf(archive, report2017('es'), SITE, item2d('es'));
    expect(citation.text).toContain(`punto 2.d (${note}).`);
    expect(JSON.parse(formatCitation(citation, 'csl'))[0].note).toBe('Traducción no oficial del original en inglés');
    expect(bibtexBack(formatCitation(citation, 'bibtex')).fields['note']).toBe(
      'Traducción no oficial del original en inglés',
    );
    expect(risBack(formatCitation(citation, 'ris'))['note']).toBe('Traducción no oficial del original en inglés');
    for (const { style } of CITATION_STYLES) expect(renderStyle(citation, style)).toContain(`[${note}]`);
    const original = citationOf(archive, report2017('en'), SITE, item2d('en'));
    expect(original.translation).toBeUndefined();
    expect(formatCitation(original, 'csl')).not.toContain('translation');
  });

  it('an item the archive numbered says so in every form', () => {
    const item = { ...item2d('en'), byArchive: true, shown: '[2.d]' };
    const citation = citationOf(archive, report2017('en'), SITE, item);
    const t = useTranslations('en');
    const short = t('numbering.archiveShort');
    expect(citation.text).toContain(`item [2.d] (${short})`);
    const record = cslBack(formatCitation(citation, 'csl'));
    expect(record.title).toContain(short);
    expect(record.note).toBe(t('numbering.archive'));
    expect(bibtexBack(formatCitation(citation, 'bibtex')).fields['title']).toContain(short);
    expect(risBack(formatCitation(citation, 'ris'))['title']).toContain(short);
    // Chicago title-cases an English title ("Numbered by the Archive"): its rule, not a change of words.
    for (const { style } of CITATION_STYLES)
      expect(renderStyle(citation, style).toLowerCase()).toContain(short.toLowerCase());
  });
});

describe('citation records', () => {
  it('CSL-JSON: one report, the network and conference one literal name, the item number kept', () => {
    const citation = citationOf(archive, report2017('es'), SITE, item2d('es'));
    expect(cslBack(formatCitation(citation, 'csl'))).toMatchObject({
      type: 'report',
      title: 'Informe de la reunión del 27 de noviembre de 2017, punto 2.d',
      author: [
        { literal: 'Red de Funcionarios de Enlace para la Protección Consular, Conferencia Regional sobre Migración' },
      ],
      issued: { 'date-parts': [[2017, 11, 27]] },
      number: '2.d',
      section: '2.d',
      URL: `${SITE}/es/reports/2017-11-27/items/2/d/`,
      language: 'es',
    });
  });

  it('BibTeX protects the capitals of the title, so styles do not lower-case "November"', () => {
    const bib = formatCitation(citationOf(archive, report2017('en'), SITE, item2d('en')), 'bibtex');
    expect(bib).toMatch(/^@techreport\{rcm-lon-2017-11-27-2d,$/m);
    expect(bib).toMatch(/title = \{Report of the meeting of 27 \{November\} 2017, item 2\.d\}/);
    expect(bib).toContain(
      'author = {{Liaison Officer Network for Consular Protection, Regional Conference on Migration}}',
    );
  });

  it('names and places with LaTeX and RIS special characters are escaped and parse back to the same text', () => {
    const base = citationOf(archive, report2017('en'), SITE, item2d('en'));
    const network = 'Red_de {Enlace} #1 ~ ^';
    const conferenceName = 'Conference 100% $ & \\ Co';
    const hostile: Citation = {
      ...base,
      network,
      conferenceName,
      author: `${network}, ${conferenceName}`,
      place: 'Port of Spain, Trinidad & Tobago',
      title: `${base.title}: 50% of $5 for #1_a {b} \\ ~ ^ & a line longer than seventy characters so that Citation.js would wrap it twice over`,
      translation: 'unofficial translation of the original in Spanish',
      date: '2019-06-02',
    };
    const record = cslBack(formatCitation(hostile, 'csl'));
    const bib = formatCitation(hostile, 'bibtex');
    for (const escaped of [
      '\\&',
      '\\%',
      '\\#',
      '\\textunderscore',
      '\\textdollar',
      '\\textbraceleft',
      '\\textbackslash',
      '\\textasciitilde',
      '\\textasciicircum',
    ])
      expect(bib).toContain(escaped);
    expectSameRecord(record, bib, formatCitation(hostile, 'ris'), `${network} (${conferenceName})`);
    expect(bibtexBack(bib).fields['institution']).toEqual([conferenceName]);
  });
});

describe('cite this item, in the built site', () => {
  requireBuild();

  it('every download on every page of dist/ is its own file type, parses and says the same as the others', async () => {
    let blocks = 0;
    for (const url of sitePages()) {
      // A report's and an item's own citation; the items on a report page link to their pages for the files.
      for (const block of selectAll('section.cite', page(url))) {
        const downloads = await downloadsOf(block);
        expect(
          downloads.map(({ name, type, dataType }) => [name.slice(name.lastIndexOf('.')), type, dataType]),
          url,
        ).toEqual(CITATION_FORMATS.map(({ extension, type }) => [`.${extension}`, type, `${type};charset=utf-8`]));
        const [csl, ris, bib] = downloads.map((download) => download.text);
        const record = cslBack(csl!);
        const conference = record['publisher'] as string;
        const network = record.author[0]!.literal.slice(0, -`, ${conference}`.length);
        expect(record.author[0]!.literal, url).toBe(`${network}, ${conference}`);
        expectSameRecord(record, bib!, ris!, `${network} (${conference})`);
        blocks += 1;
      }
    }
    // Every report and item, on its own page.
    expect(blocks).toBe(archive.reports.reduce((sum, report) => sum + 1 + report.items.length, 0));
  });

  it('a download is named after what it cites, in its language', () => {
    const names = (lang: 'en' | 'es', item?: ReportItem) =>
      CITATION_FORMATS.map(
        ({ format }) => citationDownload(citationOf(archive, report2017(lang), SITE, item), format).name,
      );
    expect(names('en', item2d('en'))).toEqual([
      'rcm-2017-11-27-item-2d-en.json',
      'rcm-2017-11-27-item-2d-en.ris',
      'rcm-2017-11-27-item-2d-en.bib',
    ]);
    expect(names('es')).toEqual(['rcm-2017-11-27-es.json', 'rcm-2017-11-27-es.ris', 'rcm-2017-11-27-es.bib']);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: every item page has its citation, three downloads, the hash of its text and the APA and Chicago styles`, async () => {
      for (const report of archive.reports.filter((candidate) => candidate.lang === lang)) {
        for (const item of report.items) {
          const url = pagePath(lang, itemPath(report.id, item.number));
          const tree = page(url);
          const citation = citationOf(archive, report, SITE, item);
          expect(textOf(tree, '#cite-text'), url).toBe(citation.text);
          // The exact bytes the file carried, under the name of `citationDownload`.
          expect(
            (await downloadsOf(select('section.cite', tree) ?? tree)).map(({ name, text }) => [name, text]),
            url,
          ).toEqual(
            CITATION_FORMATS.map(({ format }) => [
              citationDownload(citation, format).name,
              formatCitation(citation, format),
            ]),
          );
          expect(textOf(tree, '.cite__hash code'), url).toBe(textHash(item.text));
          for (const { style } of CITATION_STYLES) {
            expect(textOf(tree, `section.cite details.cite__styles #cite-${style}`), `${url} ${style}`).toBe(
              renderStyle(citation, style),
            );
            expect(select(`section.cite button[data-copy="cite-${style}"]`, tree), `${url} ${style}`).toBeDefined();
          }
        }
      }
    });
  }

  it("a style put together from its report frame, through the cached engine, is the text of Citation.js's format, for every citation", () => {
    let framed = 0;
    for (const report of archive.reports)
      for (const item of [undefined, ...report.items]) {
        const citation = citationOf(archive, report, SITE, item);
        for (const { style } of CITATION_STYLES) {
          expect(renderStyle(citation, style), `${citation.key} ${style}`).toBe(renderStyleInFull(citation, style));
          if (citation.number !== undefined) framed += 1;
        }
      }
    // Most citations take the fast way, so the comparison above tests it.
    expect(framed).toBeGreaterThan(100);
  });

  it('the items of a report share one rendering per style (about 3 ms each: 80,000 at 1,000 reports otherwise)', () => {
    for (const report of archive.reports) {
      const renders = citeprocRendersAfter(() => {
        for (const item of report.items)
          for (const { style } of CITATION_STYLES) renderStyle(citationOf(archive, report, SITE, item), style);
      });
      expect(renders, report.id).toBe(CITATION_STYLES.length);
    }
  });

  /** Every citation style of every page, as the pages render them. */
  const pages = () =>
    archive.reports.flatMap((report) =>
      [undefined, ...report.items].flatMap((item) =>
        CITATION_STYLES.map(({ style }) => renderStyle(citationOf(archive, report, SITE, item), style)),
      ),
    );

  it("the build's worker threads render, for every citation of every page, the very text the page would", async () => {
    let inProcess: string[] = [];
    expect(citeprocRendersAfter(() => (inProcess = pages()))).toBeGreaterThan(8);
    // Forgets the renderings above, takes the workers' ones, then renders every page's styles: none left to do.
    citeprocRendersAfter(() => undefined);
    await renderCitationStyles(archive, SITE);
    const before = citeprocRenderCount();
    const fromWorkers = pages();
    expect(citeprocRenderCount() - before).toBe(0);
    expect(fromWorkers).toEqual(inProcess);
    expect(fromWorkers.length).toBeGreaterThan(100);
  });

  it('the next build takes the renderings kept in the cache folder; another version or a broken file is ignored', async () => {
    const cache = scratchDir('citation-cache-');
    const file = renderingsCacheFile(cache);
    const forget = () => citeprocRendersAfter(() => undefined);
    forget();
    const first = await renderCitationStyles(archive, SITE, cache);
    expect(first.rendered).toBeGreaterThan(8);
    expect(first.cached).toBe(0);
    const texts = pages();
    // A rendering this archive no longer uses is dropped from the file.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: [string, string][] };
    writeFileSync(file, JSON.stringify({ ...kept, entries: [...kept.entries, ['apa|{"id":"gone"}', 'Gone.']] }));
    forget();
    expect(await renderCitationStyles(archive, SITE, cache)).toEqual({ rendered: 0, cached: first.rendered + 1 });
    const before = citeprocRenderCount();
    expect(pages()).toEqual(texts);
    expect(citeprocRenderCount() - before).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(kept);
    // Written under another CSL processor or style: rendered again, not trusted.
    writeFileSync(file, JSON.stringify({ ...kept, version: 'another' }));
    forget();
    expect(await renderCitationStyles(archive, SITE, cache)).toEqual({ rendered: first.rendered, cached: 0 });
    writeFileSync(file, '{"version": "');
    forget();
    expect(await renderCitationStyles(archive, SITE, cache)).toEqual({ rendered: first.rendered, cached: 0 });
    expect(pages()).toEqual(texts);
  });

  it('the styles are APA and Chicago in the language, from the CSL processor', () => {
    const en = renderStyle(citationOf(archive, report2017('en'), SITE, item2d('en')), 'apa');
    expect(en).toMatch(
      /^Liaison Officer Network for Consular Protection, Regional Conference on Migration\. \(2017\)\. Report of the meeting/,
    );
    const es = renderStyle(citationOf(archive, report2017('es'), SITE, item2d('es')), 'chicago-author-date');
    expect(es).toMatch(
      /^Red de Funcionarios de Enlace para la Protección Consular, Conferencia Regional sobre Migración\. 2017\. Informe de la reunión/,
    );
  });

  it('each item on a report page can be cited without leaving it', () => {
    const tree = page('/es/reports/2017-11-27/');
    expect(textOf(tree, '#item-2-d > details.cite .cite__text')).toBe(
      citationOf(archive, report2017('es'), SITE, item2d('es')).text,
    );
    expect(textOf(tree, 'section.cite .cite__text')).toContain(
      'Informe de la reunión del 27 de noviembre de 2017, Antiguo Cuscatlán, El Salvador',
    );
  });

  it('the copy buttons are hidden until JavaScript shows them; the access date slot is empty; the blank line is print-only', () => {
    for (const lang of ['en', 'es'] as const) {
      const tree = page(`/${lang}/reports/2017-11-27/items/2/d/`);
      expect(select('section.cite button[data-copy]', tree)?.properties['hidden']).toBe(true);
      expect(textOf(tree, '#cite-text [data-accessed]')).toBe('');
      const blank = select('section.cite [data-accessed-blank]', tree);
      expect(blank?.properties['className']).toContain('print-only');
      expect(textOf(tree, 'section.cite [data-accessed-blank]')).toContain(useTranslations(lang)('cite.accessedLabel'));
    }
  });
});
