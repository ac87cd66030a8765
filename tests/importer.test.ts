/**
 * The importer: each archived original imports back into the curated report
 * (same facts, same item numbers, same texts); dates and numbering come in
 * the shapes secretariats write them; every bad input in the fixture
 * catalogue gets its own message and exit code, with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { readSource } from '../src/lib/source-files.ts';
import { decodeText } from '../src/lib/import/readers/text.ts';
import { findDate, importReport } from '../src/lib/importer.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { ContentError, formatProblem } from '../src/lib/problems.ts';
import { contentArchive, copyOfContent, scratchDir } from './helpers.ts';

const { content } = readContentFiles();
const FIXTURES = 'tests/fixtures/import';

describe('round trip: importing each archived original reproduces the curated report', () => {
  for (const report of contentArchive().reports.filter(
    (candidate) => candidate.data.translation.status === 'original',
  )) {
    it(`${report.lang}/${report.id}`, () => {
      const result = importReport(decodeText(readFileSync(`content/sources/${report.data.source.file}`)).text, content);
      const { data } = report;
      const facts = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value)) as unknown;
      expect(result.unresolved).toEqual([]);
      expect(facts(result.frontmatter)).toMatchObject(
        facts({
          id: data.id,
          lang: data.lang,
          title: data.title,
          ...(data.heading ? { heading: data.heading } : {}),
          network: data.network.id,
          date: data.date,
          meetingKind: data.meetingKind,
          format: data.format,
          venue: { ...data.venue, country: data.venue?.country.id },
          participants: data.participants.map((participant) => participant.id),
          precedes: data.precedes?.id,
          reportsTo: data.reportsTo?.id,
        }) as Record<string, unknown>,
      );
      expect(result.frontmatter['heading']).toEqual(data.heading);
      const body = parseReportBody(result.body, { file: 'imported.mdx', firstLine: 1 });
      expect(body.problems).toEqual([]);
      expect(body.items.map((item) => [item.number, item.text])).toEqual(
        report.items.map((item) => [item.number, item.text]),
      );
      expect(body.preambleText).toBe(report.preambleText);
    });
  }
});

describe('dates as reports write them', () => {
  for (const [written, date, endDate] of [
    ['November 27th, 2017', '2017-11-27'],
    ['27 November 2017', '2017-11-27'],
    ['21 June 2017', '2017-06-21'],
    ['November 24-25, 2014', '2014-11-24', '2014-11-25'],
    ['December 2-3, 2003', '2003-12-02', '2003-12-03'],
    ['27 de noviembre de 2017', '2017-11-27'],
    ['24 y 25 de junio de 2019', '2019-06-24', '2019-06-25'],
  ] as const) {
    it(written, () => {
      expect(findDate(`held on ${written} in`)).toEqual({ date, ...(endDate ? { endDate } : {}), written });
    });
  }
});

describe('a report pasted from a word processor, in Spanish', () => {
  const text = readFileSync(join(FIXTURES, 'spanish-word-processor.txt'));
  const result = importReport(decodeText(text).text, content);

  it('finds language, dates, kind, venue, participants and bodies', () => {
    expect(result.frontmatter).toMatchObject({
      id: '2019-06-24',
      lang: 'es',
      date: '2019-06-24',
      endDate: '2019-06-25',
      meetingKind: 'extraordinary',
      venue: { city: 'Tegucigalpa', region: 'Francisco Morazán', country: 'honduras' },
      network: 'consular-protection-network',
      precedes: 'rcgm',
      reportsTo: 'rcgm',
    });
    expect(result.frontmatter['participants']).toHaveLength(11);
    expect(result.unresolved).toEqual([]);
  });

  it('keeps numbering "1)", "a)", wrapped lines and "·" bullets', () => {
    const body = parseReportBody(result.body, { file: 'imported.mdx', firstLine: 1 });
    expect(body.items.map((item) => item.number)).toEqual(['1', '2', '2.a', '2.b', '3']);
    expect(body.items[3]?.text).toBe('Solicitar a la OIM un estudio sobre el tema, con costos estimados por país.');
    expect(body.items[4]?.text).toBe(
      'Propuestas de nuevas actividades:\n\n· Taller sobre migrantes desaparecidos.\n· Curso virtual sobre Mujeres Migrantes.',
    );
  });

  it('becomes a report the check accepts once its translation exists', () => {
    const dir = copyOfContent();
    const run = spawnSync(process.execPath, ['scripts/import.ts', join(FIXTURES, 'spanish-word-processor.txt')], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT: dir },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('unresolved: none');
    const after = readContentFiles(dir, dir);
    expect(after.problems).toEqual([]);
    let problems: string[] = [];
    try {
      buildArchive(after.content);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems.map(formatProblem);
    }
    expect(problems).toEqual([
      'reports/es/2019-06-24.mdx: translation missing: content/reports/en/2019-06-24.mdx does not exist; translate content/reports/es/2019-06-24.mdx into it, keeping every <Item n="…"> as it is, and fill in translation (README, Adding a report, step 4)',
    ]);
    expect(readSource('2019-06-24.es.txt', dir)).toBe(text.toString('utf8'));
  });
});

interface Case {
  file: string;
  exit: number;
  message: string;
  intoContent?: boolean;
  writes?: string[];
}

describe('bad input catalogue (tests/fixtures/import/cases.json)', () => {
  const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as Case[];

  it('covers every fixture file', () => {
    const files = readdirSync(FIXTURES).filter(
      (name) => name !== 'cases.json' && name !== 'spanish-word-processor.txt',
    );
    expect(cases.map((entry) => entry.file).sort()).toEqual(files.sort());
  });

  for (const entry of cases) {
    it(`${entry.file}: exit ${entry.exit}, "${entry.message}"`, () => {
      const out = scratchDir('import-');
      const contentCopy = copyOfContent();
      const before = readdirSync(join(contentCopy, 'reports', 'en')).length;
      const run = spawnSync(
        process.execPath,
        ['scripts/import.ts', join(FIXTURES, entry.file), ...(entry.intoContent ? [] : ['--out', out])],
        {
          encoding: 'utf8',
          env: { ...process.env, ARCHIVE_CONTENT: contentCopy },
        },
      );
      expect(run.status).toBe(entry.exit);
      expect(`${run.stdout}${run.stderr}`).toContain(entry.message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(out).sort()).toEqual([...(entry.writes ?? [])].sort());
      expect(readdirSync(join(contentCopy, 'reports', 'en'))).toHaveLength(before);
      if (entry.exit !== 0) expect(run.stderr).toContain('nothing was written');
      const report = entry.writes?.find((name) => name.endsWith('.mdx'));
      // Written with an explicit unresolved entry, which the check rejects until someone fixes it.
      if (report)
        expect(readFileSync(join(out, report), 'utf8')).toMatch(
          /^unresolved:\n {2}- 'participants: "Atlantis" is not a known country/m,
        );
    });
  }

  it('never overwrites a report unless told to (--force)', () => {
    const out = scratchDir('import-');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', 'content/sources/2016-11-15.en.txt', '--out', out, ...args], {
        encoding: 'utf8',
      });
    expect(run().status).toBe(0);
    const again = run();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('a report with id 2016-11-15 already exists');
    expect(run('--force').status).toBe(0);
  });

  it('a report replaced from another format keeps only the new original', () => {
    const out = scratchDir('import-');
    const run = (file: string, ...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', file, '--out', out, ...args], { encoding: 'utf8' });
    expect(run('tests/fixtures/documents/report-en.docx').status).toBe(0);
    expect(run('tests/fixtures/documents/report-en.pdf', '--force').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2017-11-27.en.pdf', '2017-11-27.mdx']);
  });
});
