/**
 * The prerenderer of the archive's build: Astro's own (the default prerenderer), except for the item pages, nine pages
 * in ten. Astro spends about 0.6 ms of its own on each page it writes whatever the page (a Request, a Response, a
 * file written through its event loop), so those pages skip its page loop: the item route's `getStaticPaths` still
 * lists them, and the page workers (`page-workers.ts`) render them from the same markup modules the route uses
 * (`src/lib/markup/`, `itemPages`) and write them into Astro's output folder, on the other core, with the stylesheet
 * and script URLs Astro's build chose for that route, while Astro writes the other pages. Measured in
 * docs/performance.md.
 */
import type { AstroPrerenderer } from 'astro';
import type { Archive } from '../lib/archive.ts';
import { type Html, html } from '../lib/html.ts';
import { pageDocument } from '../lib/markup/frame.ts';
import { itemPage } from '../lib/markup/item-page.ts';
import { itemPath, pagePath } from '../lib/urls.ts';
import type { PageWriters } from './page-workers.ts';

/** The route files whose pages are rendered here, and the components whose `<script>` their pages carry. */
export const FAST_ROUTES: Record<'item', { route: string; scripts: readonly string[] }> = {
  item: {
    route: 'src/pages/[lang]/reports/[report]/items/[...item].astro',
    scripts: ['src/components/CopyScript.astro'],
  },
};

/**
 * What Astro's build knows of a route's assets: its stylesheets (from `astro:build:setup`) and the built scripts (the
 * manifest).
 */
export interface BuildAssets {
  /** External stylesheet URLs of a route, in Astro's order; `undefined` when Astro has no page data for it. */
  stylesheets(route: string): string[] | undefined;
  /** The built script URL of every processed `<script>` of a component (`src/components/X.astro`). */
  scripts(component: string, entryModules: Record<string, string>): string[];
}

const FAST_COMPONENTS = new Set<string>(Object.values(FAST_ROUTES).map(({ route }) => route));

type Page = () => string;

/**
 * Wraps Astro's default prerenderer (`astro:build:start` → `setPrerenderer`): the item route's pages are taken out of
 * the paths Astro renders and handed to the page workers (`page-workers.ts`), which write them into `outDir`; every
 * other page is Astro's. `listed(paths)` is told the item pages' paths (for the sitemap, which lists only what Astro
 * wrote). Waits for the workers and closes them when Astro has written its last page (`teardown`).
 * Example: `setPrerenderer((astro) => archivePrerenderer(astro, { assets, writers, outDir, listed }))`.
 * Throws (from `getStaticPaths`, failing the build) when the route lists other pages than the archive's items, or
 * Astro's build has no stylesheet for the route or no built script for a component in `FAST_ROUTES`; from `teardown`
 * when a page could not be written (the first such page, by its path).
 */
export function archivePrerenderer(astro: AstroPrerenderer, handover: ItemHandover): AstroPrerenderer {
  let written: Promise<number> | undefined;
  const entryModules = (): Record<string, string> => {
    const app = (astro as AstroPrerenderer & { app?: { manifest?: { entryModules?: Record<string, string> } } }).app;
    return app?.manifest?.entryModules ?? {};
  };
  return {
    ...astro,
    name: 'consular-network-archive',
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      const items = paths.filter(({ route }) => FAST_COMPONENTS.has(route.component));
      if (items.length === 0) return paths;
      const tags = assetTags('item', handover.assets, entryModules());
      sameItems(
        items.map(({ pathname }) => pathname),
        handover.expected,
      );
      handover.listed(items.map(({ pathname }) => pathname));
      written = handover.writers.write(handover.outDir, tags);
      // Thrown from teardown, once Astro has written its own pages; marked handled here, since a rejection that no one
      // handles yet would end the process.
      written.catch(() => undefined);
      return paths.filter(({ route }) => !FAST_COMPONENTS.has(route.component));
    },
    // The workers' memory is given back before the sitemap and the exports, the build's last and largest allocations.
    async teardown() {
      try {
        await written;
      } finally {
        await handover.writers.close();
        await astro.teardown?.();
      }
    },
  };
}

/** What the prerenderer needs to hand the item pages over to the page workers. */
export interface ItemHandover {
  assets: BuildAssets;
  writers: PageWriters;
  /** Astro's output folder (`outDir`), where the workers write. */
  outDir: string;
  /** The item pages the workers write (`itemPages`' keys): the route must list exactly these. */
  expected: ReadonlySet<string>;
  /** Told the paths of the item pages, which Astro's own list of written pages (`astro:build:done`) lacks. */
  listed(paths: string[]): void;
}

/**
 * Checks that the item route lists the very pages the workers write (paths with or without their final slash).
 * Throws an Error naming the first path listed by one and not the other.
 */
function sameItems(listed: string[], expected: ReadonlySet<string>): void {
  const slashed = new Set(listed.map((path) => (path.endsWith('/') ? path : `${path}/`)));
  const extra = [...slashed].find((path) => !expected.has(path));
  const lacking = [...expected].find((path) => !slashed.has(path));
  if (extra !== undefined || lacking !== undefined)
    throw new Error(
      extra !== undefined
        ? `${extra}: the item route lists this page, and the archive has no such item; a bug in itemPages or the route`
        : `${lacking}: the archive has this item, and the item route does not list it; a bug in itemPages or the route`,
    );
}

/** Every item page by its path (`/en/reports/2017-11-27/items/2/d/`), rendered when asked for. */
export function itemPages(
  archive: Archive,
  site: string,
  tags: (kind: keyof typeof FAST_ROUTES) => Html,
): Map<string, Page> {
  const pages = new Map<string, Page>();
  let itemTags: Html | undefined;
  for (const report of archive.reports)
    for (const item of report.items)
      pages.set(pagePath(report.lang, itemPath(report.id, item.number)), () => {
        const parts = itemPage(archive, report, item, site);
        return pageDocument(parts.frame, parts, (itemTags ??= tags('item')));
      });
  return pages;
}

/** The stylesheet and script tags of a kind of page, as Astro's build made them for its route. */
function assetTags(kind: keyof typeof FAST_ROUTES, assets: BuildAssets, entryModules: Record<string, string>): Html {
  const { route, scripts } = FAST_ROUTES[kind];
  const stylesheets = assets.stylesheets(route);
  if (!stylesheets?.length)
    throw new Error(`${route}: Astro's build has no stylesheet for this route; cannot render its pages`);
  const sources = scripts.flatMap((component) => {
    const built = assets.scripts(component, entryModules);
    // The page test compares no script URL (tests/static-pages.test.ts), so a script not found must stop the build
    // here.
    if (built.length === 0)
      throw new Error(`${component}: Astro's build manifest has no script for it; cannot render the pages of ${route}`);
    return built;
  });
  return html`${stylesheets.map((href) => html`<link rel="stylesheet" href="${href}" />`)}${sources.map(
    (src) => html`<script type="module" src="${src}"></script>`,
  )}`;
}
