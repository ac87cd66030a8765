/**
 * Both languages complete: every report exists in every language with the
 * same item numbers in the same order. A gap names the file and the item, so
 * a translator knows exactly what is missing.
 */
import { LANGS } from '../schemas/index.ts';
import type { Report } from './archive.ts';
import type { Problem } from './problems.ts';

/** Expected path of a report file in a language. */
function reportFile(lang: string, id: string): string {
  return `content/reports/${lang}/${id}.mdx`;
}

/**
 * Problems that make the languages differ: a missing translation (one
 * problem per missing file, naming it and the README step that makes it), or
 * items that are not the same. `elsewhere` holds `lang/id` keys of report
 * files that exist but were rejected earlier: they are not missing, and their
 * items are not compared (their own problems come first).
 * Example: with only `content/reports/en/2018-05-02.mdx`, one problem:
 * `translation missing: content/reports/es/2018-05-02.mdx does not exist; translate …`.
 */
export function parityProblems(reports: readonly Report[], elsewhere: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Map<string, Report>>();
  for (const report of reports) {
    const twins = byId.get(report.id) ?? new Map<string, Report>();
    twins.set(report.lang, report);
    byId.set(report.id, twins);
  }
  for (const [id, twins] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const present = LANGS.flatMap((lang) => twins.get(lang) ?? []);
    const missing = LANGS.filter((lang) => !twins.has(lang) && !elsewhere.has(`${lang}/${id}`));
    for (const lang of missing) problems.push(translationMissing(present[0], lang, id));
    for (const [index, report] of present.entries()) {
      for (const other of present.slice(index + 1))
        problems.push(...compareItems(report, other), ...compareItems(other, report));
    }
  }
  return problems;
}

/**
 * The one problem of a report that is not yet in a language: which file to write, from which, and where the README says
 * how.
 */
function translationMissing(from: Report | undefined, lang: string, id: string): Problem {
  const source = from ? reportFile(from.lang, id) : 'the other language';
  return {
    file: from?.file ?? reportFile(lang, id),
    message:
      `translation missing: ${reportFile(lang, id)} does not exist; ` +
      `translate ${source} into it, keeping every <Item n="…"> as it is, and fill ` +
      `in translation (README, Adding a report, step 4)`,
  };
}

/** Items of `report` that `other` lacks, and items in a different order. */
function compareItems(report: Report, other: Report): Problem[] {
  const problems: Problem[] = [];
  const otherNumbers = other.items.map((item) => item.number);
  for (const item of report.items) {
    if (!otherNumbers.includes(item.number)) {
      problems.push({
        file: report.file,
        line: item.line,
        where: `item ${item.number}`,
        message: `has no twin in ${other.file}`,
      });
    }
  }
  const shared = report.items.map((item) => item.number).filter((number) => otherNumbers.includes(number));
  const otherShared = otherNumbers.filter((number) => shared.includes(number));
  const firstDifference = shared.findIndex((number, index) => otherShared[index] !== number);
  if (firstDifference >= 0 && report.lang < other.lang) {
    problems.push({
      file: report.file,
      where: `item ${shared[firstDifference] ?? '?'}`,
      message: `items are in a different order than in ${other.file}`,
    });
  }
  return problems;
}
