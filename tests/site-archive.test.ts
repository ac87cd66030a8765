/**
 * One archive per build: the integration, every page and the exports share the archive that
 * `src/lib/site-archive.ts` read once, and a build of another content folder reads that folder.
 */
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, forgetArchive, getArchive, loadSiteArchive, useContent } from '../src/lib/site-archive.ts';
import { defaultContentDir, copyOfContent } from './helpers.ts';

describe('the site archive', () => {
  it('is read once for a content folder, and read again for another one or after an edit', async () => {
    useContent(resolve(defaultContentDir()));
    const first = loadSiteArchive();
    expect(first.reports.length).toBeGreaterThan(0);
    // The same object from the page side (getArchive) and a second call: no second reading or validation.
    expect(await getArchive()).toBe(first);
    expect(loadSiteArchive()).toBe(first);
    // Naming the same folder again (the integration after scripts/build.ts) keeps it.
    useContent(resolve(defaultContentDir()));
    expect(loadSiteArchive()).toBe(first);

    const copy = copyOfContent();
    useContent(copy);
    expect(contentDir()).toBe(copy);
    const other = loadSiteArchive();
    expect(other).not.toBe(first);
    expect(other.reports.map((report) => report.file)).toEqual(
      expect.arrayContaining([expect.stringContaining(relative(process.cwd(), copy))]),
    );

    // `astro dev` after an edit: the next page reads the files again.
    forgetArchive();
    expect(loadSiteArchive()).not.toBe(other);
  });
});
