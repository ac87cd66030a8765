/**
 * The declared URL changes of `content/changes.yaml` are checked against the reports the archive publishes, once,
 * from `readArchive` (what `npm run check` and the build use): a moved or withdrawn URL must be gone, and a change
 * must point to something published.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeProblems } from '../src/lib/changes.ts';
import { readArchive } from '../src/lib/content-files.ts';
import type { Change } from '../src/schemas/index.ts';
import { copyOfContent, MOVED_AND_WITHDRAWN } from './helpers.ts';

const moved = (id: string, to: string): Change => ({
  id,
  kind: 'moved',
  to,
  date: '2027-03-01',
  reason: { en: 'A corrigendum.', es: 'Una fe de erratas.' },
});

describe('declared URL changes', () => {
  it('readArchive names every declared change whose URL is still published', () => {
    const content = copyOfContent();
    writeFileSync(join(content, 'changes.yaml'), MOVED_AND_WITHDRAWN);
    const { problems } = readArchive(content);
    expect(problems.filter((problem) => problem.file === 'content/changes.yaml')).toEqual([
      {
        file: 'content/changes.yaml',
        where: 'reports/2017-11-27/items/7/c/',
        message: 'is still published; a moved URL must no longer be a report or item',
      },
      {
        file: 'content/changes.yaml',
        where: 'reports/2017-11-27/items/9/',
        message: 'is still published; a withdrawn URL must no longer be a report or item',
      },
    ]);
  });

  it('names a move to a report or item that is not published, unless that report was rejected earlier', () => {
    const { archive } = readArchive(copyOfContent());
    const change = moved('reports/2017-11-27/items/99/', 'reports/2099-01-01/items/1/');
    expect(changeProblems([change], archive.reports, new Set())).toEqual([
      {
        file: 'content/changes.yaml',
        where: 'reports/2017-11-27/items/99/',
        message: 'points to reports/2099-01-01/items/1/, which is not a published report or item',
      },
    ]);
    expect(changeProblems([change], archive.reports, new Set(['es/2099-01-01']))).toEqual([]);
    expect(
      changeProblems(
        [moved('reports/2017-11-27/items/99/', 'reports/2017-11-27/items/2/d/')],
        archive.reports,
        new Set(),
      ),
    ).toEqual([]);
  });
});
