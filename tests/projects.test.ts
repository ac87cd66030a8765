/**
 * Every test file runs in exactly one Vitest project (tests/projects.ts, used by vitest.config.ts): a file in none
 * would never run under `npm test`, a file in two would run twice (and build twice).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECTS, testFile } from './projects.ts';

/** For each test file on disk, the projects that name it. */
export function membership(files: string[], projects: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    files.map((file) => [file, Object.keys(projects).filter((name) => projects[name]!.includes(file))]),
  );
}

const onDisk = readdirSync('tests')
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => testFile(name.replace(/\.test\.ts$/, '')))
  .sort();

describe('the Vitest projects', () => {
  it('name every test file on disk exactly once', () => {
    const wrong = Object.entries(membership(onDisk, PROJECTS)).filter(([, projects]) => projects.length !== 1);
    expect(wrong, 'name each file in one list of tests/projects.ts').toEqual([]);
  });

  it('name no file that does not exist', () => {
    expect(
      Object.values(PROJECTS)
        .flat()
        .filter((file) => !onDisk.includes(file)),
    ).toEqual([]);
  });

  it('would catch a file in no project and a file in two', () => {
    const files = ['tests/a.test.ts', 'tests/b.test.ts', 'tests/c.test.ts'];
    const projects = { unit: ['tests/a.test.ts', 'tests/b.test.ts'], site: ['tests/b.test.ts'] };
    expect(membership(files, projects)).toEqual({
      'tests/a.test.ts': ['unit'],
      'tests/b.test.ts': ['unit', 'site'],
      'tests/c.test.ts': [],
    });
  });
});
