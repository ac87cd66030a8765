/**
 * schema.org JSON-LD for report and item pages, so search engines and
 * reference managers read what a page is: a Report with its parts, or a part
 * (CreativeWork) of one, with dates, place, participants and the text's hash.
 */
import { type Archive, mustGet, type Report, type ReportItem } from './archive.ts';
import { textHash } from './citation.ts';
import { useTranslations } from './i18n.ts';
import { countryName, reportTitle } from './present.ts';
import { absoluteUrl, itemPath, pagePath, reportPath } from './urls.ts';

type JsonLd = Record<string, unknown>;

function place(archive: Archive, report: Report): JsonLd | undefined {
  const venue = report.data.venue;
  if (!venue) return undefined;
  const country = mustGet(archive.countries, venue.country.id);
  return {
    '@type': 'Place',
    name: [venue.city, venue.region, country.name[report.lang]].filter(Boolean).join(', '),
    address: {
      '@type': 'PostalAddress',
      addressLocality: venue.city,
      ...(venue.region ? { addressRegion: venue.region } : {}),
      addressCountry: country.iso2,
    },
  };
}

/** The report as a schema.org Report, with its items as parts. */
export function reportJsonLd(archive: Archive, report: Report, site: string | URL): JsonLd {
  const lang = report.lang;
  const t = useTranslations(lang);
  const network = report.issuer;
  const location = place(archive, report);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': absoluteUrl(pagePath(lang, reportPath(report.id)), site),
    url: absoluteUrl(pagePath(lang, reportPath(report.id)), site),
    name: reportTitle(report),
    alternateName: report.data.title,
    inLanguage: lang,
    dateCreated: report.data.date,
    author: { '@type': 'Organization', name: network.name[lang] },
    ...(location ? { contentLocation: location } : {}),
    contributor: report.data.participants.map((participant) => ({
      '@type': 'GovernmentOrganization',
      name: countryName(archive, participant, lang),
    })),
    hasPart: report.items.map((item) => ({
      '@type': 'CreativeWork',
      '@id': absoluteUrl(pagePath(lang, itemPath(report.id, item.number)), site),
      name: t('item.title', { number: item.shown }),
      position: item.number,
    })),
  };
}

/** An item as a schema.org CreativeWork that is part of its report. */
export function itemJsonLd(report: Report, item: ReportItem, site: string | URL): JsonLd {
  const lang = report.lang;
  const t = useTranslations(lang);
  const url = absoluteUrl(pagePath(lang, itemPath(report.id, item.number)), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: `${t('item.title', { number: item.shown })} · ${reportTitle(report)}`,
    position: item.number,
    inLanguage: lang,
    text: item.text,
    dateCreated: report.data.date,
    identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: textHash(item.text) },
    isPartOf: {
      '@type': 'Report',
      '@id': absoluteUrl(pagePath(lang, reportPath(report.id)), site),
      name: reportTitle(report),
    },
  };
}

/** JSON-LD as the text of a <script> element: `<` escaped so the text cannot close the element. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
