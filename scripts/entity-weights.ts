/**
 * Measures entity pages at scale (issue 21, docs/entity-pages.md): `corpus DIR N` writes the bench's synthetic
 * archive of N reports (`generateCorpus`) into DIR; after `node scripts/build.ts --content DIR --out SITE`,
 * `measure SITE` prints the ten heaviest entity pages (countries, organizations, initiatives and their role views):
 * HTML bytes, HTML gzip bytes and the first visit's gzip bytes with CSS and JS (`pageWeight`), and how many role views
 * the site has.
 * Usage: node scripts/entity-weights.ts corpus /tmp/entity-corpus 300 | measure /tmp/entity-site
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from '../bench/corpus.ts';
import { runCli } from '../src/lib/cli.ts';
import { UserError } from '../src/lib/problems.ts';
import { pageWeight } from '../src/lib/site-check.ts';

/** Entity pages and role views, as paths under the site: `en/countries/mexico/index.html`. */
const ENTITY_PAGE = /^(en|es)\/(countries|organizations|initiatives)\/[^/]+\/([^/]+\/)?index\.html$/;

/** One line per page: bytes, gzip bytes, first-visit gzip bytes, path. */
function measure(site: string): string {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => ENTITY_PAGE.test(name));
  const rows = pages.map((name) => {
    const html = readFileSync(join(site, name));
    return {
      name,
      bytes: html.length,
      gzip: gzipSync(html, { level: 9 }).length,
      visit: pageWeight(site, join(site, name)),
    };
  });
  rows.sort((a, b) => b.visit - a.visit);
  const views = pages.filter((name) => name.split('/').length === 5).length;
  return [
    `${pages.length} entity pages, ${views} of them role views`,
    'bytes\tgzip\tvisit (gzip, with CSS and JS)\tpage',
    ...rows.slice(0, 10).map((row) => `${row.bytes}\t${row.gzip}\t${row.visit}\t${row.name}`),
  ].join('\n');
}

runCli(() => {
  const [command, path, count] = process.argv.slice(2);
  if (command === 'corpus' && path && Number(count) > 0) {
    const { items } = generateCorpus(path, Number(count));
    return `wrote ${count} reports (${items} items) to ${path}`;
  }
  if (command === 'measure' && path) return measure(path);
  throw new UserError('usage: node scripts/entity-weights.ts corpus DIR N | measure SITE');
});
