/**
 * `npm run import -- <file> [--lang en|es] [--out <dir>] [--force]`: turns a
 * report as the secretariat has it — PDF, Word (.docx), a saved web page
 * (.html) or plain text — into a report file (content/reports/{lang}/{id}.mdx),
 * archives the original byte for byte (content/sources/{id}.{lang}.{ext}),
 * then prints what it found and what a person must still decide. Refused
 * input writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { asLang } from '../src/lib/i18n.ts';
import { ACCEPTED_EXTENSIONS, readDocument } from '../src/lib/import/readers/index.ts';
import { ImportError, importDocument, reportFile } from '../src/lib/importer.ts';
import { sha256 } from '../src/lib/source-files.ts';
import type { Lang } from '../src/schemas/index.ts';

const COMMAND = 'npm run import -- <report.pdf|.docx|.html|.txt> [--lang en|es] [--out <dir>] [--force]';
const USAGE = `usage: ${COMMAND}`;

/**
 * The command line: the file to import, and --lang, --out and --force. Throws an ImportError (printed without a stack
 * trace) for a missing or absent file, or a language other than en or es.
 */
function importArguments(): {
  input: string;
  lang: Lang | undefined;
  values: { out?: string | undefined; force: boolean };
} {
  const { values, positionals } = commandLine(
    {
      allowPositionals: true,
      options: { lang: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
    },
    COMMAND,
  );
  const input = positionals[0];
  if (!input) throw new ImportError(USAGE);
  if (!existsSync(input)) throw new ImportError(`${input}: no such file`);
  const lang = values.lang === undefined ? undefined : asLang(values.lang);
  if (values.lang !== undefined && lang === undefined) throw new ImportError(`--lang ${values.lang}: use en or es`);
  return { input, lang, values };
}

runCli(async () => {
  const { input, lang, values } = importArguments();
  try {
    const bytes = readFileSync(input);
    const document = await readDocument(bytes, basename(input));
    const { content } = readContentFiles();
    const result = importDocument(document, content, lang ? { lang } : {});

    const reportDir = values.out ?? join(defaultContentDir(), 'reports', result.lang);
    const sourceDir = values.out ?? join(defaultContentDir(), 'sources');
    const reportPath = join(reportDir, `${result.id}.mdx`);
    const sourceName = `${result.id}.${result.lang}.${sourceExtension(input)}`;
    const sourcePath = join(sourceDir, sourceName);
    // Into content/, an id is taken if any language has it; into --out, only that folder counts.
    const clashes = [
      reportPath,
      ...existingSources(sourceDir, result.id, result.lang),
      ...(values.out ? [] : existingReports(result.id)),
    ].filter((path) => existsSync(path));
    if (clashes.length > 0 && !values.force) {
      throw new ImportError(
        `a report with id ${result.id} already exists ` +
          `(${[...new Set(clashes)].join(', ')}); if this is a second meeting that ` +
          `day, fix the id to ${result.id}-2 after importing with --out, or replace it ` +
          `with --force`,
      );
    }

    mkdirSync(reportDir, { recursive: true });
    mkdirSync(sourceDir, { recursive: true });
    // A replaced report's original in another format would be left behind, archived for nothing.
    for (const stale of existingSources(sourceDir, result.id, result.lang))
      if (stale !== sourcePath) rmSync(stale, { force: true });
    writeFileSync(sourcePath, bytes);
    const source = {
      file: sourceName,
      format: document.format,
      ...(document.encoding ? { encoding: document.encoding } : {}),
      received: basename(input),
      sha256: sha256(bytes),
    };
    writeFileSync(reportPath, reportFile(result, source));
    return summary(input, result, reportPath, sourcePath);
  } catch (error) {
    if (error instanceof ImportError) {
      const message = error.message.startsWith(`${basename(input)}:`)
        ? error.message.slice(basename(input).length + 2)
        : error.message;
      throw new ImportError(`${input}: ${message}; nothing was written`);
    }
    throw error;
  }
});

/** What the importer found and what a person must still do, for the terminal. */
function summary(
  input: string,
  result: ReturnType<typeof importDocument>,
  reportPath: string,
  sourcePath: string,
): string {
  return [
    `Imported ${input}:`,
    ...result.found.map((line) => `  ${line}`),
    result.unresolved.length === 0
      ? '  unresolved: none'
      : `  unresolved (${result.unresolved.length}; \`npm run check\` rejects the ` +
        `report until each is ` +
        `fixed):\n${result.unresolved.map((line) => `    - ${line}`).join('\n')}`,
    `Wrote ${reportPath} and ${sourcePath}.`,
    `Next: review ${reportPath} against the original, add ` +
      `its ${result.lang === 'en' ? 'Spanish' : 'English'} translation, then \`npm ` +
      `run check\`.`,
  ].join('\n');
}

/** The archived original keeps its format: `.htm` is stored as `.html`, every extension in lower case. */
function sourceExtension(input: string): string {
  const format = ACCEPTED_EXTENSIONS[extname(input).toLowerCase()];
  return format ?? 'txt';
}

/** Archived originals of this id and language, in any format. */
function existingSources(dir: string, id: string, lang: string): string[] {
  return [...new Set(Object.values(ACCEPTED_EXTENSIONS))].map((format) => join(dir, `${id}.${lang}.${format}`));
}

/** Report files of any language with this id. */
function existingReports(id: string): string[] {
  const root = join(defaultContentDir(), 'reports');
  if (!existsSync(root)) return [];
  return readdirSync(root).map((lang) => join(root, lang, `${id}.mdx`));
}
