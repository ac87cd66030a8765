/**
 * Item pages written by the build's page workers (src/integrations/page-workers.ts) are the same bytes as those
 * rendered on the build's own thread, for every item of the seed reports and of a synthetic archive (actions,
 * follow-ups, sub-items), each at its path in the output folder; a page that fails is named, once, without a stack;
 * closed workers refuse; idle workers never hold a process open (a failed build must still end). The prerenderer
 * hands the workers exactly the item route's pages, and refuses a route that lists other pages than the archive's
 * items.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer, RouteData } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { archivePrerenderer, FAST_ROUTES, itemPages } from '../src/integrations/page-prerenderer.ts';
import { type PageWriters, startPageWriters } from '../src/integrations/page-workers.ts';
import type { Archive } from '../src/lib/archive.ts';
import { loadArchiveFromFiles } from '../src/lib/content-files.ts';
import { raw } from '../src/lib/html.ts';
import { contentArchive, scratchDir } from './helpers.ts';

const SITE = 'https://archive.example.int/';
const TAGS = raw('<link rel="stylesheet" href="/_astro/item.css" /><script type="module" src="/_astro/c.js"></script>');
const started: PageWriters[] = [];
afterAll(() => Promise.all(started.map((writers) => writers.close())));

/** Every item page of `archive`, rendered on this thread and as the workers wrote it (`undefined`: no file). */
async function bothWays(
  archive: Archive,
  parts?: number,
): Promise<{ paths: string[]; here: string[]; there: string[] }> {
  const pages = itemPages(archive, SITE, () => TAGS);
  const paths = [...pages.keys()];
  const here = paths.map((path) => pages.get(path)!());
  const writers = startPageWriters(archive, SITE, parts);
  started.push(writers);
  const dir = scratchDir('page-workers-');
  expect(await writers.write(dir, TAGS)).toBe(paths.length);
  const there = paths.map((path) => readFileSync(join(dir, path, 'index.html'), 'utf8'));
  return { paths, here, there };
}

describe('item pages written by the page workers', () => {
  it('are the same bytes as on the build thread, for every item of the seed reports', async () => {
    const { paths, here, there } = await bothWays(contentArchive());
    expect(paths.length).toBeGreaterThan(40);
    expect(there).toEqual(here);
  });

  it('are the same bytes for every item of a synthetic archive of 12 meetings, whatever the number of workers', async () => {
    const dir = join(scratchDir('page-workers-'), 'content');
    generateCorpus(dir, 12);
    const archive = loadArchiveFromFiles(dir);
    for (const parts of [1, 3]) {
      const { paths, here, there } = await bothWays(archive, parts);
      expect(paths.length).toBeGreaterThan(100);
      expect(there).toEqual(here);
    }
  });

  it('refuse once closed', async () => {
    const writers = startPageWriters(contentArchive(), SITE);
    await writers.close();
    await expect(writers.write(scratchDir('page-workers-'), TAGS)).rejects.toThrow(/closed/);
  });

  it('name the page whose rendering failed, without a stack', async () => {
    // Without its organizations the archive cannot name a report's issuer: every item page fails to render.
    const broken: Archive = { ...contentArchive(), organizations: new Map() };
    const writers = startPageWriters(broken, SITE);
    started.push(writers);
    const paths = [...itemPages(contentArchive(), SITE, () => TAGS).keys()];
    const failed = await writers.write(scratchDir('page-workers-'), TAGS).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(Error);
    const message = (failed as Error).message;
    // The first failure of the first worker to fail: a page of its share, named before the reason.
    expect(paths.some((path) => message.startsWith(`${path}: `))).toBe(true);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('never hold a process open while idle', () => {
    // A build that fails after the workers started never closes them: the process must end all the same.
    const root = pathToFileURL(`${process.cwd()}/`);
    const script = join(scratchDir('page-workers-'), 'idle.mjs');
    writeFileSync(
      script,
      [
        `import { startPageWriters } from '${new URL('src/integrations/page-workers.ts', root).href}';`,
        `import { loadArchiveFromFiles } from '${new URL('src/lib/content-files.ts', root).href}';`,
        "startPageWriters(loadArchiveFromFiles(), 'https://archive.example.int/');",
        "console.log('started');",
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('started');
    expect(run.status).toBe(0);
  });
});

describe("the archive's prerenderer", () => {
  const itemRoute = { component: FAST_ROUTES.item.route } as RouteData;
  const otherRoute = { component: 'src/pages/[lang]/reports/[report]/index.astro' } as RouteData;
  const assets = {
    stylesheets: () => ['/_astro/item.css'],
    scripts: () => ['/_astro/c.js'],
  };
  /** Astro's default prerenderer as the wrapper sees it: the paths of its routes. */
  const astro = (paths: string[]): AstroPrerenderer => ({
    name: 'astro:default',
    getStaticPaths: async () => [
      { pathname: '/en/reports/2017-11-27', route: otherRoute },
      ...paths.map((pathname) => ({ pathname, route: itemRoute })),
    ],
    render: async () => new Response(''),
  });
  /** Page writers that record what they were asked. */
  const recording = () => {
    const asked: { dir: string; tags: string }[] = [];
    const writers: PageWriters = {
      write: async (dir, tags) => (asked.push({ dir, tags: tags.value }), 2),
      close: async () => undefined,
    };
    return { asked, writers };
  };
  const expected = new Set(['/en/reports/2017-11-27/items/1/', '/es/reports/2017-11-27/items/1/']);

  it('hands the item pages to the page workers and leaves Astro the others', async () => {
    const { asked, writers } = recording();
    const listed: string[][] = [];
    const wrapped = archivePrerenderer(astro(['/en/reports/2017-11-27/items/1', '/es/reports/2017-11-27/items/1']), {
      assets,
      writers,
      outDir: '/site',
      expected,
      listed: (paths) => listed.push(paths),
    });
    const paths = await wrapped.getStaticPaths();
    await wrapped.teardown?.();
    expect(paths.map(({ pathname }) => pathname)).toEqual(['/en/reports/2017-11-27']);
    expect(listed).toEqual([['/en/reports/2017-11-27/items/1', '/es/reports/2017-11-27/items/1']]);
    expect(asked).toEqual([
      {
        dir: '/site',
        tags: '<link rel="stylesheet" href="/_astro/item.css" /><script type="module" src="/_astro/c.js"></script>',
      },
    ]);
  });

  it('refuses an item route that lists a page the archive has no item for, or misses one', async () => {
    for (const [paths, named] of [
      [
        ['/en/reports/2017-11-27/items/1', '/es/reports/2017-11-27/items/1', '/en/reports/2017-11-27/items/9'],
        '/en/reports/2017-11-27/items/9/',
      ],
      [['/en/reports/2017-11-27/items/1'], '/es/reports/2017-11-27/items/1/'],
    ] as const) {
      const { asked, writers } = recording();
      const wrapped = archivePrerenderer(astro([...paths]), {
        assets,
        writers,
        outDir: '/site',
        expected,
        listed: () => undefined,
      });
      await expect(wrapped.getStaticPaths()).rejects.toThrow(new RegExp(`^${named}: `));
      expect(asked).toEqual([]);
    }
  });

  it('fails the build at teardown when a page could not be written, and closes the workers all the same', async () => {
    let closed = false;
    const writers: PageWriters = {
      write: () => Promise.reject(new Error('/en/reports/2017-11-27/items/1/: broken')),
      close: async () => void (closed = true),
    };
    const wrapped = archivePrerenderer(astro(['/en/reports/2017-11-27/items/1', '/es/reports/2017-11-27/items/1']), {
      assets,
      writers,
      outDir: '/site',
      expected,
      listed: () => undefined,
    });
    await wrapped.getStaticPaths();
    await expect(wrapped.teardown?.()).rejects.toThrow(/items\/1\/: broken/);
    expect(closed).toBe(true);
  });
});
