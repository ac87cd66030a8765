/**
 * Language-neutral identifiers: `/id/{report}/`, `/id/{report}/{n}/`,
 * `/id/{report}/{n}/{letter}/` lead to the report or item in the reader's
 * language (with JavaScript), or offer both, English first, as the default.
 */
import { type Archive, findReport, type Report } from '../archive.ts';
import { useTranslations } from '../i18n.ts';
import { shownNumber } from '../item-number.ts';
import { reportTitle } from '../present.ts';
import { identifierPath, itemPath, type LocalPath, parseReportPath, reportPath } from '../urls.ts';
import type { Lang } from '../../schemas/index.ts';
import type { LanguageChooserProps } from './language-chooser.ts';

/** One identifier and what it leads to. */
export interface Identifier {
  /** The identifier's own URL path, `/id/…/`. */
  self: string;
  /** The report in each language. */
  reports: Record<Lang, Report>;
  /** The item's number as written (`"4-2"`), for an item identifier. */
  number: string | undefined;
  /** The item's number as shown (`"4"`, `"[3]"`), for an item identifier. */
  shown: string | undefined;
  /** The path (inside a language) the identifier leads to. */
  path: LocalPath;
}

/**
 * Every identifier: one per report and per item (from the English texts; parity guarantees the Spanish twins), and one
 * per changed URL of an existing report.
 */
export function identifiers(archive: Archive): Identifier[] {
  // Parity guarantees every report both languages.
  const twins = (id: string) =>
    ({ en: findReport(archive, 'en', id), es: findReport(archive, 'es', id) }) as Record<Lang, Report>;
  const published = archive.reports
    .filter((report) => report.lang === 'en')
    .flatMap((report) => [
      {
        self: identifierPath(report.id),
        reports: twins(report.id),
        number: undefined,
        shown: undefined,
        path: reportPath(report.id),
      },
      ...report.items.map((item) => ({
        self: identifierPath(report.id, item.number),
        reports: twins(report.id),
        number: item.number,
        shown: item.shown,
        path: itemPath(report.id, item.number),
      })),
    ]);
  // An identifier outlives its item: one that moved or was withdrawn leads to its redirect or tombstone pages.
  const changed = archive.changes.flatMap((change) => {
    const parsed = parseReportPath(change.id);
    const report = parsed && findReport(archive, 'en', parsed.reportId);
    if (parsed === undefined || report === undefined) return [];
    const shown = parsed.number === undefined ? undefined : shownNumber(parsed.number, report.data.numbering?.by);
    return [
      {
        self: identifierPath(parsed.reportId, parsed.number),
        reports: twins(parsed.reportId),
        number: parsed.number,
        shown,
        path: change.id,
      },
    ];
  });
  return [...published, ...changed];
}

/** What an identifier's page shows: the report's title (and the item's number) in each language. */
export function identifierChooser(
  { self, reports, shown, path }: Identifier,
  site: URL | string,
): LanguageChooserProps {
  const title = (lang: Lang) => {
    const report = reportTitle(reports[lang]);
    return shown === undefined
      ? report
      : `${report}, ${useTranslations(lang)('item.title', { number: shown }).toLocaleLowerCase(lang)}`;
  };
  const lead = (lang: Lang) => useTranslations(lang)('id.lead');
  return {
    titles: { en: title('en'), es: title('es') },
    taglines: { en: lead('en'), es: lead('es') },
    path,
    self,
    selfIsDefault: false,
    site,
  };
}
