/**
 * Item pages are rendered by the archive's prerenderer in a
 * build (src/integrations/page-prerenderer.ts), and by Astro's route in
 * `astro dev` or a build with `--astro-pages`. Both come from the same markup
 * modules, so a reader sees the same page either way: this compares every such
 * page of dist/ with Astro's rendering of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemPath, pagePath } from '../src/lib/urls.ts';
import { buildSite, contentArchive, distFile, requireBuild, scratchDir } from './helpers.ts';

requireBuild();

/** A page as a reader gets it: elements with their attributes and the text, whitespace collapsed; where Astro puts a script tag is left out. */
function shape(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    } else if (node.type === 'element' || node.type === 'root') {
      if (node.type === 'element') {
        const element = node as Element;
        if (element.tagName === 'script' && element.properties['src']) return;
        out.push(`<${element.tagName} ${JSON.stringify(element.properties)}>`);
      }
      for (const child of node.children) walk(child);
    }
  };
  walk(fromHtml(html));
  return out;
}

const scratch = scratchDir('astro-only-');
const astroOut = join(scratch, 'site');

describe('pages rendered by the archive prerenderer', () => {
  // The build with Astro rendering every page runs once, in the hook (with the hook's time).
  beforeAll(() => {
    const run = buildSite(['--out', astroOut, '--astro-pages']);
    if (run.status !== 0) throw new Error(`the build with --astro-pages failed:\n${run.stderr}`);
  });

  it('are the pages Astro renders from the same modules, for every item', () => {
    const archive = contentArchive();
    const urls = archive.reports.flatMap((report) =>
      report.items.map((item) => pagePath(report.lang, itemPath(report.id, item.number))),
    );
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) {
      const fromAstro = readFileSync(join(astroOut, url, 'index.html'), 'utf8');
      expect(shape(readFileSync(distFile(url), 'utf8')), url).toEqual(shape(fromAstro));
    }
  });
});
