/**
 * One escaper: every value written into HTML or XML goes through `escapeHtml` (src/lib/html.ts), directly or through
 * the `html` template. The entity links inside item texts and the Atom feeds use it, and no other module hand-writes
 * character references.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Archive } from '../src/lib/archive.ts';
import { linkEntities } from '../src/lib/entity-links.ts';
import { writeExports } from '../src/lib/exports.ts';
import { feedPath } from '../src/lib/urls.ts';
import { contentArchive } from './helpers.ts';

const HOSTILE = `A & B <i>'s</i> "C"`;

describe('one escaper', () => {
  it('an acronym expansion is escaped in its <abbr title>', () => {
    const find = () => [{ kind: 'organizations' as const, id: 'x', index: 4, text: 'XYZ' }];
    const names = () => ({ name: HOSTILE, acronym: 'XYZ' });
    const out = linkEntities('<p>The XYZ met.</p>', 'en', find, names);
    expect(out).toContain('<abbr title="A &amp; B &lt;i&gt;&#39;s&lt;/i&gt; &quot;C&quot;">XYZ</abbr>');
  });

  describe('the Atom feed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escaping-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is well-formed XML and keeps a hostile organization name as text', async () => {
      const archive = contentArchive();
      const network = archive.reports[0]!.data.network.id;
      const organization = archive.organizations.get(network)!;
      const organizations = new Map(archive.organizations);
      organizations.set(network, { ...organization, name: { en: HOSTILE, es: HOSTILE }, acronym: undefined });
      await writeExports({ ...archive, organizations } as Archive, dir, 'https://example.org/');
      const errors: string[] = [];
      const feed = new DOMParser({ onError: (_level, message) => void errors.push(message) }).parseFromString(
        readFileSync(join(dir, feedPath('en')), 'utf8'),
        'text/xml',
      );
      expect(errors).toEqual([]);
      const authors = [...feed.getElementsByTagName('name')].map((name) => name.textContent);
      expect(authors).toContain(HOSTILE);
    });
  });

  it('no module but src/lib/html.ts writes a character reference for &, <, > or a quote', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : /\.(ts|astro|mjs)$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const escapers = [...sources('src'), ...sources('scripts')]
      .filter((file) => file !== join('src', 'lib', 'html.ts'))
      .filter((file) => /['"`]&(amp|lt|gt|quot|#39|apos);/.test(readFileSync(file, 'utf8')));
    expect(escapers).toEqual([]);
  });
});
