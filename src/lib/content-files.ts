/**
 * Reads and validates `content/` straight from the files, with the zod schemas of `src/schemas/`, and reports every
 * problem as `file:line: field: message`; then builds the archive from it. `npm run check`, the build's first step and
 * the tests go through here. Parsing lives in `content-yaml.ts`, cross-file references in `content-references.ts`,
 * archived originals in `source-files.ts`, URL changes in `changes.ts`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import {
  type Change,
  countrySchema,
  initiativeSchema,
  organizationSchema,
  reportSchema,
  type Country,
  type Initiative,
  type Organization,
  type ReportData,
  type RefSchema,
  numberingSchema,
} from '../schemas/index.ts';
import { type Archive, assembleArchive, type ReportInput } from './archive.ts';
import { changeProblems, validChanges } from './changes.ts';
import { defaultContentDir } from './content-dir.ts';
import { type CollectionName, issuerProblems, referenceSchema, sharedIds } from './content-references.ts';
import {
  at,
  listFiles,
  readYamlList,
  splitFrontmatter,
  validate,
  validateList,
  type YamlSource,
} from './content-yaml.ts';
import { parseReportBody } from './items.ts';
import { ContentError, type Problem } from './problems.ts';
import { sourceProblem } from './source-files.ts';
import { readContentText, symlinkProblem } from './content-text.ts';

/** Validated content of the whole `content/` folder, ready for `buildArchive`. */
export interface ContentFiles {
  /** Country entries. */
  countries: Country[];
  /** Organization entries. */
  organizations: Organization[];
  /** Initiative entries. */
  initiatives: Initiative[];
  /** Report files with validated frontmatter. */
  reports: ReportInput[];
  /** Published URLs that moved or were withdrawn. */
  changes: Change[];
}

/** The entity files as read (not yet validated), each with its name for problems. */
type EntitySources = Record<CollectionName, YamlSource & { file: string }>;

/** What is known of the content while its report files are read: where it is, and how to check a report. */
interface ReportContext {
  contentDir: string;
  display: (path: string) => string;
  schema: ReturnType<typeof reportSchema<RefSchema>>;
  raw: EntitySources;
}

/** A report file read so far: its path, its name for problems, frontmatter and body. */
interface ReportFile {
  path: string;
  file: string;
  parsed: { yaml: YamlSource; body: string; bodyLine: number };
}

/**
 * Loads and validates everything under `contentDir`. Returns every problem at
 * once; `content` is only usable when `problems` is empty. `rejected` lists the
 * report files left out of `content.reports` as `lang/id` keys (`es/2017-11-27`,
 * from the file's folder and name), so later checks know they exist.
 * Example: `readContentFiles('content').problems` → `[]` for good content. Throws nothing for bad content.
 */
export function readContentFiles(
  contentDir: string = defaultContentDir(),
  root: string = process.cwd(),
): { content: ContentFiles; problems: Problem[]; rejected: string[] } {
  const problems: Problem[] = [];
  const display = (path: string): string => relative(root, path) || path;
  const raw: EntitySources = {
    countries: readYamlList(join(contentDir, 'countries.yaml'), display, problems),
    organizations: readYamlList(join(contentDir, 'organizations.yaml'), display, problems),
    initiatives: readYamlList(join(contentDir, 'initiatives.yaml'), display, problems),
  };
  const changes = validChanges(contentDir, display, problems);
  const ref = referenceSchema(raw);
  const countries = validateList(raw.countries, countrySchema, problems);
  const organizations = validateList(raw.organizations, organizationSchema(ref), problems);
  const initiatives = validateList(raw.initiatives, initiativeSchema(ref), problems);
  problems.push(...sharedIds(raw));
  problems.push(...strayFiles(contentDir, display));
  const context: ReportContext = { contentDir, display, schema: reportSchema(ref), raw };
  const reports: ReportInput[] = [];
  const rejected: string[] = [];
  for (const path of listFiles(join(contentDir, 'reports'), '.mdx')) {
    const report = readReport(path, context, problems);
    if (report === undefined) rejected.push(`${basename(dirname(path))}/${basename(path, '.mdx')}`);
    else reports.push(report);
  }
  problems.push(...duplicateReports(reports));
  return {
    content: { countries, organizations, initiatives, reports, changes },
    problems: onceEach(problems),
    rejected,
  };
}

/**
 * One report file, read and checked: its frontmatter against the schema, its folder and name, its issuer and its
 * archived source. Returns the report, or undefined (its problems, body problems included, added to `problems`).
 */
function readReport(path: string, context: ReportContext, problems: Problem[]): ReportInput | undefined {
  const file = context.display(path);
  const text = readContentText(path, file, problems);
  const parsed = text === undefined ? undefined : splitFrontmatter(text, file, problems);
  if (parsed === undefined) return undefined;
  const report: ReportFile = { path, file, parsed };
  const data = validate(context.schema, parsed.yaml, file, problems);
  const found = data === undefined ? undefined : reportFileProblems(report, data, context);
  if (data === undefined || found === undefined || found.length > 0) {
    problems.push(...(found ?? []), ...bodyProblems(report));
    return undefined;
  }
  return {
    file,
    data,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    fieldLine: parsed.yaml.lineOf,
    fieldColumn: (field) => parsed.yaml.placeOf(field)?.column,
  };
}

/**
 * The problems of a report file whose frontmatter is valid: `lang` and `id` against its folder and name, its issuer,
 * its archived source.
 */
function reportFileProblems(report: ReportFile, data: ReportData, context: ReportContext): Problem[] {
  const { path, file, parsed } = report;
  const problems: Problem[] = [];
  const lang = basename(dirname(path));
  if (lang !== data.lang) {
    problems.push({
      file,
      ...at(parsed.yaml, ['lang']),
      where: 'lang',
      message: `is "${data.lang}" but the file is in the "${lang}" folder; reports live in content/reports/{lang}/`,
    });
  }
  if (basename(path, '.mdx') !== data.id) {
    problems.push({
      file,
      ...at(parsed.yaml, ['id']),
      where: 'id',
      message: `is "${data.id}" but the file is named ${basename(path)}; name it ${data.id}.mdx`,
    });
  }
  problems.push(...issuerProblems(data.network.id, context.raw.organizations.data, file, at(parsed.yaml, ['network'])));
  const source = sourceProblem(data.source, context.contentDir, file, parsed.yaml.placeOf);
  if (source !== undefined) problems.push(source);
  return problems;
}

/**
 * The body problems of a rejected report: checked too, so an author fixes everything in one pass, with the numbering
 * as declared when that part is valid, so a declared gap is not reported as a slip.
 */
function bodyProblems({ file, parsed }: ReportFile): Problem[] {
  const numbering = numberingSchema.safeParse((parsed.yaml.data as { numbering?: unknown } | null)?.numbering).data;
  return parseReportBody(parsed.body, {
    file,
    firstLine: parsed.bodyLine,
    numbering,
    fieldLine: parsed.yaml.lineOf,
    fieldColumn: (path) => parsed.yaml.placeOf(path)?.column,
  }).problems;
}

/**
 * Validates the files and builds the archive, with every problem of every
 * file in one list (file order, then line): schema, numbering, mentions,
 * parity and URL changes alike. The archive holds the reports that passed;
 * it is only fit to publish when `problems` is empty.
 * Example: `readArchive('content').problems.map(formatProblem)` → `[]` for good content.
 */
export function readArchive(
  contentDir: string = defaultContentDir(),
  root: string = process.cwd(),
): { archive: Archive; problems: Problem[] } {
  const { content, problems, rejected } = readContentFiles(contentDir, root);
  const built = assembleArchive(content, new Set(rejected));
  const changed = changeProblems(built.archive.changes, built.archive.reports, new Set(rejected));
  return { archive: built.archive, problems: inFileOrder([...problems, ...built.problems, ...changed]) };
}

/**
 * The problems with a message said once per file: "cannot be checked until … can be read" is one problem, not one per
 * reference.
 */
function onceEach(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (!problem.message.startsWith('cannot be checked until')) return true;
    const key = `${problem.file}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Loads, validates and builds the archive from the files; throws a ContentError listing every problem (see
 * `readArchive`).
 */
export function loadArchiveFromFiles(contentDir: string = defaultContentDir(), root: string = process.cwd()): Archive {
  const { archive, problems } = readArchive(contentDir, root);
  if (problems.length > 0) throw new ContentError(problems);
  return archive;
}

/**
 * Problems sorted by file, then line and column (a problem without a line first), keeping
 * the order in which they were found otherwise, so an author reads each file once.
 * Example: `inFileOrder([{ file: 'b', message: 'x' }, { file: 'a', line: 3, message: 'y' }])` → the `a` problem first.
 */
export function inFileOrder(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function duplicateReports(reports: ReportInput[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const report of reports) {
    const key = `${report.data.lang}/${report.data.id}`;
    const other = seen.get(key);
    if (other !== undefined)
      problems.push({ file: report.file, where: 'id', message: `"${report.data.id}" is already used by ${other}` });
    else seen.set(key, report.file);
  }
  return problems;
}

/**
 * Files that are not what they seem: every symbolic link under `content/`
 * (never followed, so nothing outside the repository is read), and every file
 * under `content/reports/` that is not a `.mdx` report (`.MDX`, `.md`), which
 * would otherwise be silently left out of the archive.
 * Example: `content/reports/en/2018-01-10.MDX` → `is not a report file …; rename it to 2018-01-10.mdx`.
 */
function strayFiles(contentDir: string, display: (path: string) => string): Problem[] {
  if (!existsSync(contentDir)) return [];
  const problems: Problem[] = [];
  const reportsDir = join(contentDir, 'reports');
  for (const dirent of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const path = join(dirent.parentPath, dirent.name);
    // Symbolic links to report files are refused where the reports are read, once.
    if (dirent.isSymbolicLink() && !(path.startsWith(reportsDir) && dirent.name.endsWith('.mdx')))
      problems.push(symlinkProblem(display(path)));
    else if (dirent.isFile() && path.startsWith(`${reportsDir}/`) && !dirent.name.endsWith('.mdx')) {
      const stem = dirent.name.replace(/\.[^.]*$/, '');
      problems.push({
        file: display(path),
        message:
          `is not a report file: report files are named {id}.mdx, in lower case, and ` +
          `nothing else belongs in content/reports/; rename it to ${stem}.mdx (or move ` +
          `it out)`,
      });
    }
  }
  return problems;
}

/**
 * The report files under a folder, each as frontmatter data (not yet
 * validated) and body, for Astro's reports collection. A file without
 * readable frontmatter throws its problem as `file:line: message`.
 */
export function readReportFiles(
  reportsDir: string,
  root: string = process.cwd(),
): { file: string; data: unknown; body: string }[] {
  return listFiles(reportsDir, '.mdx').map((path) => {
    const file = relative(root, path) || path;
    const problems: Problem[] = [];
    const text = readContentText(path, file, problems);
    const parsed = text === undefined ? undefined : splitFrontmatter(text, file, problems);
    if (parsed === undefined) throw new ContentError(problems);
    return { file, data: parsed.yaml.data, body: parsed.body };
  });
}
