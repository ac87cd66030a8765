/**
 * The built site over a copy of content/ with two added documents (the shared variant build, tests/variant.ts)
 * (tests/fixtures/documents/): RCGM conclusions whose agreements the archive
 * numbered, and a network report whose original skips item 6 and 2.c and
 * prints 3 twice. Pages, lists, identifiers, search titles and every citation
 * form show "[3]" and say the archive numbered it, carry the body and kind in
 * the title, and show the gaps and the repeat as printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { identifierTarget } from '../src/lib/hosting.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { searchRecords } from '../src/lib/search-records.ts';
import { normalise, select, selectAll, variantSite } from './helpers.ts';

// The suite's shared build of a content copy with the two documents added (tests/variant.ts).
const { content, site } = variantSite();

function file(urlPath: string): string {
  return readFileSync(join(site, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath), 'utf8');
}

function page(urlPath: string): Root {
  return fromHtml(file(urlPath));
}

function text(tree: Root, selector: string): string | undefined {
  const element = select(selector, tree);
  return element ? normalise(toText(element)) : undefined;
}

/** The citation file a page's download link carries, decoded by Node's WHATWG `data:` URL processor (its fetch). */
async function download(urlPath: string, extension: 'json' | 'ris' | 'bib'): Promise<string> {
  const link = select(`section.cite a[download$=".${extension}"]`, page(urlPath));
  return (await fetch(String(link?.properties['href']))).text();
}

function texts(tree: Root, selector: string): string[] {
  return selectAll(selector, tree).map((element) => normalise(toText(element)));
}

const ORIGIN = /^https?:\/\/[^/]+/;

describe('conclusions of an RCM body, numbered by the archive', () => {
  const TITLE = {
    en: 'Conclusions of the Regional Consultation Group on Migration, Managua, 24–25 June 2014',
    es: 'Conclusiones del Grupo Regional de Consulta sobre Migración, Managua, 24–25 de junio de 2014',
  };

  it('names its kind and body in the title and in the list of reports', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(text(page(`/${lang}/reports/2014-06-24/`), 'h1')).toBe(TITLE[lang]);
      expect(texts(page(`/${lang}/reports/`), '.report-summary__title')).toContain(TITLE[lang]);
    }
  });

  it('shows "[n]" on the report page, in its list and its text, and explains it', () => {
    const tree = page('/en/reports/2014-06-24/');
    expect(texts(tree, '.contents__number')).toEqual(['[1]', '[2]', '[3]']);
    expect(text(tree, '#item-3 .item__number')).toBe('[3]');
    expect(text(tree, '#item-3 .item__permalink')).toBe('Item [3]');
    expect(text(tree, '.numbering-note')).toBe(
      'Numbered by the Archive: the original leaves these agreements unnumbered.',
    );
    expect(text(page('/es/reports/2014-06-24/'), '.numbering-note')).toBe(
      'Número asignado por el Archivo: el original no numera estos acuerdos.',
    );
  });

  it('shows "[3]" on the item page, its breadcrumbs and its explanation', () => {
    const tree = page('/en/reports/2014-06-24/items/3/');
    expect(text(tree, 'h1')).toBe('Item [3]');
    expect(text(tree, '.breadcrumbs [aria-current="page"]')).toBe('Item [3]');
    expect(text(tree, '.item-text .item__number')).toBe('[3]');
    expect(text(tree, 'main .numbering-note')).toBe(
      'Numbered by the Archive: the original leaves these agreements unnumbered.',
    );
    expect(text(page('/es/reports/2014-06-24/items/3/'), 'h1')).toBe('Punto [3]');
  });

  it('says so in the citation on the page, which is also the text the copy button copies', () => {
    const en = page('/en/reports/2014-06-24/items/3/');
    expect(text(en, '.cite__text')?.replace(/https?:\/\/[^/]+/, '')).toBe(
      `Regional Consultation Group on Migration, Regional Conference on Migration, ${TITLE.en}, item [3] (numbered by the archive). /en/reports/2014-06-24/items/3/`,
    );
    const copied = select('.cite button[data-copy]', en)?.properties['dataCopy'];
    expect(text(en, `#${String(copied)}`)).toContain('item [3] (numbered by the archive).');
    expect(text(page('/es/reports/2014-06-24/items/3/'), '.cite__text')).toContain(
      `${TITLE.es}, punto [3] (número asignado por el Archivo) (traducción no oficial del original en inglés).`,
    );
    // The item inside the report page cites the same way.
    expect(text(page('/en/reports/2014-06-24/'), '#item-3 .cite__text')).toContain(
      'item [3] (numbered by the archive).',
    );
  });

  it('says so in CSL-JSON, RIS and BibTeX, in both languages', async () => {
    const csl = JSON.parse(await download('/en/reports/2014-06-24/items/3/', 'json')) as Record<string, unknown>[];
    expect(csl[0]).toMatchObject({
      title: `${TITLE.en}, item [3] (numbered by the archive)`,
      author: [{ literal: 'Regional Consultation Group on Migration, Regional Conference on Migration' }],
      section: '[3]',
      note: 'Numbered by the Archive: the original leaves these agreements unnumbered.',
    });
    const ris = await download('/en/reports/2014-06-24/items/3/', 'ris');
    expect(ris).toContain(`\r\nTI  - ${TITLE.en}, item [3] (numbered by the archive)\r\n`);
    expect(ris).toContain('\r\nSN  - [3]\r\n');
    expect(ris).toContain('\r\nN1  - Numbered by the Archive: the original leaves these agreements unnumbered.\r\n');
    const bib = await download('/en/reports/2014-06-24/items/3/', 'bib');
    const entry = parseBibtex(bib).entries[0];
    expect(entry?.fields['title']).toBe(`${TITLE.en}, item [3] (numbered by the archive)`);
    expect(entry?.fields['note']).toBe('Numbered by the Archive: the original leaves these agreements unnumbered.');
    const es = JSON.parse(await download('/es/reports/2014-06-24/items/3/', 'json')) as Record<string, unknown>[];
    expect(es[0]?.['title']).toBe(`${TITLE.es}, punto [3] (número asignado por el Archivo)`);
    expect(await download('/es/reports/2014-06-24/items/3/', 'ris')).toContain(
      'N1  - Número asignado por el Archivo: el original no numera estos acuerdos.',
    );
    // Citation.js writes "ú" as {\' u}; the parser gives it back decomposed: compared in NFC.
    expect(
      String(
        parseBibtex(await download('/es/reports/2014-06-24/items/3/', 'bib')).entries[0]?.fields['title'],
      ).normalize('NFC'),
    ).toContain('punto [3] (número asignado por el Archivo)');
  });

  it('shows "[3]" on the page its identifier leads to, and in its search record', () => {
    expect(text(page(identifierTarget('/id/2014-06-24/3/', 'en') ?? ''), 'h1')).toBe('Item [3]');
    const record = searchRecords(loadArchiveFromFiles(content, content)).find(
      (r) => r.url === '/en/reports/2014-06-24/items/3/',
    );
    expect(record?.meta.title).toBe(`Item [3] · ${TITLE.en}`);
  });
});

describe('a network report with declared gaps and a repeated number', () => {
  it('keeps the network report title and citation', () => {
    const tree = page('/en/reports/2015-05-20/items/2/d/');
    expect(text(tree, '.kicker a')).toBe('Report of the meeting of 20 May 2015');
    expect(text(tree, '.cite__text')?.replace(ORIGIN, '')).toMatch(
      /^Liaison Officer Network for Consular Protection, Regional Conference on Migration, Report of the meeting of 20 May 2015, San José, Costa Rica, item 2\.d\. https?:\/\/[^/]+\/en\/reports\/2015-05-20\/items\/2\/d\/$/,
    );
  });

  it('says where the original has no item, in the list and just before the item after the gap', () => {
    const en = page('/en/reports/2015-05-20/');
    expect(texts(en, '.contents__gap')).toEqual(['The original has no item 2.c.', 'The original has no item 6.']);
    const fullText = toHtml(select('.report-text', en) ?? { type: 'root', children: [] });
    const gap = fullText.indexOf('The original has no item 6.');
    expect(gap).toBeGreaterThan(fullText.indexOf('id="item-5"'));
    expect(fullText.indexOf('id="item-7"')).toBeGreaterThan(gap);
    // No other item between the note and item 7: the note stands right before it.
    expect(fullText.slice(gap, fullText.indexOf('id="item-7"'))).not.toContain('id="item-');
    const letter = fullText.indexOf('The original has no item 2.c.');
    expect(letter).toBeGreaterThan(fullText.indexOf('id="item-2-b"'));
    expect(fullText.indexOf('id="item-2-d"')).toBeGreaterThan(letter);
    expect(texts(page('/es/reports/2015-05-20/'), '.report-text .numbering-gap')).toEqual([
      'El original no tiene punto 2.c.',
      'El original no tiene punto 6.',
    ]);
  });

  it('publishes the second item printed 3 at items/3-2/, shown as printed with a note', () => {
    expect(existsSync(join(site, 'en/reports/2015-05-20/items/3-2/a/index.html'))).toBe(true);
    expect(identifierTarget('/id/2015-05-20/3-2/a/', 'es')).toBe('/es/reports/2015-05-20/items/3-2/a/');
    const tree = page('/en/reports/2015-05-20/items/3-2/');
    expect(text(tree, 'h1')).toBe('Item 3');
    expect(text(tree, 'main .numbering-note')).toBe('The second item numbered 3 in the original.');
    expect(text(tree, '.cite__text')).toContain('San José, Costa Rica, item 3 (the second item numbered 3).');
    const report = page('/en/reports/2015-05-20/');
    expect(text(report, '#item-3-2 > .item__head .item__number')).toBe('3.');
    expect(text(report, '#item-3-2 > .numbering-note')).toBe('The second item numbered 3 in the original.');
    expect(text(page('/es/reports/2015-05-20/items/3-2/'), 'main .numbering-note')).toBe(
      'Segundo punto numerado 3 en el original.',
    );
  });
});
