/**
 * The importer's facts step (src/lib/import/facts.ts): the date, venue,
 * participants, issuing body and kind of a meeting's record, read from the
 * heading lines and the opening paragraph in the shapes real RCM documents
 * use (1990s to 2010s, English and Spanish); what it cannot decide is an
 * `unresolved` entry; what is not a meeting's record is refused.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { findDate, findFacts, type FactsInput } from '../src/lib/import/facts.ts';
import { ImportError } from '../src/lib/importer.ts';

const { content } = readContentFiles();

const ALL_MEMBERS = [
  'belize',
  'canada',
  'costa-rica',
  'el-salvador',
  'guatemala',
  'honduras',
  'mexico',
  'nicaragua',
  'panama',
  'dominican-republic',
  'united-states',
];

const thanks = (lang: 'en' | 'es') =>
  lang === 'en'
    ? [
        { number: '1', text: 'To thank the delegations for their reports.' },
        { number: '2', text: 'To request IOM to submit the study before 30 June 2018.' },
      ]
    : [
        { number: '1', text: 'Agradecer a las delegaciones por sus informes.' },
        { number: '2', text: 'Solicitar a la OIM que presente el estudio antes del 30 de junio de 2018.' },
      ];

interface Case {
  name: string;
  input: FactsInput;
  frontmatter: Record<string, unknown>;
  unresolved: string[];
  /** Lines the summary must contain. */
  found?: string[];
}

const CASES: Case[] = [
  {
    name: 'en, 2017 seed shape: mixed-language letterhead, heading venue differs from the first paragraph',
    input: {
      heading: [
        'Conferencia Regional sobre Migración',
        'Regional Conference on Migration',
        'Meeting of the Liaison Officer Network for Consular Protection',
        'REPORT FROM THE MEETING OF THE LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION',
        'Antiguo Cuscatlán, La Libertad, El Salvador',
        'November 27th, 2017',
      ],
      preamble: [
        'The Liaison Officer Network for Consular Protection held its ordinary meeting on November 27th, 2017, in San Salvador, El Salvador prior to the meeting of the Regional Consultation Group on Migration (RCGM), with participation of representatives from the following countries: Canada, Costa Rica, the Dominican Republic, El Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and the United States.',
        'The Network submits its report to the RCGM for consideration, contained in the following items:',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: '2017-11-27',
      lang: 'en',
      title: 'Report from the Meeting of the Liaison Officer Network for Consular Protection',
      heading: [
        'Conferencia Regional sobre Migración',
        'Regional Conference on Migration',
        'Meeting of the Liaison Officer Network for Consular Protection',
        'REPORT FROM THE MEETING OF THE LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION',
        'Antiguo Cuscatlán, La Libertad, El Salvador',
        'November 27th, 2017',
      ],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '2017-11-27',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: {
        city: 'Antiguo Cuscatlán',
        region: 'La Libertad',
        country: 'el-salvador',
        alsoStated: [{ where: 'first-paragraph', place: 'San Salvador, El Salvador' }],
      },
      participants: [
        'canada',
        'costa-rica',
        'dominican-republic',
        'el-salvador',
        'guatemala',
        'honduras',
        'mexico',
        'nicaragua',
        'panama',
        'united-states',
      ],
      precedes: 'rcgm',
      reportsTo: 'rcgm',
    },
    unresolved: [],
    found: [
      'date: 2017-11-27 (written "November 27th, 2017")',
      'venue: the first paragraph gives San Salvador, El Salvador (recorded as alsoStated)',
    ],
  },
  {
    name: 'es, 1999 all-caps heading with place and a three-day date on one line',
    input: {
      heading: [
        'CONFERENCIA REGIONAL SOBRE MIGRACIÓN',
        'RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR',
        'INFORME DE LA REUNIÓN',
        'SAN SALVADOR, EL SALVADOR 27, 28 Y 29 DE OCTUBRE DE 1999',
      ],
      preamble: [
        'La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria en San Salvador, El Salvador, con la participación de representantes de los siguientes países: Belice, Canadá, Costa Rica, El Salvador, Guatemala, Honduras, México, Nicaragua, Panamá, la República Dominicana y los Estados Unidos.',
      ],
      items: thanks('es'),
    },
    frontmatter: {
      id: '1999-10-27',
      lang: 'es',
      title: 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: [
        'CONFERENCIA REGIONAL SOBRE MIGRACIÓN',
        'RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR',
        'INFORME DE LA REUNIÓN',
        'SAN SALVADOR, EL SALVADOR 27, 28 Y 29 DE OCTUBRE DE 1999',
      ],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '1999-10-27',
      endDate: '1999-10-29',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'San Salvador', country: 'el-salvador' },
      participants: ALL_MEMBERS,
    },
    unresolved: [],
    found: [
      'date: 1999-10-27 to 1999-10-29 (written "27, 28 Y 29 DE OCTUBRE DE 1999")',
      'venue: city written "SAN SALVADOR" in the heading, "San Salvador" in the first paragraph (the latter kept)',
    ],
  },
  {
    name: 'en, 1999 all-caps heading, a range in one month, the issue\'s "Canada is lost" list',
    input: {
      heading: [
        'REGIONAL CONFERENCE ON MIGRATION',
        'REPORT OF THE LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION',
        'SAN SALVADOR, EL SALVADOR, OCTOBER 27-29, 1999',
      ],
      preamble: [
        'The Liaison Officer Network for Consular Protection held its regular meeting in San Salvador, El Salvador, with the participation of representatives from Canada, Costa Rica and Mexico.',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: '1999-10-27',
      lang: 'en',
      title: 'Report from the Meeting of the Liaison Officer Network for Consular Protection',
      heading: [
        'REGIONAL CONFERENCE ON MIGRATION',
        'REPORT OF THE LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION',
        'SAN SALVADOR, EL SALVADOR, OCTOBER 27-29, 1999',
      ],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '1999-10-27',
      endDate: '1999-10-29',
      meetingKind: 'regular',
      format: 'in-person',
      venue: { city: 'San Salvador', country: 'el-salvador' },
      participants: ['canada', 'costa-rica', 'mexico'],
    },
    unresolved: [],
  },
  {
    name: 'es, RCGM conclusions: the body from the heading, the Vice-Ministerial Meeting it precedes',
    input: {
      heading: [
        'CONFERENCIA REGIONAL SOBRE MIGRACIÓN',
        'GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN',
        'CONCLUSIONES',
        'Managua, Nicaragua, 24 y 25 de junio de 2014',
      ],
      preamble: [
        'El Grupo Regional de Consulta sobre Migración (GRCM) se reunió en Managua, Nicaragua, previo a la Reunión Viceministerial, con la participación de las delegaciones de Belice, Canadá, Costa Rica, El Salvador, Guatemala, Honduras, México, Nicaragua, Panamá, República Dominicana y Estados Unidos.',
      ],
      items: thanks('es'),
    },
    frontmatter: {
      id: '2014-06-24',
      lang: 'es',
      title: 'Conclusiones del Grupo Regional de Consulta sobre Migración',
      heading: [
        'CONFERENCIA REGIONAL SOBRE MIGRACIÓN',
        'GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN',
        'CONCLUSIONES',
        'Managua, Nicaragua, 24 y 25 de junio de 2014',
      ],
      network: 'rcgm',
      documentKind: 'conclusions',
      date: '2014-06-24',
      endDate: '2014-06-25',
      meetingKind: 'unresolved',
      format: 'in-person',
      venue: { city: 'Managua', country: 'nicaragua' },
      participants: ALL_MEMBERS,
      precedes: 'vice-ministerial-meeting',
      reportsTo: 'vice-ministerial-meeting',
    },
    unresolved: [
      'meetingKind: the heading and first paragraph do not call the meeting ordinary, regular or extraordinary; write the kind the original uses',
    ],
  },
  {
    name: 'en, RCGM conclusions with the body in the title line and a two-day range',
    input: {
      heading: [
        'Regional Conference on Migration',
        'Conclusions of the Regional Consultation Group on Migration',
        'Managua, Nicaragua, June 24-25, 2014',
      ],
      preamble: [
        'The Regional Consultation Group on Migration met in Managua, Nicaragua, with the participation of delegations of Belize, Canada, Costa Rica (Mr. J. Pérez, Consul General) and the United States of America.',
        'The RCGM submits these conclusions to the Vice-Ministers:',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: '2014-06-24',
      lang: 'en',
      title: 'Conclusions of the Regional Consultation Group on Migration',
      heading: [
        'Regional Conference on Migration',
        'Conclusions of the Regional Consultation Group on Migration',
        'Managua, Nicaragua, June 24-25, 2014',
      ],
      network: 'rcgm',
      documentKind: 'conclusions',
      date: '2014-06-24',
      endDate: '2014-06-25',
      meetingKind: 'unresolved',
      format: 'in-person',
      venue: { city: 'Managua', country: 'nicaragua' },
      participants: ['belize', 'canada', 'costa-rica', 'united-states'],
      reportsTo: 'vice-ministerial-meeting',
    },
    unresolved: [
      'meetingKind: the heading and first paragraph do not call the meeting ordinary, regular or extraordinary; write the kind the original uses',
    ],
  },
  {
    name: 'es, Vice-Ministers\' declaration: "en la Ciudad de Panamá", "del 18 al 19 de mayo de 2010"',
    input: {
      heading: ['DECLARACIÓN DE LA XV REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN'],
      preamble: [
        'Los Viceministros y Jefes de Delegación de los Países Miembros de la Conferencia Regional sobre Migración, reunidos en su Reunión Ordinaria en la Ciudad de Panamá del 18 al 19 de mayo de 2010, con la participación de representantes de Belice, Canadá, Costa Rica, Panamá (Sr. Juan Pérez, Viceministro) y México.',
      ],
      items: [{ number: '1', text: 'Declaran su compromiso con la protección de las personas migrantes.' }],
    },
    frontmatter: {
      id: '2010-05-18',
      lang: 'es',
      title: 'Declaración de la Reunión Viceministerial de la CRM',
      heading: ['DECLARACIÓN DE LA XV REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN'],
      network: 'vice-ministerial-meeting',
      documentKind: 'declaration',
      date: '2010-05-18',
      endDate: '2010-05-19',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'Ciudad de Panamá', country: 'panama' },
      participants: ['belize', 'canada', 'costa-rica', 'panama', 'mexico'],
    },
    unresolved: [],
    found: ['venue: country panama read from the city\'s name "Ciudad de Panamá"'],
  },
  {
    name: 'en, Vice-Ministers\' declaration: a range across two months, "in the city of"',
    input: {
      heading: ['Regional Conference on Migration', 'Declaration of the Vice-Ministerial Meeting'],
      preamble: [
        'The Vice-Ministers of the Member Countries of the Regional Conference on Migration, gathered at their ordinary meeting on 30 November and 1 December 2017 in the city of San José, Costa Rica, with the participation of representatives of the following countries: Canada, Mexico, Atlantis and the Dominican Republic.',
      ],
      items: [{ number: '1', text: 'They declare their commitment to the protection of migrants.' }],
    },
    frontmatter: {
      id: '2017-11-30',
      lang: 'en',
      title: 'Declaration of the Vice-Ministerial Meeting of the RCM',
      heading: ['Regional Conference on Migration', 'Declaration of the Vice-Ministerial Meeting'],
      network: 'vice-ministerial-meeting',
      documentKind: 'declaration',
      date: '2017-11-30',
      endDate: '2017-12-01',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'San José', country: 'costa-rica' },
      participants: ['canada', 'mexico', 'dominican-republic'],
    },
    unresolved: [
      'participants: "Atlantis" is not a known country; use an id from content/countries.yaml (or add the country there)',
    ],
  },
  {
    name: 'es, joint communiqué of an extraordinary meeting "en la Antigua Guatemala", "1º de junio"',
    input: {
      heading: ['COMUNICADO CONJUNTO DE LA RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR'],
      preamble: [
        'La Red de Funcionarios de Enlace para la Protección Consular celebró una reunión extraordinaria en la Antigua Guatemala el 1º de junio de 2005. Participaron en la reunión las delegaciones de Guatemala, Honduras, El Salvador y México. Los representantes acordaron:',
      ],
      items: [{ number: '1', text: 'Fortalecer la cooperación consular.' }],
    },
    frontmatter: {
      id: '2005-06-01',
      lang: 'es',
      title: 'Comunicado Conjunto de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: ['COMUNICADO CONJUNTO DE LA RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR'],
      network: 'consular-protection-network',
      documentKind: 'communique',
      date: '2005-06-01',
      meetingKind: 'extraordinary',
      format: 'in-person',
      venue: { city: 'Antigua Guatemala', country: 'guatemala' },
      participants: ['guatemala', 'honduras', 'el-salvador', 'mexico'],
    },
    unresolved: [],
  },
  {
    name: 'en, joint communiqué of a virtual meeting: no venue needed, "Delegations of" ends with its sentence',
    input: {
      heading: ['Joint Communiqué', 'Liaison Officers Network on Migrant Children'],
      preamble: [
        'The Liaison Officers Network on Migrant Children held an extraordinary virtual meeting on May 30-31, 2002. Delegations of Belize, Guatemala, the U.S. and Mexico took part. Mr. Pérez of Honduras chaired it.',
      ],
      items: [{ number: '1', text: 'The delegations agreed to meet again.' }],
    },
    frontmatter: {
      id: '2002-05-30',
      lang: 'en',
      title: 'Joint Communiqué of the Liaison Officers Network on Migrant Children',
      heading: ['Joint Communiqué', 'Liaison Officers Network on Migrant Children'],
      network: 'migrant-children-network',
      documentKind: 'communique',
      date: '2002-05-30',
      endDate: '2002-05-31',
      meetingKind: 'extraordinary',
      format: 'virtual',
      participants: ['belize', 'guatemala', 'mexico'],
    },
    unresolved: [
      'participants: "the U.S." is not a known country; use an id from content/countries.yaml (or add the country there)',
    ],
  },
  {
    name: 'en, 2016 seed shape: no heading; kind from "submits its report"',
    input: {
      heading: [],
      preamble: [
        'The Liaison Officer Network for Consular Protection held its regular meeting on November 15th, 2016 in San Pedro Sula, Honduras, prior to the meeting of the Regional Consultation Group on Migration (RCGM). Participation included representatives from: Canada, Costa Rica, the Dominican Republic, El Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and the United States of America.',
        'The Network submits its report for consideration to the Regional Consultation Group on Migration (RCGM), as follows:',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: '2016-11-15',
      lang: 'en',
      title: 'Report from the Meeting of the Liaison Officer Network for Consular Protection',
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '2016-11-15',
      meetingKind: 'regular',
      format: 'in-person',
      venue: { city: 'San Pedro Sula', country: 'honduras' },
      participants: [
        'canada',
        'costa-rica',
        'dominican-republic',
        'el-salvador',
        'guatemala',
        'honduras',
        'mexico',
        'nicaragua',
        'panama',
        'united-states',
      ],
      precedes: 'rcgm',
      reportsTo: 'rcgm',
    },
    unresolved: [],
  },
  {
    name: 'es, a numeric date reads two ways; the deadline in item 2 is never taken instead',
    input: {
      heading: ['Tegucigalpa, Honduras', '12/06/2018'],
      preamble: [
        'La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria, con la participación de representantes de Honduras y México.',
      ],
      items: thanks('es'),
    },
    frontmatter: {
      id: 'unresolved-date',
      lang: 'es',
      title: 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: ['Tegucigalpa, Honduras', '12/06/2018'],
      network: 'consular-protection-network',
      documentKind: 'unresolved',
      date: '????-??-??',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'Tegucigalpa', country: 'honduras' },
      participants: ['honduras', 'mexico'],
    },
    unresolved: [
      'documentKind: the heading does not say Report, Conclusions, Declaration or Communiqué (Informe, Conclusiones, Declaración, Comunicado); write the kind the original gives (report, conclusions, declaration or communique) and make the title say it',
      'date: "12/06/2018" reads as 2018-06-12 (day/month) or 2018-12-06 (month/day); write the meeting date as date: "YYYY-MM-DD" (and endDate if it lasted several days)',
    ],
  },
  {
    name: 'en, no date in the heading or first paragraph: unresolved, not the deadline of item 2',
    input: {
      heading: ['Report of the Liaison Officer Network for Consular Protection', 'Tegucigalpa, Honduras'],
      preamble: [
        'The Network held its ordinary meeting with the participation of representatives from Honduras and Mexico.',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: 'unresolved-date',
      lang: 'en',
      title: 'Report from the Meeting of the Liaison Officer Network for Consular Protection',
      heading: ['Report of the Liaison Officer Network for Consular Protection', 'Tegucigalpa, Honduras'],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '????-??-??',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'Tegucigalpa', country: 'honduras' },
      participants: ['honduras', 'mexico'],
    },
    unresolved: [
      'date: no meeting date in the heading or the first paragraph; write it as date: "YYYY-MM-DD" (and endDate if it lasted several days)',
    ],
  },
  {
    name: 'es, the heading and the first paragraph give different dates',
    input: {
      heading: [
        'INFORME DE LA RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR',
        'San José, Costa Rica, 30 de noviembre y 1 de diciembre de 2017',
      ],
      preamble: [
        'La Red celebró su reunión ordinaria el 27 DE NOVIEMBRE DE 2017 en San José, Costa Rica, con la participación de representantes de Costa Rica y Panamá.',
      ],
      items: thanks('es'),
    },
    frontmatter: {
      id: '2017-11-30',
      lang: 'es',
      title: 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: [
        'INFORME DE LA RED DE FUNCIONARIOS DE ENLACE PARA LA PROTECCIÓN CONSULAR',
        'San José, Costa Rica, 30 de noviembre y 1 de diciembre de 2017',
      ],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '2017-11-30',
      endDate: '2017-12-01',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'San José', country: 'costa-rica' },
      participants: ['costa-rica', 'panama'],
    },
    unresolved: [
      'date: the heading says 2017-11-30 to 2017-12-01 (written "30 de noviembre y 1 de diciembre de 2017") but the first paragraph says 2017-11-27 (written "27 DE NOVIEMBRE DE 2017"); the heading\'s is written: check the original and write the right date (and endDate)',
    ],
  },
  {
    name: 'en, --lang es given for an English text, and a heading date that disagrees with the first paragraph',
    input: {
      lang: 'es',
      heading: [
        'Report of the Liaison Officer Network for Consular Protection',
        'Panama City, Panama',
        '27 November 2017',
      ],
      preamble: [
        'The Liaison Officer Network for Consular Protection held its ordinary meeting on December 2-3, 2003 in Panama City, Panama, with the participation of representatives from Panama and Mexico.',
      ],
      items: thanks('en'),
    },
    frontmatter: {
      id: '2017-11-27',
      lang: 'es',
      title: 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: [
        'Report of the Liaison Officer Network for Consular Protection',
        'Panama City, Panama',
        '27 November 2017',
      ],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '2017-11-27',
      meetingKind: 'ordinary',
      format: 'in-person',
      venue: { city: 'Panama City', country: 'panama' },
      participants: ['panama', 'mexico'],
    },
    unresolved: [
      'lang: --lang es was given but the text reads as English (en); the facts were read as es: check the language of the original and import again with the right --lang',
      'date: the heading says 2017-11-27 (written "27 November 2017") but the first paragraph says 2003-12-02 to 2003-12-03 (written "December 2-3, 2003"); the heading\'s is written: check the original and write the right date (and endDate)',
    ],
  },
  {
    name: 'es, a report whose item mentions a work plan is still a report; unknown names are unresolved',
    input: {
      heading: ['Informe de la Reunión Virtual de la Red de Funcionarios de Enlace para la Protección Consular'],
      preamble: [
        'La Red de Funcionarios de Enlace para la Protección Consular se reunió de manera virtual en su reunión regular el 3 de marzo de 2019, con la participación de representantes de los siguientes países: Atlántida, Canadá y los Estados Unidos.',
      ],
      items: [{ number: '1', text: 'Aprobar el Plan de trabajo 2019 de la Red.' }],
    },
    frontmatter: {
      id: '2019-03-03',
      lang: 'es',
      title: 'Informe de la Reunión de la Red de Funcionarios de Enlace para la Protección Consular',
      heading: ['Informe de la Reunión Virtual de la Red de Funcionarios de Enlace para la Protección Consular'],
      network: 'consular-protection-network',
      documentKind: 'report',
      date: '2019-03-03',
      meetingKind: 'regular',
      format: 'virtual',
      participants: ['canada', 'united-states'],
    },
    unresolved: [
      'participants: "Atlántida" is not a known country; use an id from content/countries.yaml (or add the country there)',
    ],
  },
];

describe('facts of realistic headings and opening paragraphs', () => {
  for (const entry of CASES) {
    it(entry.name, () => {
      const facts = findFacts(entry.input, content);
      expect(facts.frontmatter).toEqual(entry.frontmatter);
      // The order of the fields is the order they are written in.
      expect(Object.keys(facts.frontmatter)).toEqual(Object.keys(entry.frontmatter));
      expect(facts.unresolved).toEqual(entry.unresolved);
      expect(facts.found).toEqual(expect.arrayContaining(entry.found ?? []));
    });
  }
});

describe("documents that are not a meeting's record are refused", () => {
  const refused: { name: string; input: FactsInput; message: string }[] = [
    {
      name: 'es, a work plan',
      input: {
        heading: ['Red de Funcionarios de Enlace para la Protección Consular', 'PLAN DE TRABAJO 2018-2019'],
        preamble: [],
        items: [
          { number: '1', text: 'Elaborar un directorio de funcionarios de enlace.' },
          { number: '2', text: 'Realizar un taller sobre gestión de crisis consulares.' },
        ],
      },
      message:
        'this looks like a work plan, not the record of a meeting: its heading says "PLAN DE TRABAJO 2018-2019" and no paragraph records an agreement',
    },
    {
      name: 'en, a work plan',
      input: {
        heading: ['Liaison Officer Network for Consular Protection', 'Work Plan 2018'],
        preamble: ['Activities of the Network for the year.'],
        items: [{ number: '1', text: 'Workshop on consular crisis management, first semester of 2018.' }],
      },
      message: 'this looks like a work plan, not the record of a meeting: its heading says "Work Plan 2018"',
    },
    {
      name: 'en, a presentation made to the network',
      input: {
        heading: [
          'Presentation to the Liaison Officer Network for Consular Protection',
          'Regional Diagnosis on Migrant Assistance Centers',
          'IOM, November 2017',
        ],
        preamble: ['Objectives of the diagnosis'],
        items: [
          { number: '1', text: 'Map the assistance centers of the region.' },
          { number: '2', text: 'Identify gaps in services.' },
        ],
      },
      message: 'this looks like a presentation (slides), not the record of a meeting',
    },
    {
      name: 'es, una presentación ante la Red',
      input: {
        heading: [
          'Presentación ante la Red de Funcionarios de Enlace para la Protección Consular',
          'Campaña "InformArte en Movimiento"',
        ],
        preamble: ['Objetivos de la campaña'],
        items: [
          { number: '1', text: 'Informar a niñas, niños y adolescentes sobre los riesgos de la migración irregular.' },
        ],
      },
      message: 'this looks like a presentation (slides), not the record of a meeting',
    },
    {
      name: 'es, términos de referencia',
      input: {
        heading: ['TÉRMINOS DE REFERENCIA', 'Estudio sobre consulados conjuntos'],
        preamble: [],
        items: [{ number: '1', text: 'Antecedentes del estudio.' }],
      },
      message: 'this looks like terms of reference, not the record of a meeting',
    },
    {
      name: 'en, an agenda',
      input: {
        heading: ['Provisional Agenda', 'Meeting of the Liaison Officer Network for Consular Protection'],
        preamble: [],
        items: [{ number: '1', text: 'Opening of the meeting.' }],
      },
      message: 'this looks like an agenda, not the record of a meeting',
    },
  ];
  for (const entry of refused) {
    it(entry.name, () => {
      expect(() => findFacts(entry.input, content)).toThrow(ImportError);
      expect(() => findFacts(entry.input, content)).toThrow(entry.message);
    });
  }

  it('keeps a document whose heading says "presentation" but whose text records agreements (es and en)', () => {
    const es = findFacts(
      {
        heading: ['Presentación de los acuerdos de la Red', 'Guatemala, Guatemala, 2 y 3 de diciembre de 2003'],
        preamble: ['Los países acordaron lo siguiente, con la participación de representantes de Guatemala y Belice.'],
        items: [{ number: '1', text: 'Agradecer a Guatemala.' }],
      },
      content,
    );
    expect(es.frontmatter['date']).toBe('2003-12-02');
    const en = findFacts(
      {
        heading: ["Presentation of the Network's agreements", 'Guatemala City, Guatemala, December 2-3, 2003'],
        preamble: ['The countries agreed the following.'],
        items: [{ number: '1', text: 'To thank Guatemala.' }],
      },
      content,
    );
    expect(en.frontmatter['venue']).toEqual({ city: 'Guatemala City', country: 'guatemala' });
  });

  it('refuses a text in neither language unless --lang is given', () => {
    const input: FactsInput = { heading: [], preamble: ['Le Réseau a tenu sa réunion ordinaire à Panama.'], items: [] };
    expect(() => findFacts(input, content)).toThrow('the text is neither in English nor in Spanish');
    expect(findFacts({ ...input, lang: 'es' }, content).frontmatter['lang']).toBe('es');
  });
});

describe('dates in every form the documents use', () => {
  for (const [written, date, endDate] of [
    ['November 27th, 2017', '2017-11-27'],
    ['27 November 2017', '2017-11-27'],
    ['May 30-31, 2002', '2002-05-30', '2002-05-31'],
    ['December 2-3, 2003', '2003-12-02', '2003-12-03'],
    ['June 24th and 25th, 2014', '2014-06-24', '2014-06-25'],
    ['November 30 and December 1, 2017', '2017-11-30', '2017-12-01'],
    ['30 November and 1 December 2017', '2017-11-30', '2017-12-01'],
    ['24–25 June 2014', '2014-06-24', '2014-06-25'],
    ['27, 28 y 29 de octubre de 1999', '1999-10-27', '1999-10-29'],
    ['18 al 19 de mayo de 2010', '2010-05-18', '2010-05-19'],
    ['30 de noviembre y 1 de diciembre de 2017', '2017-11-30', '2017-12-01'],
    ['30 de noviembre al 1 de diciembre de 2017', '2017-11-30', '2017-12-01'],
    ['27 DE NOVIEMBRE DE 2017', '2017-11-27'],
    ['1º de junio de 2005', '2005-06-01'],
    ['1° de setiembre de 2005', '2005-09-01'],
    ['27/11/2017', '2017-11-27'],
  ] as const) {
    it(written, () => {
      expect(findDate(`held on ${written} in`)).toEqual({ date, ...(endDate ? { endDate } : {}), written });
    });
  }

  it('"del 18 al 19 de mayo": the date starts at the day', () => {
    expect(findDate('del 18 al 19 de mayo de 2010')).toEqual({
      date: '2010-05-18',
      endDate: '2010-05-19',
      written: '18 al 19 de mayo de 2010',
    });
  });

  it('a numeric date that reads two ways gives both readings, not a date', () => {
    expect(findDate('Tegucigalpa, 12/06/2018')).toEqual({
      readings: ['2018-06-12', '2018-12-06'],
      written: '12/06/2018',
    });
  });

  it('a day that does not exist is no date', () => {
    expect(findDate('31 de junio de 2010')).toBeUndefined();
  });
});

describe('a text that mixes the two languages', () => {
  it('is filed in the language most of it reads as, and the items in the other language are left for a person', () => {
    const facts = findFacts(
      {
        heading: [],
        preamble: [
          'La Red de Funcionarios de Enlace para la Protección Consular celebró su reunión ordinaria el 5 de marzo de 2019 en Managua, Nicaragua, con la participación de representantes de Canadá y México.',
        ],
        items: [
          {
            number: '1',
            text: 'To thank the delegations of Canada and Mexico for their reports on best practices and advances.',
          },
          {
            number: '2',
            text: 'Agradecer a la delegación de México por su informe sobre los consulados conjuntos en la región.',
          },
        ],
      },
      content,
    );
    expect(facts.frontmatter['lang']).toBe('es');
    expect(facts.unresolved).toContain(
      "lang: the text is filed as Spanish, but item 1 reads as English; a report file holds one language: check the original, and put the other language's text in the other language's report file",
    );
  });
});
