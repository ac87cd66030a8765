/**
 * Citable: every item page offers its citation in its language, the three
 * download formats and the SHA-256 of its text; the formats are well formed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReport } from '../src/lib/archive.ts';
import { CITATION_FORMATS, citationOf, formatCitation, textHash } from '../src/lib/citation.ts';
import { PREVIEW_ORIGIN as SITE } from '../src/lib/site.ts';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import { reportExpectations } from './expectations.ts';
import { contentArchive, distFile, page, select, selectAll, textOf, requireBuild } from './helpers.ts';

const archive = contentArchive();
const report2017 = (lang: 'en' | 'es') => findReport(archive, lang, '2017-11-27')!;
const item2d = (lang: 'en' | 'es') => report2017(lang).items.find((item) => item.number === '2.d')!;

describe('citation text', () => {
  for (const { id, citation, itemCitations } of reportExpectations()) {
    for (const lang of ['en', 'es'] as const) {
      it(`${lang}/${id}: reads as its facts file says, for the report and its pinned items`, () => {
        const report = findReport(archive, lang, id)!;
        if (citation[lang] !== undefined) expect(citationOf(archive, report, SITE).text).toBe(citation[lang]);
        for (const [number, texts] of Object.entries(itemCitations)) {
          const item = report.items.find((candidate) => candidate.number === number);
          if (texts[lang] !== undefined) expect(item && citationOf(archive, report, SITE, item).text, number).toBe(texts[lang]);
        }
      });
    }
  }
});

describe('citation formats', () => {
  const citation = citationOf(archive, report2017('es'), SITE, item2d('es'));

  it('CSL-JSON is a list with one report', () => {
    const [record] = JSON.parse(formatCitation(citation, 'csl')) as Record<string, unknown>[];
    expect(record).toMatchObject({
      type: 'report',
      title: 'Informe de la reunión del 27 de noviembre de 2017, punto 2.d',
      author: [{ literal: 'Red de Funcionarios de Enlace para la Protección Consular' }],
      issued: { 'date-parts': [[2017, 11, 27]] },
      URL: `${SITE}/es/reports/2017-11-27/items/2/d/`,
      language: 'es',
    });
  });

  it('RIS has TY first, ER last, CRLF lines', () => {
    const lines = formatCitation(citation, 'ris').split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('DA  - 2017/11/27');
    expect(lines).toContain(`UR  - ${SITE}/es/reports/2017-11-27/items/2/d/`);
    expect(lines.at(-2)).toBe('ER  -');
  });

  it('BibTeX is one balanced @techreport entry with the corporate author braced', () => {
    const bib = formatCitation(citation, 'bibtex');
    expect(bib.startsWith('@techreport{rcm-lon-2017-11-27-2d,')).toBe(true);
    expect(bib).toContain('author = {{Red de Funcionarios de Enlace para la Protección Consular}}');
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
  });
});

describe('cite this item, in the built site', () => {
  requireBuild();

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: every item page has its citation, three downloads and the hash of its text`, () => {
      for (const report of archive.reports.filter((candidate) => candidate.lang === lang)) {
        for (const item of report.items) {
          const url = pagePath(lang, itemPath(report.id, item.number));
          const tree = page(url);
          expect(textOf(tree, '#cite-text'), url).toBe(citationOf(archive, report, SITE, item).text);
          const downloads = selectAll('.cite__actions a', select('section.cite', tree) ?? tree).map((a) => String(a.properties['href']));
          expect(downloads, url).toEqual(CITATION_FORMATS.map((format) => `${url}${format.file}`));
          for (const format of CITATION_FORMATS) {
            expect(readFileSync(distFile(`${url}${format.file}`), 'utf8'), `${url}${format.file}`).toBe(
              formatCitation(citationOf(archive, report, SITE, item), format.format),
            );
          }
          expect(textOf(tree, '.cite__hash code'), url).toBe(textHash(item.text));
        }
      }
    });
  }

  it('each item on a report page can be cited without leaving it', () => {
    const tree = page('/es/reports/2017-11-27/');
    expect(textOf(tree, '#item-2-d > details.cite .cite__text')).toBe(citationOf(archive, report2017('es'), SITE, item2d('es')).text);
    expect(textOf(tree, 'section.cite .cite__text')).toContain(
      'Informe de la reunión del 27 de noviembre de 2017, Antiguo Cuscatlán, El Salvador.',
    );
  });

  it('the copy button is hidden until JavaScript shows it; the print view has the retrieval date slot', () => {
    const tree = page('/en/reports/2017-11-27/items/2/d/');
    expect(select('section.cite button[data-copy]', tree)?.properties['hidden']).toBe(true);
    expect(select('[data-retrieved]', tree)).toBeDefined();
  });
});
