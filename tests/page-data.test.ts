/**
 * Pages compute what they show once (src/lib/page-data.ts) and hand components only that: no page or component takes
 * the archive as a prop or casts its props, and every dynamic page types its props from its `getStaticPaths`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportsIn } from '../src/lib/archive.ts';
import { byMeeting, itemPageData } from '../src/lib/page-data.ts';
import { placeText } from '../src/lib/present.ts';
import { contentArchive } from './helpers.ts';

describe('page data', () => {
  it('byMeeting groups consecutive items of one meeting and keeps their order', () => {
    const archive = contentArchive();
    const [a, b] = reportsIn(archive, 'en');
    const entries = [a!.items[0]!, a!.items[1]!].map((item) => ({ report: a!, item }));
    entries.push({ report: b!, item: b!.items[0]! }, { report: a!, item: a!.items[2]! });
    const meetings = byMeeting(archive, 'en', entries);
    expect(meetings.map((meeting) => [meeting.report.id, meeting.items.map((item) => item.number)])).toEqual([
      [a!.id, [a!.items[0]!.number, a!.items[1]!.number]],
      [b!.id, [b!.items[0]!.number]],
      [a!.id, [a!.items[2]!.number]],
    ]);
    expect(meetings[1]!.place).toBe(placeText(archive, b!, 'en'));
  });

  it("an item's page data names its parent, sub-items and neighbours in the report", () => {
    const archive = contentArchive();
    const report = reportsIn(archive, 'es').find((candidate) => candidate.items.some((item) => item.parent))!;
    const index = report.items.findIndex((item) => item.parent !== undefined);
    const sub = report.items[index]!;
    const data = itemPageData(archive, report, sub, 'https://example.org/');
    expect(data.parent?.number).toBe(sub.parent);
    expect(data.parent?.children).toContain(sub.number);
    expect(data.previous).toBe(report.items[index - 1]);
    expect(data.next).toBe(report.items[index + 1]);
    expect(data.citation.number).toBeTruthy();
    const parentData = itemPageData(archive, report, data.parent!, 'https://example.org/');
    expect(parentData.children.map((child) => child.number)).toEqual(data.parent!.children);
  });
});

describe('typed pages and components', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
    );
  const astro = ['src/pages', 'src/components', 'src/layouts'].flatMap(files);

  for (const file of astro) {
    it(`${file}: no cast of Astro.props, no archive handed on as a prop`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/Astro\.props\s+as\b/);
      expect(text).not.toMatch(/\barchive=\{/);
      expect(text).not.toMatch(/^\s*archive\??:\s*Archive/m);
    });
  }

  for (const file of astro.filter((name) => /export const getStaticPaths/.test(readFileSync(name, 'utf8')))) {
    it(`${file}: its props are typed from its getStaticPaths`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/type Props = InferGetStaticPropsType<typeof getStaticPaths>;/);
    });
  }
});
