/**
 * A deterministic synthetic archive for the benchmark and for tests at
 * scale: n bilingual reports, 6–14 items each with lettered sub-items,
 * sentences and entity mentions like the real reports, dates over 1996–2026.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Small, seeded PRNG (mulberry32): the same corpus on every run. Example: `random(2017)()` → a number in [0, 1). */
export function random(seed: number): () => number {
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
  (c, s) => [
    `${c[0]} offered to host the next meeting of the RCGM.`,
    `${s[0]} ofreció ser sede de la próxima reunión del GRCM.`,
  ],
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
export function generateCorpus(dir: string, n: number): { items: number } {
  const next = random(2017);
  mkdirSync(join(dir, 'reports', 'en'), { recursive: true });
  mkdirSync(join(dir, 'reports', 'es'), { recursive: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const file of ['countries.yaml', 'organizations.yaml', 'initiatives.yaml'])
    cpSync(join('content', file), join(dir, file));
  writeFileSync(join(dir, 'changes.yaml'), '[]\n');
  writeFileSync(join(dir, 'permalinks.txt'), '');

  const start = Date.UTC(1996, 0, 15);
  const span = Date.UTC(2026, 10, 1) - start;
  const ids = new Set<string>();
  let items = 0;
  for (let index = 0; index < n; index++) {
    const date = new Date(start + Math.floor((span * index) / n) + Math.floor(next() * 86_400_000 * 3))
      .toISOString()
      .slice(0, 10);
    let id = date;
    for (let k = 2; ids.has(id); k++) id = `${date}-${k}`;
    ids.add(id);
    const report = syntheticReport(next, date, id);
    items += report.items;
    writeFileSync(join(dir, 'sources', `${id}.en.txt`), report.source);
    writeFileSync(join(dir, 'reports', 'en', `${id}.mdx`), report.en);
    writeFileSync(join(dir, 'reports', 'es', `${id}.mdx`), report.es);
  }
  return { items };
}

/**
 * Adds one report to a corpus `generateCorpus` wrote, as the secretariat adds the latest meeting's: a meeting on
 * `date` (YYYY-MM-DD, later than the others), its source, report file and translation. Returns its item count.
 * Example: `addReport(dir, '2026-11-20')` writes `reports/en/2026-11-20.mdx` and its twins.
 */
export function addReport(dir: string, date: string): number {
  const report = syntheticReport(random(Number(date.replaceAll('-', ''))), date, date);
  writeFileSync(join(dir, 'sources', `${date}.en.txt`), report.source);
  writeFileSync(join(dir, 'reports', 'en', `${date}.mdx`), report.en);
  writeFileSync(join(dir, 'reports', 'es', `${date}.mdx`), report.es);
  return report.items;
}

/**
 * One synthetic bilingual report of a meeting on `date` (YYYY-MM-DD) with id
 * `id`, drawing from `next` (a seeded PRNG, `random(seed)`): the English
 * original text, its report file, the Spanish translation's report file, and
 * how many items it has. Example: `syntheticReport(random(7), '2019-06-12', '2019-06-12').source`
 * starts "The Liaison Officer Network for Consular Protection held its ordinary meeting on June 12, 2019 in …".
 */
export function syntheticReport(
  next: () => number,
  date: string,
  id: string,
): { source: string; en: string; es: string; items: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let items = 0;
  const host = pick(COUNTRIES);
  const participants = COUNTRIES.filter((country) => country === host || next() < 0.8);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const preambleEn = `The Liaison Officer Network for Consular Protection held its ordinary meeting on ${MONTHS_EN[month - 1]} ${day}, ${year} in ${host[3]}, ${host[1].replace(/^the /, '')}, prior to the meeting of the Regional Consultation Group on Migration (RCGM), with participation of representatives from the following countries: ${participants.map((country) => country[1]).join(', ')}.`;
  const preambleEs = `La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria el ${day} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][month - 1]} de ${year} en ${host[3]}, ${host[2]}, previo a la reunión del Grupo Regional de Consulta sobre Migración (GRCM).`;
  // The second paragraph says what the document is, as both seed reports do ("submits its report").
  const submitsEn = 'The Network submits its report to the RCGM for consideration, contained in the following items:';
  const submitsEs = 'La Red somete su informe a la consideración del GRCM, contenido en los siguientes puntos:';
  const en: string[] = [preambleEn, submitsEn];
  const es: string[] = [preambleEs, submitsEs];
  const source: string[] = [preambleEn, '', submitsEn, ''];
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
      'published: "2026-11-30"',
      `source: { file: ${id}.en.txt, lang: en, sha256: ${sha256} }`,
      '---',
      '',
    ].join('\n');
  return {
    source: sourceText,
    en: `${frontmatter('en')}${en.join('\n\n')}\n`,
    es: `${frontmatter('es')}${es.join('\n\n')}\n`,
    items,
  };
}
