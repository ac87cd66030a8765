/**
 * Reads and validates `content/` straight from the files, with the same
 * schemas Astro uses, and reports every problem as `file:line: field: message`.
 * `npm run check`, the build's first step and the tests go through here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import {
  type Change,
  changeSchema,
  countrySchema,
  initiativeSchema,
  organizationSchema,
  reportSchema,
  type Country,
  type Initiative,
  type Organization,
  type RefSchema,
  ISSUING_KINDS,
  numberingSchema,
  type SourceEncoding,
  sourceFormatOf,
} from '../schemas/index.ts';
import { type Archive, assembleArchive, type ReportInput } from './archive.ts';
import { parseReportBody } from './items.ts';
import { ContentError, type Problem, UserError } from './problems.ts';
import { type DecodedText, decodeText } from './import/readers/text.ts';
import { readContentText, symlinkProblem } from './content-text.ts';

type CollectionName = 'countries' | 'organizations' | 'initiatives';

const SINGULAR: Record<CollectionName, string> = {
  countries: 'country',
  organizations: 'organization',
  initiatives: 'initiative',
};

/** Where the content lives: `content/`, or ARCHIVE_CONTENT for a build of another copy (tests). */
export const CONTENT_DIR = process.env['ARCHIVE_CONTENT'] ?? 'content';

/** Where a field is written: 1-based line in the file, and column (in characters) on it. */
interface Place {
  line: number;
  column: number;
}

/** A parsed YAML document and a way to find the place of any field in it (`lineOf` is its line alone). */
interface YamlSource {
  data: unknown;
  placeOf: (path: readonly PropertyKey[]) => Place | undefined;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** No data and no places: what a missing or unreadable file yields, so the other files are still checked. */
const NOTHING = { data: [], placeOf: () => undefined, lineOf: () => undefined } satisfies YamlSource;

/** The place of a field as the parts of a problem: its line and column, or line 1 when it has none. */
function at(source: YamlSource, path: readonly PropertyKey[]): { line: number; column?: number } {
  return source.placeOf(path) ?? { line: 1 };
}

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

/**
 * Loads and validates everything under `contentDir`. Returns every problem at
 * once; `content` is only usable when `problems` is empty. `rejected` lists the
 * report files left out of `content.reports` as `lang/id` keys (`es/2017-11-27`,
 * from the file's folder and name), so later checks know they exist.
 */
export function readContentFiles(
  contentDir: string = CONTENT_DIR,
  root: string = process.cwd(),
): { content: ContentFiles; problems: Problem[]; rejected: string[] } {
  const problems: Problem[] = [];
  const display = (path: string): string => relative(root, path) || path;

  const raw = {
    countries: readYamlList(join(contentDir, 'countries.yaml'), display, problems),
    organizations: readYamlList(join(contentDir, 'organizations.yaml'), display, problems),
    initiatives: readYamlList(join(contentDir, 'initiatives.yaml'), display, problems),
  };
  const changes = validateList(
    readYamlList(join(contentDir, 'changes.yaml'), display, problems),
    changeSchema,
    problems,
  );
  // References are checked against the ids the files declare, so a typo in a
  // participant is caught even when the entity file itself has problems. A file
  // that cannot be read at all (a bad byte, a YAML error) leaves its references
  // unchecked: each report says so once (see `onceEach`), not once per reference.
  const declared = (source: YamlSource): Set<string> | undefined =>
    source.data === NOTHING.data ? undefined : idsOf(source.data);
  const known: Record<CollectionName, Set<string> | undefined> = {
    countries: declared(raw.countries),
    organizations: declared(raw.organizations),
    initiatives: declared(raw.initiatives),
  };
  const ref = (collection: CollectionName): RefSchema =>
    z
      .string()
      .refine((id) => known[collection]?.has(id) ?? false, {
        error: (issue) =>
          known[collection] === undefined
            ? `cannot be checked until content/${collection}.yaml can be read (see its own problem)`
            : `"${String(issue.input)}" is not a known ${SINGULAR[collection]} id (see content/${collection}.yaml)`,
      })
      .transform((id) => ({ collection, id }));

  const countries = validateList(raw.countries, countrySchema, problems);
  const organizations = validateList(raw.organizations, organizationSchema(ref), problems);
  const initiatives = validateList(raw.initiatives, initiativeSchema(ref), problems);

  problems.push(...sharedIds(raw));

  const schema = reportSchema(ref);
  const reports: ReportInput[] = [];
  const rejected: string[] = [];
  const reportsDir = join(contentDir, 'reports');
  problems.push(...strayFiles(contentDir, display));
  for (const path of listFiles(reportsDir, '.mdx')) {
    const file = display(path);
    const key = `${basename(dirname(path))}/${basename(path, '.mdx')}`;
    const text = readContentText(path, file, problems);
    const parsed = text === undefined ? undefined : splitFrontmatter(text, file, problems);
    if (parsed === undefined) {
      rejected.push(key);
      continue;
    }
    // A rejected report's body is checked here too, so an author fixes everything in one pass, with the
    // numbering as declared when that part is valid, so a declared gap is not reported as a slip.
    const bodyProblems = () => {
      const numbering = numberingSchema.safeParse((parsed.yaml.data as { numbering?: unknown } | null)?.numbering).data;
      const fieldColumn = (path: readonly PropertyKey[]) => parsed.yaml.placeOf(path)?.column;
      return parseReportBody(parsed.body, {
        file,
        firstLine: parsed.bodyLine,
        numbering,
        fieldLine: parsed.yaml.lineOf,
        fieldColumn,
      }).problems;
    };
    const data = validate(schema, parsed.yaml, file, problems);
    if (data === undefined) {
      problems.push(...bodyProblems());
      rejected.push(key);
      continue;
    }
    const before = problems.length;
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
    problems.push(...issuerProblems(data.network.id, raw.organizations.data, file, at(parsed.yaml, ['network'])));
    const sourceFile = join(contentDir, 'sources', data.source.file);
    if (!existsSync(sourceFile)) {
      problems.push({
        file,
        ...at(parsed.yaml, ['source', 'file']),
        where: 'source.file',
        message: `content/sources/${data.source.file} does not exist; archive the original text there`,
      });
    } else if (sha256(readFileSync(sourceFile)) !== data.source.sha256) {
      problems.push({
        file,
        ...at(parsed.yaml, ['source', 'sha256']),
        where: 'source.sha256',
        message:
          `does not match content/sources/${data.source.file}; archived originals ` +
          `must not change (if this is a deliberate new version, record its checksum)`,
      });
    } else {
      const unreadable = sourceDecodingProblem(data.source, contentDir);
      if (unreadable !== undefined) {
        const field = data.source.encoding === undefined ? 'file' : 'encoding';
        problems.push({ file, ...at(parsed.yaml, ['source', field]), where: `source.${field}`, message: unreadable });
      }
    }
    if (problems.length === before)
      reports.push({
        file,
        data,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        fieldLine: parsed.yaml.lineOf,
        fieldColumn: (path) => parsed.yaml.placeOf(path)?.column,
      });
    else {
      problems.push(...bodyProblems());
      rejected.push(key);
    }
  }
  problems.push(...duplicateReports(reports));
  return {
    content: { countries, organizations, initiatives, reports, changes },
    problems: onceEach(problems),
    rejected,
  };
}

/**
 * Validates the files and builds the archive, with every problem of every
 * file in one list (file order, then line): schema, numbering, mentions,
 * parity and URL changes alike. The archive holds the reports that passed;
 * it is only fit to publish when `problems` is empty.
 * Example: `readArchive('content').problems.map(formatProblem)` → `[]` for good content.
 */
export function readArchive(
  contentDir: string = CONTENT_DIR,
  root: string = process.cwd(),
): { archive: Archive; problems: Problem[] } {
  const { content, problems, rejected } = readContentFiles(contentDir, root);
  const built = assembleArchive(content, new Set(rejected));
  return { archive: built.archive, problems: inFileOrder([...problems, ...built.problems]) };
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
export function loadArchiveFromFiles(contentDir: string = CONTENT_DIR, root: string = process.cwd()): Archive {
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

/**
 * An archived source named by its file, or by a report's `source` field (file and the encoding it was decoded from).
 */
export type SourceRef = string | { file: string; encoding?: SourceEncoding | undefined };

/**
 * The text of an archived source document (`content/sources/{file}`), decoded
 * exactly as the importer decoded it (`decodeText` of the text reader), line
 * ends as `\n`: `readSource({ file: 'x.es.txt', encoding: 'windows-1252' })`.
 * A `.txt` without a declared encoding must read as UTF-8. Throws a UserError
 * when the importer would read the bytes in another encoding than the one
 * declared, and for a `.pdf`, `.docx` or `.html` source, which only the import
 * readers read (`readSourceDocument` in `src/lib/import/sources.ts`).
 */
export function readSource(source: SourceRef, contentDir: string = CONTENT_DIR): string {
  const { file, encoding } = typeof source === 'string' ? { file: source, encoding: undefined } : source;
  const name = `content/sources/${file}`;
  const format = sourceFormatOf(file);
  if (format !== 'txt') {
    throw new UserError(
      `${name}: a .${format ?? file.split('.').pop() ?? '?'} source is read with ` +
        `readSourceDocument (src/lib/import/sources.ts)`,
    );
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(readSourceBytes(file, contentDir));
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
  const declared = encoding ?? 'UTF-8';
  if (decoded.encoding !== declared) {
    throw new UserError(
      `${name}: reads as ${decoded.encoding}, not ${declared}; set ` +
        `source.encoding: ${decoded.encoding} (the encoding the importer named when ` +
        `it read the file)`,
    );
  }
  return decoded.text;
}

/** The bytes of an archived source document, unchanged (what `/sources/{file}` serves). */
export function readSourceBytes(file: string, contentDir: string = CONTENT_DIR): Buffer {
  return readFileSync(join(contentDir, 'sources', file));
}

/**
 * Why a `.txt` source cannot be read in its declared encoding, or undefined when it can (other formats are not read
 * here).
 */
function sourceDecodingProblem(
  source: { file: string; encoding?: SourceEncoding | undefined },
  contentDir: string,
): string | undefined {
  if (sourceFormatOf(source.file) !== 'txt') return undefined;
  try {
    readSource(source, contentDir);
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message.replace(/^[^:]+: /, '');
    throw error;
  }
}

/** The `network` must be a body whose meetings produce documents: an organization of kind `network` or `rcm-body`. */
function issuerProblems(
  id: string,
  organizations: unknown,
  file: string,
  place: { line: number; column?: number },
): Problem[] {
  const entry = Array.isArray(organizations)
    ? (organizations as unknown[]).find(
        (candidate) => candidate !== null && typeof candidate === 'object' && 'id' in candidate && candidate.id === id,
      )
    : undefined;
  const kind = entry !== null && typeof entry === 'object' && 'kind' in entry ? String(entry.kind) : undefined;
  if (kind === undefined || (ISSUING_KINDS as readonly string[]).includes(kind)) return [];
  return [
    {
      file,
      ...place,
      where: 'network',
      message:
        `"${id}" is an organization of kind ${kind}; it must be the network or RCM ` +
        `body whose meeting produced the document ` +
        `(kind ${ISSUING_KINDS.join(' or ')} in content/organizations.yaml)`,
    },
  ];
}

/** Ids must be unique across entity files, so an item's `also="…"` names one entity. */
function sharedIds(raw: Record<CollectionName, YamlSource & { file: string }>): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const source of Object.values(raw)) {
    (source.data as unknown[]).forEach((entry, index) => {
      const id =
        entry !== null && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string'
          ? entry.id
          : undefined;
      if (id === undefined) return;
      const other = owner.get(id);
      if (other !== undefined && other !== source.file) {
        problems.push({
          file: source.file,
          ...at(source, [index, 'id']),
          where: 'id',
          message: `"${id}" is already the id of an entry in ${other}; ids must be unique across entity files`,
        });
      }
      owner.set(id, source.file);
    });
  }
  return problems;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
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
 * Files under a folder whose names end in `extension` (exactly: `.MDX` is not `.mdx`), sorted; symbolic links included,
 * for the caller to refuse.
 */
function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
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
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    // Symbolic links to report files are refused where the reports are read, once.
    if (entry.isSymbolicLink() && !(path.startsWith(reportsDir) && entry.name.endsWith('.mdx')))
      problems.push(symlinkProblem(display(path)));
    else if (entry.isFile() && path.startsWith(`${reportsDir}/`) && !entry.name.endsWith('.mdx')) {
      const stem = entry.name.replace(/\.[^.]*$/, '');
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

function idsOf(data: unknown): Set<string> {
  if (!Array.isArray(data)) return new Set();
  return new Set(
    data.flatMap((entry: unknown) =>
      entry !== null && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? [entry.id] : [],
    ),
  );
}

function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: line + firstLine - 1,
        column: col,
        message: `not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
      });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // The YAML library refuses aliases that expand without bound (a "billion laughs" file); name the file and the first
    // alias.
    if (!(error instanceof ReferenceError)) throw error;
    let alias: number | undefined;
    visit(document, { Alias: (_key, node) => ((alias ??= node.range?.[0]), visit.BREAK) });
    const { line, col } = lineCounter.linePos(alias ?? 0);
    problems.push({
      file,
      line: line + firstLine - 1,
      column: col,
      message: `not usable YAML: ${error.message}; write the values out instead of repeating them with aliases (*name)`,
    });
    return undefined;
  }
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const placeOf = (path: readonly PropertyKey[]): Place | undefined => {
    // Walk up the path until a node with a position is found (a missing field has none).
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return placeAt(node.range[0]);
    }
    const root = document.contents;
    return root && (isMap(root) || isSeq(root)) && root.range ? placeAt(root.range[0]) : undefined;
  };
  return { data, placeOf, lineOf: (path) => placeOf(path)?.line };
}

function readYamlList(
  path: string,
  display: (path: string) => string,
  problems: Problem[],
): YamlSource & { file: string } {
  const file = display(path);
  if (!existsSync(path)) {
    problems.push({ file, message: 'is missing' });
    return { file, ...NOTHING };
  }
  const text = readContentText(path, file, problems);
  const source = text === undefined ? undefined : parseYaml(text, file, 1, problems);
  if (source === undefined) return { file, ...NOTHING };
  if (!Array.isArray(source.data)) {
    problems.push({ file, line: 1, message: 'must be a YAML list of entries, each starting with "- id: …"' });
    return { file, ...NOTHING };
  }
  return { file, ...source };
}

function validateList<S extends z.ZodType>(
  source: YamlSource & { file: string },
  schema: S,
  problems: Problem[],
): z.output<S>[] {
  const entries: z.output<S>[] = [];
  const seen = new Set<string>();
  (source.data as unknown[]).forEach((entry, index) => {
    const entrySource: YamlSource = {
      data: entry,
      placeOf: (path) => source.placeOf([index, ...path]),
      lineOf: (path) => source.lineOf([index, ...path]),
    };
    const result = validate(schema, entrySource, source.file, problems);
    if (result === undefined) return;
    const id = (result as { id: string }).id;
    if (seen.has(id))
      problems.push({
        file: source.file,
        ...at(source, [index, 'id']),
        where: 'id',
        message: `"${id}" is used by more than one entry`,
      });
    seen.add(id);
    entries.push(result);
  });
  return entries;
}

/** Validates data against a schema; each issue becomes a problem at the field's line. */
function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
  problems: Problem[],
): z.output<S> | undefined {
  const result = schema.safeParse(source.data, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const place = source.placeOf(issue.path);
    problems.push({
      file,
      ...place,
      where: fieldName(issue.path) || '(frontmatter)',
      message: issue.message,
    });
  }
  return undefined;
}

/** `participants[3]`, `venue.country`: the path of a field as an author would write it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function splitFrontmatter(
  text: string,
  file: string,
  problems: Problem[],
): { yaml: YamlSource; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match || match[1] === undefined) {
    problems.push({ file, line: 1, message: 'must start with frontmatter between two "---" lines' });
    return undefined;
  }
  const yaml = parseYaml(match[1], file, 2, problems);
  if (yaml === undefined) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
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

/** The declared URL changes (`content/changes.yaml`), already validated by the check that runs before every build. */
export function readChanges(contentDir: string = CONTENT_DIR): Change[] {
  const problems: Problem[] = [];
  const changes = validateList(
    readYamlList(join(contentDir, 'changes.yaml'), (path) => path, problems),
    changeSchema,
    problems,
  );
  if (problems.length > 0) throw new ContentError(problems);
  return changes;
}
