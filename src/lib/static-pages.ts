/**
 * The pages written outside Astro's per-page pipeline: every item page (in
 * both languages) and every `/id/…` identifier. They are nine in ten of the
 * archive's pages, and Astro spends about 3 ms on each whatever its size, so
 * at archive scale they are written here from the same markup modules Astro's
 * pages use (`src/lib/markup/`), with the stylesheet and script tags Astro
 * emitted for the report pages. See README, "Performance".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from './archive.ts';
import { type FileToWrite, writeFiles } from './file-writer.ts';
import { type Html, raw } from './html.ts';
import { entryDocument } from './markup/entry.ts';
import { pageDocument } from './markup/frame.ts';
import { identifierEntry, identifiers } from './markup/identifier-page.ts';
import { itemPage } from './markup/item-page.ts';
import { absoluteUrl, itemPath, pagePath, reportPath } from './urls.ts';

/** Set (to "1") by `scripts/build.ts` for Astro's run: the pages below are then left to `writeItemPages` and `writeIdentifierPages`. */
export const OUTSIDE_ASTRO_ENV = 'ARCHIVE_PAGES_OUTSIDE_ASTRO';

/** Whether Astro renders item and identifier pages itself: in `astro dev`, and in a bare `astro build`. */
export function astroRendersStaticPages(): boolean {
  return process.env[OUTSIDE_ASTRO_ENV] !== '1';
}

/** Absolute URLs of the language pages written here, for the sitemap (identifiers are not listed there). */
export function staticPageUrls(archive: Archive, site: URL | string): string[] {
  return archive.reports.flatMap((report) =>
    report.items.map((item) => absoluteUrl(pagePath(report.lang, itemPath(report.id, item.number)), site)),
  );
}

/**
 * The page of Astro's build whose stylesheet and script tags the item pages
 * take: the first report's (`undefined` for an empty archive). Astro writes it
 * early in its run, so item pages need not wait for the rest.
 */
export function itemAssetsPage(archive: Archive, astroSite: string): string | undefined {
  const first = archive.reports[0];
  return first && join(astroSite, pagePath(first.lang, reportPath(first.id)), 'index.html');
}

/** Writes every item page, in both languages, with the asset tags of `assetsPage` (see `itemAssetsPage`); returns how many. */
export function writeItemPages(archive: Archive, siteDir: string, assetsPage: string, site: URL | string): Promise<number> {
  const assets = assetTags(assetsPage);
  // Rendered as the writer asks for them, so only the pages being written are in memory.
  function* pages(): Generator<FileToWrite> {
    for (const report of archive.reports)
      for (const item of report.items) {
        const parts = itemPage(archive, report, item, site);
        yield [join(siteDir, pagePath(report.lang, parts.frame.path), 'index.html'), pageDocument(parts.frame, parts, assets)];
      }
  }
  return writeFiles(pages(), { exclusive: true });
}

/** Writes every `/id/…` identifier page, with the asset tags of Astro's language entry (`/index.html`, written last); returns how many. */
export function writeIdentifierPages(archive: Archive, siteDir: string, astroSite: string, site: URL | string): Promise<number> {
  const assets = assetTags(join(astroSite, 'index.html'));
  function* pages(): Generator<FileToWrite> {
    for (const identifier of identifiers(archive))
      yield [join(siteDir, identifier.self, 'index.html'), entryDocument(identifierEntry(identifier, site), assets)];
  }
  return writeFiles(pages(), { exclusive: true });
}

/** The stylesheet and script tags Astro put in a page it built: the same assets go on the pages written here. */
function assetTags(file: string): Html {
  const page = readFileSync(file, 'utf8');
  const tags = page.match(/<link rel="stylesheet" href="\/_astro\/[^"]+">|<script type="module" src="\/_astro\/[^"]+"><\/script>/g);
  if (!tags) throw new Error(`${file}: no stylesheet from Astro's build found; cannot write pages that match it`);
  return raw(tags.join(''));
}
