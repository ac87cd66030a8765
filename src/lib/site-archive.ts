/**
 * The archive of the build under way: read and validated once, by the archive
 * integration (`src/integrations/archive.ts`), and shared by every page, the
 * search index, the exports and the ledger check, so no part of the build
 * re-reads or re-parses content.
 *
 * Why a global and not a module variable: Astro bundles the pages with Vite
 * and imports that bundle beside the integration, so this module is loaded
 * twice (once as itself, once inside the bundle). Both copies look up the
 * same entry of `globalThis`, so they hold one archive. See docs/architecture.md.
 */
import type { Archive } from './archive.ts';
import { defaultContentDir } from './content-dir.ts';
import { loadArchiveFromFiles } from './content-files.ts';

/** The build's content folder and, once read, its archive and how long reading it took. */
interface SiteArchive {
  contentDir: string;
  archive?: Archive | undefined;
  loadMs?: number;
}

// Symbol.for: the same key from both copies of this module.
const KEY = Symbol.for('consular-network-archive.site-archive');
const shared = globalThis as typeof globalThis & { [KEY]?: SiteArchive };

/**
 * Names the content folder the build reads (`scripts/build.ts` and the integration call it first thing); an archive
 * read before from another folder is forgotten. Example: `useContent('/tmp/copy/content')`.
 */
export function useContent(contentDir: string): void {
  if (shared[KEY]?.contentDir !== contentDir) shared[KEY] = { contentDir };
}

/** The content folder of the build under way: the one given to `useContent`, else `content/` (or ARCHIVE_CONTENT). */
export function contentDir(): string {
  return (shared[KEY] ??= { contentDir: defaultContentDir() }).contentDir;
}

/**
 * The whole archive; the first call reads and validates it (`loadArchiveFromFiles`), later calls share it.
 * Throws a ContentError listing every problem when the content is not fit to publish.
 * Example: `loadSiteArchive().reports.length` → `4` for the two seed reports in two languages.
 */
export function loadSiteArchive(): Archive {
  const state = (shared[KEY] ??= { contentDir: defaultContentDir() });
  if (!state.archive) {
    const began = performance.now();
    state.archive = loadArchiveFromFiles(state.contentDir);
    state.loadMs = Math.round(performance.now() - began);
  }
  return state.archive;
}

/** How long reading and validating the archive took, in milliseconds (for `npm run bench`); `undefined` before. */
export function archiveLoadMs(): number | undefined {
  return shared[KEY]?.loadMs;
}

/** The archive, for pages (`getStaticPaths` and frontmatter): as `loadSiteArchive`, in a promise. */
export async function getArchive(): Promise<Archive> {
  return loadSiteArchive();
}

/** Drops the archive read so far, so the next `getArchive()` reads the files again (`astro dev`, after an edit). */
export function forgetArchive(): void {
  const state = shared[KEY];
  if (state) state.archive = undefined;
}
