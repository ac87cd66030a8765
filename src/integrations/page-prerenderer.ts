/**
 * The prerenderer of the archive's build: Astro's own (the default
 * prerenderer), except for the item pages, nine pages in ten.
 * Astro spends about 3 ms on each page whatever its size, so those pages are
 * rendered from the same markup modules their routes use
 * (`src/lib/markup/`, `itemPages`), in a worker thread (`page-workers.ts`),
 * with the stylesheet and script URLs Astro's build chose for those routes. Astro still lists their paths (the routes'
 * `getStaticPaths`), writes them, and hands them to the sitemap and to
 * `astro:build:done`. Measured in docs/architecture.md.
 */
import type { AstroPrerenderer } from 'astro';
import type { Archive } from '../lib/archive.ts';
import { type Html, html } from '../lib/html.ts';
import { pageDocument } from '../lib/markup/frame.ts';
import { itemPage } from '../lib/markup/item-page.ts';
import { itemPath, pagePath } from '../lib/urls.ts';
import type { PageWorker } from './page-workers.ts';

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
 * Wraps Astro's default prerenderer (`astro:build:start` → `setPrerenderer`): item pages are rendered from the
 * markup modules by the page worker (`page-workers.ts`, on the second core), every other page by Astro. Closes the
 * worker when Astro has asked for the last page (`teardown`).
 * Example: `setPrerenderer((astro) => archivePrerenderer(astro, assets, startPageWorker(archive, site)))`.
 * Throws (from `render`, failing the build) when Astro's build has no stylesheet for one of those routes, or no
 * built script for a component in `FAST_ROUTES`.
 */
export function archivePrerenderer(astro: AstroPrerenderer, assets: BuildAssets, worker: PageWorker): AstroPrerenderer {
  let itemTags: Html | undefined;
  const entryModules = (): Record<string, string> => {
    const app = (astro as AstroPrerenderer & { app?: { manifest?: { entryModules?: Record<string, string> } } }).app;
    return app?.manifest?.entryModules ?? {};
  };
  return {
    ...astro,
    name: 'consular-network-archive',
    // The worker's memory is given back before the sitemap and the exports, the build's last and largest allocations.
    async teardown() {
      await worker.close();
      await astro.teardown?.();
    },
    async render(request, options) {
      if (!FAST_COMPONENTS.has(options.routeData.component)) return astro.render(request, options);
      const path = new URL(request.url).pathname;
      const body = await worker.render(path, () => (itemTags ??= assetTags('item', assets, entryModules())));
      if (body === undefined) return astro.render(request, options);
      return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  };
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
