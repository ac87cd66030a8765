/**
 * `npm run import -- <file.txt> [--lang en|es] [--out <dir>] [--force]`:
 * turns a plain-text report into a report file (content/reports/{lang}/{id}.mdx)
 * and archives the original (content/sources/{id}.{lang}.txt), then prints
 * what it found and what a person must still decide. Refused input writes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/lib/cli.ts';
import { CONTENT_DIR, readContentFiles } from '../src/lib/content-files.ts';
import { decodeText, ImportError, importReport, reportFile } from '../src/lib/importer.ts';
import { asLang } from '../src/lib/i18n.ts';

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const input = positionals[0];
  if (!input) throw new ImportError('usage: npm run import -- <file.txt> [--lang en|es] [--out <dir>] [--force]');
  if (!existsSync(input)) throw new ImportError(`${input}: no such file`);
  const lang = values.lang === undefined ? undefined : asLang(values.lang);
  if (values.lang !== undefined && lang === undefined) throw new ImportError(`--lang ${values.lang}: use en or es`);

  try {
    const bytes = readFileSync(input);
    const { content } = readContentFiles();
    const result = importReport(decodeText(bytes), content, lang ? { lang } : {});

    const reportDir = values.out ?? join(CONTENT_DIR, 'reports', result.lang);
    const sourceDir = values.out ?? join(CONTENT_DIR, 'sources');
    const reportPath = join(reportDir, `${result.id}.mdx`);
    const sourceName = `${result.id}.${result.lang}.txt`;
    const sourcePath = join(sourceDir, sourceName);
    // Into content/, an id is taken if any language has it; into --out, only that folder counts.
    const clashes = [reportPath, sourcePath, ...(values.out ? [] : existingReports(result.id))].filter((path) => existsSync(path));
    if (clashes.length > 0 && !values.force) {
      throw new ImportError(
        `a report with id ${result.id} already exists (${[...new Set(clashes)].join(', ')}); if this is a second meeting that day, fix the id to ${result.id}-2 after importing with --out, or replace it with --force`,
      );
    }

    mkdirSync(reportDir, { recursive: true });
    mkdirSync(sourceDir, { recursive: true });
    writeFileSync(sourcePath, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(reportPath, reportFile(result, { file: sourceName, received: basename(input), sha256 }));

    return [
      `Imported ${input}:`,
      ...result.found.map((line) => `  ${line}`),
      result.unresolved.length === 0
        ? '  unresolved: none'
        : `  unresolved (${result.unresolved.length}; \`npm run check\` rejects the report until each is fixed):\n${result.unresolved.map((line) => `    - ${line}`).join('\n')}`,
      `Wrote ${reportPath} and ${sourcePath}.`,
      `Next: review ${reportPath} against the original, add its ${result.lang === 'en' ? 'Spanish' : 'English'} translation, then \`npm run check\`.`,
    ].join('\n');
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(`${input}: ${error.message}; nothing was written`);
    throw error;
  }
});

/** Report files of any language with this id. */
function existingReports(id: string): string[] {
  const root = join(CONTENT_DIR, 'reports');
  if (!existsSync(root)) return [];
  return readdirSync(root).map((lang) => join(root, lang, `${id}.mdx`));
}
