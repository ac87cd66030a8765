import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Longest function body a reader is asked to hold (issue 19: "none over about 60 lines"). */
const MAX_FUNCTION_LINES = 60;
/** Longest source line (issue 19). */
const MAX_LINE = 120;

const files = globSync(['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts', 'astro.config.mjs']).sort();

function longFunctions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(source) ?? '(anonymous)';
      if (end - start + 1 > MAX_FUNCTION_LINES) found.push(`${file}:${start + 1}: ${name} is ${end - start + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('source shape', () => {
  test.each(files)('%s: no line over 120 characters', (file) => {
    const long = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.length > MAX_LINE ? [`${file}:${index + 1}: ${line.length} characters`] : []));
    expect(long).toEqual([]);
  });
  test.each(files.filter((file) => file.endsWith('.ts')))('%s: no function over 60 lines', (file) => {
    expect(longFunctions(file)).toEqual([]);
  });
});
