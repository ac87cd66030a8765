/**
 * How a report or an item is cited: the sentence an official pastes into a
 * letter, the same as one CSL-JSON record (CSL-JSON 1.0.2, citationstyles.org)
 * from which Citation.js writes the RIS and BibTeX files and the APA and
 * Chicago styles, and the SHA-256 that lets anyone check a quoted text against
 * the archive. One module, used by pages, the downloadable files and the open
 * data export.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { format as bibtexValue } from '@citation-js/plugin-bibtex/lib/output/value.js';
import '@citation-js/plugin-ris';
import type { Lang } from '../schemas/index.ts';
import { type Archive, mustGet, type Report, type ReportItem } from './archive.ts';
import { languageName, useTranslations } from './i18n.ts';
import { citedNumber, citedNumberNote, countryName, isNetworkReport, numberingNote, reportTitle } from './present.ts';
import { absoluteUrl, itemPath, pagePath, reportPath } from './urls.ts';

/**
 * The formats a citation can be downloaded in, with their file name extensions and media types (CSL-JSON:
 * citationstyles.org's registered `application/vnd.citationstyles.csl+json`; RIS and BibTeX: the unregistered types
 * Zotero and reference managers recognise).
 */
export const CITATION_FORMATS = [
  { format: 'csl', extension: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  { format: 'ris', extension: 'ris', type: 'application/x-research-info-systems', label: 'RIS' },
  { format: 'bibtex', extension: 'bib', type: 'application/x-bibtex', label: 'BibTeX' },
] as const;

/** A citation download format. */
export type CitationFormat = (typeof CITATION_FORMATS)[number]['format'];

/** Everything a citation says, in one language. */
export interface Citation {
  /** A stable key, e.g. `rcm-lon-2017-11-27-2d`. */
  key: string;
  /**
   * The corporate author, network and conference in full: "Liaison Officer Network for Consular Protection, Regional
   * Conference on Migration".
   */
  author: string;
  /** The network, e.g. "Liaison Officer Network for Consular Protection". */
  network: string;
  /** The conference's full name, e.g. "Regional Conference on Migration". */
  conferenceName: string;
  /** "Report of the meeting of 27 November 2017". */
  title: string;
  /** Meeting date, YYYY-MM-DD. */
  date: string;
  /** Place as cited: city and country. */
  place: string;
  /** Item number as shown, for an item: `"2.d"`, `"[3]"` when the archive numbered it. */
  number?: string;
  /** Why the number is not simply as printed ("Numbered by the Archive: …"), for an item whose number needs it. */
  numberNote?: string;
  /**
   * For a translated text: whose translation and from which language ("unofficial translation of the original in
   * English").
   */
  translation?: string;
  /** The permanent URL. */
  url: string;
  /** The language of the cited text. */
  lang: Lang;
  /** The sentence to paste into a letter. */
  text: string;
  /**
   * The download files' name without extension: `rcm-` and the report id, `-item-` and the item number without its
   * dot for an item, and the language, e.g. `rcm-2017-11-27-item-2d-en` (see `citationDownload`).
   */
  file: string;
}

/**
 * The citation of a report, or of one of its items, in the report's language.
 * A network's report: "Liaison Officer Network for Consular Protection, Regional
 * Conference on Migration, Report of the meeting of 27 November 2017, Antiguo
 * Cuscatlán, El Salvador, item 2.d. https://…/en/reports/2017-11-27/items/2/d/".
 * The conference is written in full, never as "(RCM)", which reads as the
 * network's acronym. A translation says so and names the original's language
 * ("…, punto 2.d (traducción no oficial del original en inglés). https://…");
 * an item the archive numbered says so ("item [3] (numbered by the archive)").
 */
export function citationOf(archive: Archive, report: Report, site: URL | string, item?: ReportItem): Citation {
  const lang = report.lang;
  const t = useTranslations(lang);
  const network = report.issuer;
  const rcm = mustGet(archive.organizations, network.partOf?.id ?? 'rcm');
  const venue = report.data.venue;
  const place = venue
    ? `${venue.city}, ${countryName(archive, venue.country, lang)}`
    : t(`report.format.${report.data.format}`);
  const url = absoluteUrl(pagePath(lang, item ? itemPath(report.id, item.number) : reportPath(report.id)), site);
  const note = item && citedNumberNote(item, lang);
  const translation = translationNote(report);
  const values = {
    author: t('cite.author', { network: network.name[lang], conference: rcm.name[lang] }),
    report: reportTitle(report, lang),
    place,
    number: item ? citedNumber(item, lang) : '',
    translation: translation === undefined ? '' : ` (${translation})`,
  };
  const sentence = isNetworkReport(report)
    ? t(item ? 'cite.item' : 'cite.report', values)
    : t(item ? 'cite.documentItem' : 'cite.document', values);
  // Only the "item 3" part is lower-cased: the note keeps its capitals ("Archivo").
  const itemPart =
    item &&
    `${t('item.title', { number: item.shown }).toLocaleLowerCase(lang)}${note === undefined ? '' : ` (${note})`}`;
  const numberNote = item && numberingNote(item, lang);
  return {
    key: `rcm-lon-${report.id}${item ? `-${item.number.replace('.', '')}` : ''}`,
    author: values.author,
    network: network.name[lang],
    conferenceName: rcm.name[lang],
    title: itemPart ? `${values.report}, ${itemPart}` : values.report,
    date: report.data.date,
    place,
    ...(item ? { number: item.shown } : {}),
    ...(numberNote ? { numberNote } : {}),
    ...(translation ? { translation } : {}),
    url,
    lang,
    text: `${sentence} ${url}`,
    file: `rcm-${report.id}${item ? `-item-${item.number.replace('.', '')}` : ''}-${lang}`,
  };
}

/**
 * "unofficial translation of the original in English", from the report's `translation` field; undefined for an
 * original.
 */
function translationNote(report: Report): string | undefined {
  const translation = report.data.translation;
  if (translation.status !== 'translation') return undefined;
  const t = useTranslations(report.lang);
  return t(translation.official ? 'cite.translation.official' : 'cite.translation.unofficial', {
    language: languageName(translation.from, report.lang),
  });
}

/**
 * The citation as one CSL-JSON record (CSL-JSON schema 1.0.2): a `report` whose
 * author is the corporate name as one `literal` (never split into family and
 * given), the item number as `number` and `section`, and the numbering and
 * translation notes in `note`. Every other form is written from this record.
 * @example cslRecord(citation)
 *   // { id: 'rcm-lon-2017-11-27-2d', type: 'report', author: [{ literal: '…' }], number: '2.d', … }
 */
export function cslRecord(citation: Citation): Record<string, unknown> {
  const notes = [citation.numberNote, citation.translation && upperFirst(citation.translation, citation.lang)].filter(
    Boolean,
  );
  return {
    id: citation.key,
    'citation-key': citation.key,
    type: 'report',
    title: citation.title,
    author: [{ literal: citation.author }],
    publisher: citation.conferenceName,
    'publisher-place': citation.place,
    'event-place': citation.place,
    issued: { 'date-parts': [citation.date.split('-').map(Number)] },
    ...(citation.number ? { number: citation.number, section: citation.number } : {}),
    ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
    URL: citation.url,
    language: citation.lang,
  };
}

function upperFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

// Citation.js labels a BibTeX entry "Liaison2017Report" unless told to use the record's id, and strips its hyphens
// unless not to check it.
Object.assign(plugins.config.get('@bibtex').format ?? {}, { useIdAsLabel: true, checkLabel: false });

/**
 * The citation as a file in one of the download formats: CSL-JSON (a list with
 * one record), RIS (CRLF lines, RIS specification of Research Information
 * Systems) or BibTeX (`@techreport`), the last two written by Citation.js from
 * the CSL-JSON record. Throws only if Citation.js does (a bug, not bad input).
 * @example formatCitation(citation, 'bibtex') // '@techreport{rcm-lon-2017-11-27-2d,\n\tauthor = {{…}}, …'
 */
export function formatCitation(citation: Citation, format: CitationFormat): string {
  switch (format) {
    case 'csl':
      return `${JSON.stringify([cslRecord(citation)], null, 2)}\n`;
    case 'ris':
      return risFile(citation);
    case 'bibtex':
      return bibtexFile(citation);
  }
}

/** A citation download as the page links to it: the name the file is saved under, and the file itself as a URL. */
export interface CitationDownload {
  /** The `download` attribute: `rcm-2017-11-27-item-2d-en.bib`. */
  name: string;
  /** The `href`: a `data:` URL (RFC 2397) holding the file, e.g. `data:application/x-bibtex;…,%40techreport…`. */
  href: string;
}

/**
 * A citation file as a `data:` URL with its file name, so the page carries the file and no file sits beside it
 * (issue 23: three files per page were over half the site's files). The URL is `data:` + the media type of
 * `CITATION_FORMATS` + `;charset=utf-8,` + the exact text of `formatCitation`, UTF-8 and percent-encoded by
 * `encodeURIComponent` (RFC 2397; WHATWG Fetch, "data: URL processor"): on an item page it gzips smaller than base64
 * (docs/citations.md). Browsers save it under `name` when the link has a `download` attribute, without JavaScript.
 * Throws only if `formatCitation` does.
 * @example citationDownload(citation, 'bibtex')
 *   // { name: 'rcm-2017-11-27-item-2d-en.bib', href: 'data:application/x-bibtex;charset=utf-8,%40techreport%7B…' }
 */
export function citationDownload(citation: Citation, format: CitationFormat): CitationDownload {
  const { type, extension } = CITATION_FORMATS.find((candidate) => candidate.format === format)!;
  return {
    name: `${citation.file}.${extension}`,
    href: `data:${type};charset=utf-8,${encodeURIComponent(formatCitation(citation, format))}`,
  };
}

/**
 * BibTeX from Citation.js, with one documented correction: it writes a
 * corporate author as `{{name}}` without escaping LaTeX's special characters
 * (`formatName` in `@citation-js/plugin-bibtex`), which breaks the entry for a
 * name with `&`, `%`, `#`, `_`, `$`, `{`, `}`. The name is escaped again with
 * the plugin's own escaping of a literal field, still double-braced so that
 * BibTeX never splits it into family and given names. And it writes the day
 * into the month (`month = {nov 27}`), which BibTeX styles print as it stands
 * and biblatex rejects: the month becomes BibTeX's macro (`month = nov`) and
 * the whole day goes in biblatex's `date` (ISO 8601), which BibTeX ignores.
 */
function bibtexFile(citation: Citation): string {
  const bib = new Cite([cslRecord(citation)]).format('bibtex').trim();
  const author = `\tauthor = {{${citation.author}}},`;
  const month = /^\tmonth = \{([a-z]{3}) \d{1,2}\},$/m;
  if (!bib.includes(author) || !month.test(bib))
    throw new Error(`Citation.js wrote the author or month of ${citation.key} in an unexpected form:\n${bib}`);
  return `${bib
    .replace(author, () => `\tauthor = {{${bibtexValue('note', citation.author)}}},`)
    .replace(month, (_line, name: string) => `\tmonth = ${name},\n\tdate = {${citation.date}},`)}\n`;
}

/**
 * RIS from Citation.js, with four documented corrections. (1) RIS has no mark
 * for a corporate author: Zotero, EndNote and most parsers read "A, B" in `AU`
 * as family "A", given "B", so the RIS name is written without the comma,
 * "Network (Conference)", the conference in full. (2) Citation.js breaks every
 * value after 70 characters with a bare line end (`@citation-js/plugin-ris`,
 * `format()`), which RIS readers take as a new, untagged line; the breaks are
 * taken out again, and lines end in CRLF as the specification asks. (3) It
 * writes `DA  - 2019/6/12/`; the specification's dates are `YYYY/MM/DD/`.
 * (4) It cuts `ID` to the 20 characters of the 1990s specification, so item
 * 2.d and item 2 shared `rcm-lon-2017-11-27-2`; the full key is kept, as
 * Zotero and EndNote read it, because a reference manager merges records
 * with the same ID.
 */
function risFile(citation: Citation): string {
  const record = { ...cslRecord(citation), author: [{ literal: `${citation.network} (${citation.conferenceName})` }] };
  const lines = unwrapRis(new Cite([record]).format('ris')).map((line) =>
    line
      .replace(
        RIS_DATE,
        (_all, tag: string, year: string, month: string, day: string) =>
          `${tag}${year}/${month.padStart(2, '0')}/${day.padStart(2, '0')}/`,
      )
      .replace(/^ID {2}- .*$/, () => `ID  - ${citation.key}`),
  );
  return `${lines.join('\r\n')}\r\n`;
}

const RIS_DATE = /^(DA {2}- |Y[12] {2}- )(\d{4})\/(\d{1,2})\/(\d{1,2})\//;

const RIS_WRAP = 70;
const RIS_TAG = /^[A-Z][A-Z0-9] {2}- ?/;

/** Joins the lines Citation.js split: a chunk of exactly 70 characters is followed by its continuation. */
function unwrapRis(text: string): string[] {
  const lines: string[] = [];
  let continues = false;
  for (const line of text.split('\n')) {
    const chunk: string = continues ? line : line.replace(RIS_TAG, '');
    if (continues) lines[lines.length - 1] += line;
    else lines.push(line);
    continues = chunk.length === RIS_WRAP;
  }
  return lines.filter((line, index) => line !== '' || index < lines.length - 1);
}

/**
 * The citation styles rendered by the CSL processor, besides the archive's own sentence, with the CSL style each uses.
 */
export const CITATION_STYLES = [
  { style: 'apa', label: { en: 'APA 7', es: 'APA 7' } },
  { style: 'chicago-author-date', label: { en: 'Chicago (author-date)', es: 'Chicago (autor-fecha)' } },
] as const;

/** A CSL style of `CITATION_STYLES`. */
export type CitationStyle = (typeof CITATION_STYLES)[number]['style'];

/** The CSL locale a language's citations are rendered in: British English, as the pages' dates; Spain's Spanish. */
const CSL_LOCALE: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };

const csl = plugins.config.get('@csl');
// Chicago and the en-GB locale are vendored from the official CSL repositories (src/lib/csl/README.md); APA and es-ES
// ship with the plugin.
// Read from the project root, as content is: Vite bundles this module for Astro, so a path beside it would not exist
// there.
function vendored(file: string): string {
  const path = join(process.cwd(), 'src/lib/csl', file);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `${path}: the vendored CSL file is missing; run from the project root, or ` +
        `restore it (git checkout -- src/lib/csl, see its README.md)`,
    );
  }
}
if (!csl.styles.has('chicago-author-date')) csl.styles.add('chicago-author-date', vendored('chicago-author-date.csl'));
if (!csl.locales.has('en-GB')) csl.locales.add('en-GB', vendored('locales-en-GB.xml'));

const CACHE = Symbol.for('consular-network-archive.citeproc-renderings');

/**
 * citeproc-js's renderings, shared by every copy of this module in the process: Astro's pages load it from Vite's
 * bundle, the prerenderer (an integration) from the source, and both render the same report frames. 3 ms each,
 * about 8,000 at 1,000 reports once shared.
 */
const renderings = ((globalThis as { [CACHE]?: { texts: Map<string, string>; count: number } })[CACHE] ??= {
  texts: new Map(),
  count: 0,
});
const rendered = renderings.texts;

/**
 * How many records citeproc-js has rendered in this process, after forgetting what it rendered so far (for tests:
 * the items of a report must share one rendering per style, see `renderStyle`).
 * @example citeprocRendersAfter(() => renderStyle(citation, 'apa')) // 1
 */
export function citeprocRendersAfter(render: () => void): number {
  rendered.clear();
  const before = renderings.count;
  render();
  return renderings.count - before;
}

/**
 * The record as the styles see it. The title already names the item, so its
 * number is not repeated ("item 2.d (2.d)"); neither APA nor Chicago prints a
 * CSL `note`, so a translation is described in square brackets after the
 * title, as APA 7 (9.23, descriptions) and Chicago (14.104) do.
 */
function styledRecord(citation: Citation): Record<string, unknown> {
  const { number: _number, section: _section, ...record } = cslRecord(citation);
  return citation.translation ? { ...record, title: `${citation.title} [${citation.translation}]` } : record;
}

/**
 * The citation as plain text in a CSL style, in its language's CSL locale,
 * rendered by citeproc-js through Citation.js at build time.
 * Rendering costs about 3 ms a record, and a build renders every page's
 * citation in every style (80,000 at 1,000 reports), so the items of a report,
 * whose records differ only in the item number (in the title) and the URL,
 * share one rendering: the item's record with stand-ins for both, into which
 * the item's are put back. Styles may change a title's case (Chicago writes
 * English titles in title case), so only the number is stood in for, inside
 * the title the style sees. A record where the stand-ins do not come back
 * exactly once is rendered in full. `tests/citation.test.ts` checks that both
 * ways give the same text for every citation of the archive.
 * @example renderStyle(citation, 'apa')
 *   // 'Liaison Officer Network …, Regional Conference on Migration. (2017). Report of …'
 */
export function renderStyle(citation: Citation, style: CitationStyle): string {
  const record = styledRecord(citation);
  const frame = frameRecord(citation, record);
  if (frame === undefined || citation.number === undefined) return renderRecord(record, style, citation.lang);
  const text = renderRecord(frame, style, citation.lang);
  if (!standInsOnce(text)) return renderRecord(record, style, citation.lang);
  const number = citation.number;
  return text.replace(STAND_IN.number, () => number).replace(STAND_IN.url, () => citation.url);
}

/** Whether a frame's rendering holds each stand-in exactly once, so the item's own parts can be put back. */
function standInsOnce(text: string): boolean {
  return text.split(STAND_IN.number).length === 2 && text.split(STAND_IN.url).length === 2;
}

/**
 * The renderings `renderStyle(citation, style)` uses, as keys of `renderedEntries`, and whether all of them are
 * remembered already (then it renders nothing). An item uses its report's frame, and its own record too when the
 * frame's stand-ins do not come back; a report uses its own record.
 * @example renderingsOf(itemCitation, 'apa') // { keys: ['apa|{"id":"frame",…}'], remembered: false }
 */
export function renderingsOf(citation: Citation, style: CitationStyle): { keys: string[]; remembered: boolean } {
  const record = styledRecord(citation);
  const own = renderingKey(record, style);
  const frame = frameRecord(citation, record);
  if (frame === undefined) return { keys: [own], remembered: rendered.has(own) };
  const framed = renderingKey(frame, style);
  const text = rendered.get(framed);
  if (text === undefined) return { keys: [framed], remembered: false };
  return standInsOnce(text)
    ? { keys: [framed], remembered: true }
    : { keys: [framed, own], remembered: rendered.has(own) };
}

/** The key under which a record's rendering in a style is remembered. */
function renderingKey(record: Record<string, unknown>, style: CitationStyle): string {
  return `${style}|${JSON.stringify(record)}`;
}

/**
 * What a remembered rendering depends on besides its record and style: the CSL processor's version, the CSL style
 * and locale files, and the way `citeprocText` reads an entry (`ENTRY_FORM`, bumped when it changes). Renderings
 * kept between builds (src/integrations/citation-workers.ts) are used only under the same version.
 * @example renderingsVersion() // '5f0c…' (SHA-256, hex)
 */
export function renderingsVersion(): string {
  const hash = createHash('sha256').update(`${packageVersion('citeproc')}|${ENTRY_FORM}`);
  for (const { style } of CITATION_STYLES) hash.update(`|${csl.styles.get(style)}`);
  for (const locale of Object.values(CSL_LOCALE)) hash.update(`|${csl.locales.get(locale)}`);
  return hash.digest('hex');
}

/** How `citeprocText` turns citeproc-js's bibliography into a text: bump it when that changes. */
const ENTRY_FORM = 1;

/** The version of citeproc-js that Citation.js's CSL plugin loads (its dependency, found from the plugin). */
function packageVersion(name: 'citeproc'): string {
  const plugin = createRequire(import.meta.url).resolve('@citation-js/plugin-csl');
  return (createRequire(plugin)(`${name}/package.json`) as { version: string }).version;
}

/**
 * An item's record with stand-ins for its number (inside the title the style sees) and URL, or undefined for a
 * report's record or a title without the number. Every field that names the item is stood in for (`id`,
 * `citation-key` too): the frame is the same for all the items of a report, and rendered once.
 */
function frameRecord(citation: Citation, record: Record<string, unknown>): Record<string, unknown> | undefined {
  const title = String(record['title']);
  const at = citation.number === undefined ? -1 : title.lastIndexOf(citation.number);
  if (citation.number === undefined || at < 0) return undefined;
  const framed = `${title.slice(0, at)}${STAND_IN.number}${title.slice(at + citation.number.length)}`;
  return { ...record, id: 'frame', 'citation-key': 'frame', title: framed, URL: STAND_IN.url };
}

/**
 * One citation for each rendering `renderStyle` starts from (an item frame or a report's record) among `citations`:
 * rendering these in a style renders everything the others need in it, except a frame whose stand-ins do not come
 * back (then each item is rendered in full, where it is asked for).
 * @example distinctRenderings(reportAndItemCitations) // one for the report, one for all its items (per language)
 */
export function distinctRenderings(citations: Iterable<Citation>): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of citations) {
    const record = styledRecord(citation);
    seen.set(JSON.stringify(frameRecord(citation, record) ?? record), citation);
  }
  return [...seen.values()];
}

/**
 * What this copy of the module has rendered, as `[key, text]` (for a worker thread to send to the build), and
 * `rememberRenderings` to take such a list: the build renders the styles in worker threads before the pages
 * (src/integrations/citation-workers.ts), so the engines' memory goes with the workers.
 */
export function renderedEntries(): [key: string, text: string][] {
  return [...rendered];
}

/** How many records citeproc-js has rendered in this thread so far (the build's workers leave none to the pages). */
export function citeprocRenderCount(): number {
  return renderings.count;
}

/** Takes renderings made elsewhere (`renderedEntries` of a worker thread) as if rendered here. */
export function rememberRenderings(entries: Iterable<[key: string, text: string]>): void {
  for (const [key, text] of entries) rendered.set(key, text);
}

/** Stand-ins for the parts that differ between the items of a report, which no style changes. */
const STAND_IN = { number: '0stand0in0', url: 'https://stand-in.invalid/url/' };

/** One record rendered by citeproc-js, remembered: the frames of a report are asked for once per item. */
function renderRecord(record: Record<string, unknown>, style: CitationStyle, lang: Lang): string {
  const key = renderingKey(record, style);
  let text = rendered.get(key);
  if (text === undefined) {
    renderings.count += 1;
    text = citeprocText(record, style, CSL_LOCALE[lang]);
    rendered.set(key, text);
  }
  return text;
}

/** Citation.js's citeproc-js engines, one per style and locale (its `@csl` plugin's documented `config.engine`). */
const cslEngine = plugins.config.get('@csl').engine!;

/**
 * One record's bibliography entry as plain text, from Citation.js's cached citeproc-js engine for the style and
 * locale. The same entry as `new Cite([record]).format('bibliography', …)` (`renderStyleInFull`, which the tests
 * compare for every citation of the archive), at about a seventh of the time: 2 ms a record instead of 14 ms,
 * measured on 200 report records (`format` prepares more than one record's entry needs).
 */
function citeprocText(record: Record<string, unknown>, style: CitationStyle, locale: string): string {
  const engine = cslEngine([record], style, locale, 'text');
  engine.updateItems([String(record['id'])]);
  return engine.makeBibliography()[1].join('').trim();
}

/**
 * The citation in a CSL style rendered on its own through Citation.js's `format`, the slow, documented way that
 * `renderStyle` must agree with (for tests).
 */
export function renderStyleInFull(citation: Citation, style: CitationStyle): string {
  return new Cite([styledRecord(citation)])
    .format('bibliography', { template: style, lang: CSL_LOCALE[citation.lang], format: 'text' })
    .trim();
}

/** SHA-256 (hex) of a text as UTF-8: what the archive publishes so a quotation can be checked. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
