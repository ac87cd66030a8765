/**
 * `npm run bench -- --reports N`: builds a deterministic synthetic archive of N
 * bilingual reports with the real pipeline (scripts/build.ts) in a temporary
 * folder — never content/ or dist/ — and measures the build (wall time, stage
 * times, pages per second, peak memory of the process tree), the output
 * (site size, gzip bytes of key pages, search index size) and, in headless
 * Chromium, a first and a second search. Prints the figures and writes them
 * to bench/results-{N}.json.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/lib/cli.ts';
import { launchChromium, serveDist } from '../src/lib/serve.ts';
import { pageWeight } from '../src/lib/site-check.ts';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } } });
const N = Number(values.reports);

/** Small, seeded PRNG (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ['belize', 'Belize', 'Belice', 'Belmopan'],
  ['canada', 'Canada', 'Canadá', 'Ottawa'],
  ['costa-rica', 'Costa Rica', 'Costa Rica', 'San José'],
  ['dominican-republic', 'the Dominican Republic', 'República Dominicana', 'Santo Domingo'],
  ['el-salvador', 'El Salvador', 'El Salvador', 'San Salvador'],
  ['guatemala', 'Guatemala', 'Guatemala', 'Antigua Guatemala'],
  ['honduras', 'Honduras', 'Honduras', 'Tegucigalpa'],
  ['mexico', 'Mexico', 'México', 'Mexico City'],
  ['nicaragua', 'Nicaragua', 'Nicaragua', 'Managua'],
  ['panama', 'Panama', 'Panamá', 'Panama City'],
  ['united-states', 'the United States', 'Estados Unidos', 'Washington, D.C.'],
] as const;

/** Agreement templates, English and Spanish, with the entities they name (as real reports do). */
const AGREEMENTS: ((c: string[], s: string[]) => [string, string])[] = [
  (c, s) => [
    `To thank the delegations of ${c.join(', ')} for their reports on best practices and advances relating to consular protection.`,
    `Agradecer a las delegaciones de ${s.join(', ')} por sus informes sobre buenas prácticas y avances relativos a la protección consular.`,
  ],
  (c, s) => [
    `To thank ${c[0]} for the update on the establishment of joint consulates.`,
    `Agradecer a ${s[0]} por la actualización sobre el establecimiento de consulados conjuntos.`,
  ],
  () => [
    'To request IOM to carry out a study on joint consulates among interested RCM Member Countries.',
    'Solicitar a la OIM realizar un estudio sobre consulados conjuntos entre los Países Miembros de la CRM interesados.',
  ],
  (c, s) => [
    `To take note of the proposal presented by the ICRC to carry out a workshop on disappeared migrants, hosted by ${c[0]}.`,
    `Tomar nota de la propuesta presentada por el CICR para realizar un taller sobre migrantes desaparecidos, con sede en ${s[0]}.`,
  ],
  (c, s) => [
    `To thank ${c[0]} for its comments on the Week of Labour Rights.`,
    `Agradecer a ${s[0]} por sus comentarios sobre la Semana de Derechos Laborales.`,
  ],
  () => [
    'To thank IOM for their presentation of the virtual course on protection of migrants affected by crises and activities related to the MICIC initiative.',
    'Agradecer a la OIM por su presentación del curso virtual sobre protección de migrantes afectados por crisis y de las actividades relacionadas con la iniciativa MICIC.',
  ],
  () => [
    'The TS commits to share with Member Countries the concept note of this workshop.',
    'La ST se compromete a compartir con los Países Miembros la nota conceptual de este taller.',
  ],
  () => [
    'To receive the proposals of RNCOM on the participation of civil society to strengthen consular protection.',
    'Recibir las propuestas de la RROCM sobre la participación de la sociedad civil para fortalecer la protección consular.',
  ],
  (c, s) => [`${c[0]} offered to host the next meeting of the RCGM.`, `${s[0]} ofreció ser sede de la próxima reunión del GRCM.`],
  () => [
    'To receive the concept note presented by IOM jointly with the ILO for a Workshop on Consular Protection of Migrant Workers.',
    'Recibir la nota conceptual presentada por la OIM conjuntamente con la OIT para un Taller sobre Protección Consular de Trabajadores Migrantes.',
  ],
];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Writes a synthetic content/ folder of n reports (English originals with their sources, Spanish translations). */
function generateCorpus(dir: string, n: number): { items: number } {
  const next = random(2017);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  mkdirSync(join(dir, 'reports', 'en'), { recursive: true });
  mkdirSync(join(dir, 'reports', 'es'), { recursive: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const file of ['countries.yaml', 'organizations.yaml', 'initiatives.yaml']) cpSync(join('content', file), join(dir, file));
  writeFileSync(join(dir, 'changes.yaml'), '[]\n');
  writeFileSync(join(dir, 'permalinks.txt'), '');

  const start = Date.UTC(1996, 0, 15);
  const span = Date.UTC(2026, 10, 1) - start;
  const ids = new Set<string>();
  let items = 0;
  for (let index = 0; index < n; index++) {
    const date = new Date(start + Math.floor((span * index) / n) + Math.floor(next() * 86_400_000 * 3)).toISOString().slice(0, 10);
    let id = date;
    for (let k = 2; ids.has(id); k++) id = `${date}-${k}`;
    ids.add(id);
    const host = pick(COUNTRIES);
    const participants = COUNTRIES.filter((country) => country === host || next() < 0.8);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const preambleEn = `The Liaison Officer Network for Consular Protection held its ordinary meeting on ${MONTHS_EN[month - 1]} ${day}, ${year} in ${host[3]}, ${host[1].replace(/^the /, '')}, prior to the meeting of the Regional Consultation Group on Migration (RCGM), with participation of representatives from the following countries: ${participants.map((country) => country[1]).join(', ')}.`;
    const preambleEs = `La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria el ${day} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][month - 1]} de ${year} en ${host[3]}, ${host[2]}, previo a la reunión del Grupo Regional de Consulta sobre Migración (GRCM).`;
    const en: string[] = [preambleEn];
    const es: string[] = [preambleEs];
    const source: string[] = [preambleEn, ''];
    const count = 6 + Math.floor(next() * 9);
    for (let n2 = 1; n2 <= count; n2++) {
      const names = participants.slice(0, 1 + Math.floor(next() * 4));
      const [textEn, textEs] = pick(AGREEMENTS)(
        names.map((country) => country[1]),
        names.map((country) => country[2]),
      );
      en.push(`<Item n="${n2}">\n${textEn}\n</Item>`);
      es.push(`<Item n="${n2}">\n${textEs}\n</Item>`);
      source.push(`${n2}. ${textEn}`);
      items++;
      if (next() < 0.3) {
        const letters = 2 + Math.floor(next() * 3);
        for (let l = 0; l < letters; l++) {
          const letter = String.fromCharCode(97 + l);
          const [subEn, subEs] = pick(AGREEMENTS)([host[1]], [host[2]]);
          en.push(`<Item n="${n2}.${letter}">\n${subEn}\n</Item>`);
          es.push(`<Item n="${n2}.${letter}">\n${subEs}\n</Item>`);
          source.push(` - ${letter}. ${subEn}`);
          items++;
        }
      }
    }
    const sourceText = `${source.join('\n')}\n`;
    const sha256 = createHash('sha256').update(sourceText).digest('hex');
    writeFileSync(join(dir, 'sources', `${id}.en.txt`), sourceText);
    const frontmatter = (lang: 'en' | 'es') =>
      [
        '---',
        `id: "${id}"`,
        `lang: ${lang}`,
        `title: ${lang === 'en' ? 'Report from the Meeting of the Liaison Officer Network for Consular Protection' : 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular'}`,
        'network: consular-protection-network',
        `date: "${date}"`,
        'meetingKind: ordinary',
        'venue:',
        `  city: ${JSON.stringify(host[3])}`,
        `  country: ${host[0]}`,
        'participants:',
        ...participants.map((country) => `  - ${country[0]}`),
        'precedes: rcgm',
        'reportsTo: rcgm',
        lang === 'en'
          ? 'translation: { status: original }'
          : 'translation: { status: translation, from: en, official: false, date: "2026-11-23", by: Bench }',
        `source: { file: ${id}.en.txt, lang: en, sha256: ${sha256} }`,
        '---',
        '',
      ].join('\n');
    writeFileSync(join(dir, 'reports', 'en', `${id}.mdx`), `${frontmatter('en')}${en.join('\n\n')}\n`);
    writeFileSync(join(dir, 'reports', 'es', `${id}.mdx`), `${frontmatter('es')}${es.join('\n\n')}\n`);
  }
  return { items };
}

/** Sum of the resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

runCli(async () => {
  const work = mkdtempSync(join(tmpdir(), `archive-bench-${N}-`));
  const content = join(work, 'content');
  const site = join(work, 'site');
  const corpus = generateCorpus(content, N);

  const startedAt = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', site], {
    env: { ...process.env, BENCH_TIMINGS: join(work, 'timings.json') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = performance.now() - startedAt;
  if (code !== 0) throw new Error(`the build failed:\n${stderr.split('\n').slice(-15).join('\n')}`);
  const stages = JSON.parse(readFileSync(join(work, 'timings.json'), 'utf8')) as Record<string, number>;

  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  const firstReport =
    readdirSync(join(content, 'reports', 'en'))
      .sort()[0]
      ?.replace('.mdx', '') ?? '';

  // A first search (cold cache) and a second one (warm), in Chromium.
  const [browser, server] = await Promise.all([launchChromium(), serveDist(site)]);
  const search = async (tab: import('playwright-core').Page, query: string) => {
    let bytes = 0;
    const count = (request: import('playwright-core').Request) =>
      request.sizes().then(
        (sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize),
        () => undefined,
      );
    tab.on('requestfinished', count);
    const began = performance.now();
    await tab.goto(`${server.origin}/en/search/?q=${encodeURIComponent(query)}`);
    await tab.waitForFunction(() => /\d|No results/.test(document.querySelector('.results [role=status]')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    const ms = performance.now() - began;
    await tab.waitForLoadState('networkidle');
    tab.off('requestfinished', count);
    // From the script starting the search to the results announced (Pagefind load included), apart from page load.
    const searchMs = await tab.evaluate(() => performance.measure('search', 'search-start', 'search-done').duration);
    return { bytes, searchMs: Math.round(searchMs), pageAndSearchMs: Math.round(ms) };
  };
  const tab = await browser.newPage();
  const firstSearch = await search(tab, 'joint consulates');
  const secondSearch = await search(tab, 'disappeared migrants');
  await browser.close();
  await server.close();

  const results = {
    reports: N,
    items: corpus.items,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    build: {
      wallMs: Math.round(wall),
      stagesMs: stages,
      pages,
      pagesPerSecond: Math.round(pages / ((stages['pages'] ?? wall) / 1000)),
      peakRssMiB: Math.round(peak / 2 ** 20),
    },
    output: {
      siteMiB: Math.round((folderSize(site) / 2 ** 20) * 10) / 10,
      pagefindMiB: Math.round((folderSize(join(site, 'pagefind')) / 2 ** 20) * 10) / 10,
      gzipBytes: {
        home: pageWeight(site, join(site, 'en/index.html')),
        report: pageWeight(site, join(site, `en/reports/${firstReport}/index.html`)),
        item: pageWeight(site, join(site, `en/reports/${firstReport}/items/1/index.html`)),
        search: pageWeight(site, join(site, 'en/search/index.html')),
      },
    },
    search: { first: firstSearch, second: secondSearch },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', `results-${N}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else if (existsSync(work)) console.log(`kept ${work}`);
  return JSON.stringify(results, null, 2);
});
