/**
 * How a report or an item is cited: the sentence an official pastes into a
 * letter, the same as CSL-JSON, RIS and BibTeX records, and the SHA-256 that
 * lets anyone check a quoted text against the archive. One module, used by
 * pages, the downloadable files and the open data export.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../schemas/index.ts';
import { type Archive, mustGet, type Report, type ReportItem } from './archive.ts';
import { useTranslations } from './i18n.ts';
import { citedNumber, citedNumberNote, countryName, isNetworkReport, numberingNote, reportTitle } from './present.ts';
import { absoluteUrl, itemPath, pagePath, reportPath } from './urls.ts';

/** The formats a citation can be downloaded in, with their file names and media types. */
export const CITATION_FORMATS = [
  { format: 'csl', file: 'cite.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  { format: 'ris', file: 'cite.ris', type: 'application/x-research-info-systems', label: 'RIS' },
  { format: 'bibtex', file: 'cite.bib', type: 'application/x-bibtex', label: 'BibTeX' },
] as const;

/** A citation download format. */
export type CitationFormat = (typeof CITATION_FORMATS)[number]['format'];

/** Everything a citation says, in one language. */
export interface Citation {
  /** A stable key, e.g. `rcm-lon-2017-11-27-2d`. */
  key: string;
  /** The network, e.g. "Liaison Officer Network for Consular Protection". */
  network: string;
  /** The conference's acronym in the language (RCM, CRM). */
  conference: string;
  /** The conference's full name. */
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
  /** The permanent URL. */
  url: string;
  /** The language of the cited text. */
  lang: Lang;
  /** The sentence to paste into a letter. */
  text: string;
}

/**
 * The citation of a report, or of one of its items, in the report's language.
 * A network's report: "Liaison Officer Network for Consular Protection (RCM),
 * Report of the meeting of 27 November 2017, Antiguo Cuscatlán, El Salvador, item 2.d."
 * Another document names its kind and body in its title, and an item the archive
 * numbered says so: "…, Conclusions of the Regional Consultation Group on Migration,
 * Managua, 24–25 June 2014, item [3] (numbered by the archive)."
 */
export function citationOf(archive: Archive, report: Report, site: URL | string, item?: ReportItem): Citation {
  const lang = report.lang;
  const t = useTranslations(lang);
  const network = report.issuer;
  const rcm = mustGet(archive.organizations, network.partOf?.id ?? 'rcm');
  const venue = report.data.venue;
  const place = venue ? `${venue.city}, ${countryName(archive, venue.country, lang)}` : t(`report.format.${report.data.format}`);
  const url = absoluteUrl(pagePath(lang, item ? itemPath(report.id, item.number) : reportPath(report.id)), site);
  const note = item && citedNumberNote(item, lang);
  const values = {
    network: network.name[lang],
    conference: rcm.acronym?.[lang] ?? rcm.name[lang],
    report: reportTitle(report, lang),
    place,
    number: item ? citedNumber(item, lang) : '',
  };
  const sentence = isNetworkReport(report)
    ? t(item ? 'cite.item' : 'cite.report', values)
    : t(item ? 'cite.documentItem' : 'cite.document', values);
  // Only the "item 3" part is lower-cased: the note keeps its capitals ("Archivo").
  const itemPart = item && `${t('item.title', { number: item.shown }).toLocaleLowerCase(lang)}${note === undefined ? '' : ` (${note})`}`;
  const numberNote = item && numberingNote(item, lang);
  return {
    key: `rcm-lon-${report.id}${item ? `-${item.number.replace('.', '')}` : ''}`,
    network: values.network,
    conference: values.conference,
    conferenceName: rcm.name[lang],
    title: itemPart ? `${values.report}, ${itemPart}` : values.report,
    date: report.data.date,
    place,
    ...(item ? { number: item.shown } : {}),
    ...(numberNote ? { numberNote } : {}),
    url,
    lang,
    text: `${sentence} ${url}`,
  };
}

/** The citation as a file in one of the download formats. */
export function formatCitation(citation: Citation, format: CitationFormat): string {
  switch (format) {
    case 'csl':
      return `${JSON.stringify([cslJson(citation)], null, 2)}\n`;
    case 'ris':
      return ris(citation);
    case 'bibtex':
      return bibtex(citation);
  }
}

function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

function cslJson(citation: Citation): Record<string, unknown> {
  return {
    id: citation.key,
    type: 'report',
    title: citation.title,
    author: [{ literal: citation.network }],
    publisher: citation.conferenceName,
    'publisher-place': citation.place,
    'event-place': citation.place,
    issued: { 'date-parts': [dateParts(citation.date)] },
    ...(citation.number ? { section: citation.number } : {}),
    ...(citation.numberNote ? { note: citation.numberNote } : {}),
    URL: citation.url,
    language: citation.lang,
  };
}

function ris(citation: Citation): string {
  const [year, month, day] = citation.date.split('-');
  const lines = [
    ['TY', 'RPRT'],
    ['AU', `${citation.network},`],
    ['TI', citation.title],
    ['PB', citation.conferenceName],
    ['CY', citation.place],
    ['PY', year ?? ''],
    ['DA', `${year}/${month}/${day}`],
    ...(citation.number ? [['SE', citation.number]] : []),
    ...(citation.numberNote ? [['N1', citation.numberNote]] : []),
    ['UR', citation.url],
    ['LA', citation.lang],
    ['ID', citation.key],
    ['ER', ''],
  ];
  // RIS wants CRLF line ends and "TAG  - value".
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtex(citation: Citation): string {
  const [year, month] = citation.date.split('-');
  const braces = (value: string) => value.replace(/[{}\\]/g, '');
  const fields = [
    ['author', `{{${braces(citation.network)}}}`],
    ['title', `{${braces(citation.title)}}`],
    ['institution', `{${braces(citation.conferenceName)}}`],
    ['address', `{${braces(citation.place)}}`],
    ['year', year ?? ''],
    ['month', BIBTEX_MONTHS[Number(month) - 1] ?? ''],
    ['date', `{${citation.date}}`],
    ...(citation.number ? [['number', `{${braces(citation.number)}}`]] : []),
    ...(citation.numberNote ? [['note', `{${braces(citation.numberNote)}}`]] : []),
    ['url', `{${citation.url}}`],
    ['langid', citation.lang === 'es' ? '{spanish}' : '{english}'],
  ];
  return `@techreport{${citation.key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** SHA-256 (hex) of a text as UTF-8: what the archive publishes so a quotation can be checked. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
