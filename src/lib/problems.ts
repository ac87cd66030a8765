/**
 * A problem found in the content. Every check reports problems in this one
 * shape so authors always read `file:line: field: what is wrong`.
 */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** 1-based column (in characters) on that line, when known. */
  column?: number;
  /** The field or item the problem is about, e.g. `date` or `item 3.b`. */
  where?: string;
  /** What is wrong, and when possible how to fix it. */
  message: string;
}

/**
 * Formats a problem as one line: `file:line:column: where: message` (line and column when known).
 * Example: `formatProblem({ file: 'a.mdx', line: 3, column: 7, message: 'x' })` → `a.mdx:3:7: x`.
 */
export function formatProblem(problem: Problem): string {
  const place =
    problem.line === undefined
      ? ''
      : problem.column === undefined
        ? `:${problem.line}`
        : `:${problem.line}:${problem.column}`;
  const location = `${problem.file}${place}`;
  return problem.where === undefined
    ? `${location}: ${problem.message}`
    : `${location}: ${problem.where}: ${problem.message}`;
}

/** Thrown when content cannot be used; carries every problem found, not just the first. */
export class ContentError extends Error {
  /** The problems, in file order. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A refusal the user can act on (bad input, a clash): printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Input the importer refuses, with why: nothing is written. */
export class ImportError extends UserError {}

/**
 * Text cut to at most `max` characters (an ellipsis marks the cut), so one
 * 100,000-character word cannot flood a warning or an error line.
 * Example: `cut('abcdef', 4)` → `'abc…'`; `cut('abc', 4)` → `'abc'`.
 */
export function cut(text: string, max = 80): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
