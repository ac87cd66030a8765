/**
 * `npm run bench:import`: measures the importer on what the secretariat
 * brings — a 1 MB hard-wrapped text (the linearity check: 0.25, 0.5 and 1 MB)
 * and each fixture of tests/fixtures/documents/ (PDF, DOCX, HTML, text) —
 * from bytes to report file, in wall time (median of 5 runs). Prints the
 * figures and writes them to bench/import.json.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { wrap } from '../bench/wrap.ts';
import { runCli } from '../src/lib/cli.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { readDocument } from '../src/lib/import/readers/index.ts';
import { importDocument } from '../src/lib/importer.ts';

const FIXTURES = 'tests/fixtures/documents';
const RUNS = 5;

/**
 * A hard-wrapped report of about `bytes` bytes: an opening paragraph and numbered items with sub-items and bullets
 * (about 1.2 kB an item, fewer than 1,000 items a megabyte, as no real report has more), wrapped at 80 columns.
 */
function wrappedReport(bytes: number): string {
  const lines = [
    ...wrap(
      'The Liaison Officer Network for Consular Protection held its ordinary ' +
        'meeting on November 27th, 2017, in San Salvador, El Salvador, with ' +
        'participation of representatives from the following countries: Canada, ' +
        'Costa Rica and Mexico.',
      80,
    ),
    '',
  ];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    for (const [marker, text] of [
      [
        `${n}.`,
        `To thank the delegations of Costa Rica, the Dominican Republic, El ` +
          `Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and the United ` +
          `States for their reports on best practices (meeting ${n}).`,
      ],
      [
        'a)',
        'To request IOM to carry out a study that includes the best practices, ' +
          'legal frameworks and other inputs on joint consulates.',
      ],
      [
        'b)',
        'The Technical Secretariat commits to share the concept note of this workshop before the end of the year.',
      ],
      [
        'c)',
        'Member Countries will submit their inputs to the Technical Secretariat ' +
          'before the meeting of the Regional Consultation Group on Migration ' +
          'scheduled for June, so that the workshop on consular crisis management and ' +
          'the MICIC guidelines can be held during the first semester, pending ' +
          'approval by the Vice-Ministers.',
      ],
      [
        '',
        'Interested RCM Member Countries will adapt the contents and messages of ' +
          'the regional communication campaign according to the characteristics of ' +
          'each country, and will report on the results at the next meeting of the Network.',
      ],
      [
        '·',
        'Workshops offered by the Platform on Disaster Displacement, the regional ' +
          'platform to register consular protection cases and the virtual course on ' +
          'migrant women.',
      ],
    ] as const) {
      for (const line of wrap(marker === '' ? text : `${marker} ${text}`, 80)) {
        lines.push(line);
        size += line.length + 1;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Median wall time, in milliseconds, of importing `bytes` read as `name`. */
async function time(
  bytes: Uint8Array,
  name: string,
  entities: ReturnType<typeof readContentFiles>['content'],
): Promise<{ ms: number; items: number }> {
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = importDocument(await readDocument(bytes, name), entities);
    times.push(performance.now() - start);
    items = result.numbers.length;
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round((times[Math.floor(RUNS / 2)] ?? 0) * 10) / 10, items };
}

runCli(async () => {
  const { content } = readContentFiles();
  const rows: { input: string; bytes: number; items: number; ms: number }[] = [];
  for (const size of [250_000, 500_000, 1_000_000]) {
    const bytes = new TextEncoder().encode(wrappedReport(size));
    rows.push({
      input: `wrapped text, ${size / 1_000_000} MB`,
      bytes: bytes.length,
      ...(await time(bytes, 'wrapped.txt', content)),
    });
  }
  for (const file of readdirSync(FIXTURES).filter((name) => /^report-\w+\.(pdf|docx)$/u.test(name))) {
    const bytes = readFileSync(join(FIXTURES, file));
    rows.push({ input: file, bytes: bytes.length, ...(await time(bytes, file, content)) });
  }
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  writeFileSync(
    'bench/import.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, rows }, null, 2)}\n`,
  );
  return rows
    .map(
      (row) =>
        `${row.input.padEnd(24)} ${String(row.bytes).padStart(9)} ` +
        `B ${String(row.items).padStart(6)} items ${String(row.ms).padStart(8)} ms`,
    )
    .join('\n');
});
