/**
 * Spanish UI strings. Same keys as `en.ts` (checked when `src/lib/i18n.ts`
 * loads); the RCM's own Spanish names and acronyms are used (CRM, GRCM, OIM…).
 */
export const es = {
  'site.name': 'Archivo de la Red Consular',
  'site.tagline': 'Informes de la Red de Funcionarios de Enlace para la Protección Consular de la Conferencia Regional sobre Migración',
  'site.description':
    'El archivo público de los informes de reunión de la Red de Funcionarios de Enlace para la Protección Consular de la Conferencia Regional sobre Migración (CRM), punto por punto, en inglés y en español.',

  'nav.skip': 'Saltar al contenido principal',
  'nav.main': 'Principal',
  'nav.home': 'Inicio',
  'nav.reports': 'Informes',
  'nav.breadcrumb': 'Usted está aquí',
  'nav.language': 'Idioma',
  'nav.thisPageIn': 'Esta página en {language}',

  'nav.countries': 'Países',

  'countries.title': 'Países',
  'countries.lead': 'Los Países Miembros de la CRM y las reuniones de la red en que participó o que acogió cada uno.',
  'country.codes': 'Códigos ISO 3166',
  'country.attended': 'Reuniones en que participó',
  'country.hosted': 'Reuniones que acogió',
  'country.none': 'Ninguna en este archivo por ahora.',
  'country.meetingCount.one': '{count} reunión',
  'country.meetingCount.other': '{count} reuniones',

  'home.title': 'Archivo de la Red Consular',
  'home.lead':
    'La Red de Funcionarios de Enlace para la Protección Consular reúne a funcionarios de las cancillerías de los países miembros de la Conferencia Regional sobre Migración (CRM) que trabajan en la protección de sus nacionales en el exterior. Se reúne una o dos veces al año, antes del Grupo Regional de Consulta sobre Migración (GRCM), y le presenta sus acuerdos en puntos numerados.',
  'home.purpose':
    'Este archivo conserva esos informes palabra por palabra, en inglés y en español. Cada punto numerado tiene su propia dirección permanente, que puede citarse en la correspondencia oficial.',
  'home.latest': 'Informes más recientes',
  'home.allReports': 'Los {count} informes, por fecha',
  'home.browse': 'Recorrer el archivo',

  'reports.title': 'Informes',
  'reports.lead': 'Todos los informes de la red que contiene este archivo, del más antiguo al más reciente.',
  'reports.year': 'Reuniones de {year}',
  'reports.byYear': 'Ir a un año',
  'reports.date': 'Fecha',
  'reports.venue': 'Sede',
  'reports.items': 'Puntos',
  'reports.participants': 'Participantes',

  'report.title': 'Informe de la reunión del {date}',
  'report.about': 'Sobre esta reunión',
  'report.network': 'Red',
  'report.date': 'Fecha',
  'report.meeting': 'Reunión',
  'report.kind.ordinary': 'Reunión ordinaria',
  'report.kind.regular': 'Reunión regular',
  'report.kind.extraordinary': 'Reunión extraordinaria',
  'report.format.in-person': 'presencial',
  'report.format.virtual': 'virtual',
  'report.venue': 'Sede',
  'report.venue.heading': 'El encabezado del informe indica {place}.',
  'report.venue.first-paragraph': 'El primer párrafo del informe indica {place}.',
  'report.venue.body': 'El texto del informe también indica {place}.',
  'report.participants': 'Participantes',
  'report.precedes': 'Celebrada antes de',
  'report.precedesMeeting': 'la reunión del {body}',
  'report.reportsTo': 'Presentado al',
  'report.text': 'Este texto',
  'report.original': 'Texto original',
  'report.translation': 'Traducción del {language} por {by}, {date} ({official})',
  'report.translation.official': 'oficial',
  'report.translation.unofficial': 'no oficial',
  'report.source': 'Documento fuente',
  'report.sourceLink': 'Texto original archivado ({language}, texto sin formato)',
  'report.heading': 'Encabezado del informe',
  'report.contents': 'Puntos',
  'report.itemCount.one': '{count} punto',
  'report.itemCount.other': '{count} puntos',
  'report.fullText': 'Texto completo',

  'translation.unofficial': 'Traducción no oficial. El texto original en {language} prevalece.',
  'translation.official': 'Traducción oficial publicada por la CRM. El original está en {language}.',
  'translation.readOriginal': 'Leer el original en {language}',

  'item.title': 'Punto {number}',
  'item.heading': 'Punto {number} del informe del {date}',
  'item.permalink': 'Enlace permanente al punto {number}',
  'item.permalinkShort': 'Enlace',
  'item.partOf': 'Forma parte del punto {number}',
  'item.subItems': 'Subpuntos del punto {number}',
  'item.previous': 'Punto anterior',
  'item.next': 'Punto siguiente',
  'item.pager': 'Puntos de este informe',
  'item.permanentUrl': 'URL permanente',
  'item.inReport': 'Leerlo en el informe completo',
  'item.report': 'Informe',

  'footer.about':
    'Un archivo de los informes de la Red de Funcionarios de Enlace para la Protección Consular de la Conferencia Regional sobre Migración. Los textos se reproducen tal como la red los adoptó.',
  'footer.permanence': 'Las direcciones de los informes y de los puntos son permanentes.',

  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No hay ninguna página en esta dirección. Si siguió un enlace a un informe o a un punto, empiece por la lista de informes.',

  'entry.title': 'Archivo de la Red Consular',
  'entry.choose': 'Elija un idioma',
} as const;
