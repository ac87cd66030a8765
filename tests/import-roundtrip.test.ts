/**
 * Round trips through the formats the secretariat has: every report of
 * content/ (the two seeds among them) rendered to a Word file with automatic
 * multilevel numbering and page numbers, and that file
 * printed to PDF by LibreOffice, imports back to the same heading, preamble,
 * items, texts and facts. LibreOffice (`soffice`) must be installed (Debian:
 * libreoffice-writer-nogui; `.ci/run` installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/lib/archive.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { readDocument } from '../src/lib/import/readers/index.ts';
import { renderReportDocx } from '../src/lib/import/render.ts';
import { type ImportResult, importDocument } from '../src/lib/importer.ts';
import { parseReportBody } from '../src/lib/items.ts';
import { contentArchive, scratchDir } from './helpers.ts';
import { reportAsDocx } from './support/render.ts';

const { content } = readContentFiles();
const reports = contentArchive().reports;
const name = (report: Report) => `${report.id}.${report.lang}`;

/** The facts a round trip must keep, as the report file writes them. */
function facts(report: Report) {
  const { data } = report;
  return {
    id: data.id,
    lang: data.lang,
    network: data.network.id,
    date: data.date,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    meetingKind: data.meetingKind,
    participants: data.participants.map((participant) => participant.id),
    ...(data.venue
      ? { venue: JSON.parse(JSON.stringify({ ...data.venue, country: data.venue.country.id })) as unknown }
      : {}),
  };
}

function expectSameReport(result: ImportResult, report: Report): void {
  const body = parseReportBody(result.body, { file: 'imported.mdx', firstLine: 1 });
  expect(body.problems).toEqual([]);
  expect(body.items.map((item) => [item.number, item.text])).toEqual(
    report.items.map((item) => [item.number, item.text]),
  );
  expect(body.preambleText).toBe(report.preambleText);
  expect(result.frontmatter['heading']).toEqual(report.data.heading);
  expect(result.frontmatter).toMatchObject(facts(report));
}

let dir = '';
beforeAll(async () => {
  dir = scratchDir('roundtrip-');
  for (const report of reports)
    writeFileSync(join(dir, `${name(report)}.docx`), await renderReportDocx(reportAsDocx(report)));
  if (spawnSync('soffice', ['--version']).error) {
    throw new Error(
      'LibreOffice is needed for the PDF round trip: apt-get install libreoffice-writer-nogui (it provides soffice)',
    );
  }
  const profile = join(dir, 'lo-profile');
  mkdirSync(profile);
  const files = reports.map((report) => join(dir, `${name(report)}.docx`));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
});

describe('every report of content/ round-trips through Word and through PDF', () => {
  for (const report of reports) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`${report.lang}/${report.id} as ${format.toUpperCase()}`, async () => {
        const file = `${name(report)}.${format}`;
        const document = await readDocument(readFileSync(join(dir, file)), file);
        expectSameReport(importDocument(document, content, { lang: report.lang }), report);
      });
    }
  }
});
