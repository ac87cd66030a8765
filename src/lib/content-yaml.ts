/**
 * Content files as data: YAML lists and report frontmatter parsed with the place (line, column) of every field, and
 * validated against the zod schemas of `src/schemas/`, each problem at the field an author must fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from './problems.ts';
import { readContentText } from './content-text.ts';

/** Where a field is written: 1-based line in the file, and column (in characters) on it. */
export interface Place {
  line: number;
  column: number;
}

/** A parsed YAML document and a way to find the place of any field in it (`lineOf` is its line alone). */
export interface YamlSource {
  data: unknown;
  placeOf: (path: readonly PropertyKey[]) => Place | undefined;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** No data and no places: what a missing or unreadable file yields, so the other files are still checked. */
export const NOTHING = { data: [], placeOf: () => undefined, lineOf: () => undefined } satisfies YamlSource;

/** The place of a field as the parts of a problem: its line and column, or line 1 when it has none. */
export function at(source: YamlSource, path: readonly PropertyKey[]): { line: number; column?: number } {
  return source.placeOf(path) ?? { line: 1 };
}

/**
 * Parses YAML text (a whole file, or a report's frontmatter starting on line `firstLine`) into its data and a way to
 * find the place of any field. Problems (not valid YAML; aliases that expand without bound) are pushed onto `problems`
 * as `file:line:column` problems, and the result is then undefined; nothing is thrown for bad input.
 * Example: `parseYaml('id: x\n', 'a.yaml', 1, problems)?.placeOf(['id'])` → `{ line: 1, column: 1 }`.
 */
export function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): YamlSource | undefined {
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

/**
 * Reads a content file that must be a YAML list of entries (`content/countries.yaml`…). A missing, unreadable or
 * non-list file adds its problem to `problems` and yields no entries (`NOTHING`), so the other files are still checked.
 * Example: `readYamlList('content/countries.yaml', (path) => path, problems).data` → `[{ id: 'mx', … }, …]`.
 */
export function readYamlList(
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

/**
 * Validates each entry of a YAML list against a zod schema; an invalid entry, or one whose `id` an earlier entry
 * already used, adds its problems (at the entry's field) and is left out. Never throws for bad content.
 * Example: `validateList(readYamlList(path, display, problems), countrySchema, problems)` → the valid countries.
 */
export function validateList<S extends z.ZodType>(
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

/**
 * Splits a report file into its frontmatter (parsed YAML, lines numbered from 2) and body, with the line on which the
 * body starts. A file without a `---` block, or with frontmatter that is not valid YAML, adds its problem and yields
 * undefined. Nothing is thrown for bad content.
 * Example: `splitFrontmatter('---\nid: x\n---\nText', file, problems)` → `{ yaml, body: 'Text', bodyLine: 4 }`.
 */
export function splitFrontmatter(
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

/** Validates data against a schema; each issue becomes a problem at the field's line. */
export function validate<S extends z.ZodType>(
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

/**
 * Files under a folder whose names end in `extension` (exactly: `.MDX` is not `.mdx`), sorted; symbolic links included,
 * for the caller to refuse.
 */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((dirent) => (dirent.isFile() || dirent.isSymbolicLink()) && dirent.name.endsWith(extension))
    .map((dirent) => join(dirent.parentPath, dirent.name))
    .sort();
}
