/**
 * Item pages rendered in the build's worker thread (src/integrations/page-workers.ts) are the same bytes as those
 * rendered on the build's own thread, for every item of the seed reports and of a synthetic archive (actions,
 * follow-ups, sub-items); a path with no item page is answered `undefined`; a closed worker refuses; an idle worker
 * never holds a process open (a failed build must still end).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { itemPages } from '../src/integrations/page-prerenderer.ts';
import { type PageWorker, startPageWorker } from '../src/integrations/page-workers.ts';
import type { Archive } from '../src/lib/archive.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { raw } from '../src/lib/html.ts';
import { contentArchive, scratchDir } from './helpers.ts';

const SITE = 'https://archive.example.int/';
const TAGS = raw('<link rel="stylesheet" href="/_astro/item.css" /><script type="module" src="/_astro/c.js"></script>');
const workers: PageWorker[] = [];
afterAll(() => Promise.all(workers.map((worker) => worker.close())));

/** Every item page of `archive`, rendered on this thread and in a worker. */
async function bothWays(archive: Archive): Promise<{ paths: string[]; here: string[]; there: (string | undefined)[] }> {
  const pages = itemPages(archive, SITE, () => TAGS);
  const paths = [...pages.keys()];
  const here = paths.map((path) => pages.get(path)!());
  const worker = startPageWorker(archive, SITE);
  workers.push(worker);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const there = await Promise.all(
    paths.map(async (path) => {
      const page = await worker.render(path, () => TAGS);
      return page && utf8.decode(page);
    }),
  );
  return { paths, here, there };
}

describe('item pages rendered in the worker thread', () => {
  it('are the same bytes as on the build thread, for every item of the seed reports', async () => {
    const { paths, here, there } = await bothWays(contentArchive());
    expect(paths.length).toBeGreaterThan(40);
    expect(there).toEqual(here);
  });

  it('are the same bytes for every item of a synthetic archive of 12 meetings', async () => {
    const dir = join(scratchDir('page-workers-'), 'content');
    generateCorpus(dir, 12);
    const { paths, here, there } = await bothWays(loadArchiveFromFiles(dir));
    expect(paths.length).toBeGreaterThan(100);
    expect(there).toEqual(here);
  });

  it('answers undefined for a path with no item page, and refuses once closed', async () => {
    const worker = startPageWorker(contentArchive(), SITE);
    await expect(worker.render('/en/reports/1999-01-01/items/1/', () => TAGS)).resolves.toBeUndefined();
    await worker.close();
    await expect(worker.render('/en/reports/1999-01-01/items/1/', () => TAGS)).rejects.toThrow(/closed/);
  });

  it('names the page whose rendering failed, without a stack; pages asked after the failure come back empty', async () => {
    // Without its organizations the archive cannot name a report's issuer: every item page fails to render.
    const broken: Archive = { ...contentArchive(), organizations: new Map() };
    const worker = startPageWorker(broken, SITE);
    workers.push(worker);
    const [first, second] = [...itemPages(contentArchive(), SITE, () => TAGS).keys()];
    const failed = await worker
      .render(first!, () => TAGS)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message.startsWith(`${first}: `)).toBe(true);
    expect((failed as Error).message).not.toMatch(/\n\s+at /);
    // Astro's queue keeps asking while the failed build ends (and closes the worker): one error, not one per page.
    await worker.close();
    expect((await worker.render(second!, () => TAGS))?.byteLength).toBe(0);
  });

  it('never holds a process open while idle', () => {
    // A build that fails after the worker started never closes it: the process must end all the same.
    const root = pathToFileURL(`${process.cwd()}/`);
    const script = join(scratchDir('page-workers-'), 'idle.mjs');
    writeFileSync(
      script,
      [
        `import { startPageWorker } from '${new URL('src/integrations/page-workers.ts', root).href}';`,
        `import { loadArchiveFromFiles } from '${new URL('src/lib/content-files.ts', root).href}';`,
        "const worker = startPageWorker(loadArchiveFromFiles(), 'https://archive.example.int/');",
        "await worker.render('/nowhere/', () => ({ value: '' }));",
        "console.log('answered');",
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('answered');
    expect(run.status).toBe(0);
  });
});
