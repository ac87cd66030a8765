/**
 * Spanish UI strings. Same keys as `en.ts` (checked when `src/lib/i18n.ts`
 * loads); the RCM's own Spanish names and acronyms are used (CRM, GRCM, OIM…).
 */
export const es = {
  'site.name': 'Archivo de la Red Consular',
  'site.tagline':
    'Informes de la Red de Funcionarios de Enlace para la Protección Consular ' +
    'de la Conferencia Regional sobre Migración',
  'site.description':
    'El archivo público de los informes de reunión de la Red de Funcionarios de ' +
    'Enlace para la Protección Consular de la Conferencia Regional sobre ' +
    'Migración (CRM), punto por punto, en inglés y en español.',

  'nav.skip': 'Saltar al contenido principal',
  'nav.main': 'Principal',
  'nav.menu': 'Menú',
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

  'nav.search': 'Buscar',
  'search.title': 'Buscar',
  'search.lead': 'Busque en el texto de todos los informes, punto por punto, en español.',
  'search.label': 'Buscar en el archivo',
  'search.placeholder': 'p. ej. consulados conjuntos',
  'search.submit': 'Buscar',
  'search.filters': 'Acotar los resultados',
  'search.any': 'Todos',
  'search.year': 'Año',
  'search.country': 'País',
  'search.initiative': 'Iniciativa',
  'search.organization': 'Organización',
  'search.asked': 'Solicitado a',
  'search.offered': 'Ofrecido por',
  'search.sort': 'Orden',
  'search.sort.relevance': 'Más pertinentes primero',
  'search.sort.date': 'Más recientes primero',
  'search.results.one': '{count} resultado',
  'search.results.other': '{count} resultados',
  'search.none': 'Sin resultados. Pruebe con otras palabras o con menos filtros.',
  'search.unavailable':
    'La búsqueda no pudo cargar su índice. Inténtelo más tarde; ' +
    'todos los informes se pueden leer desde la lista de informes.',
  'search.unavailable.dev':
    'La búsqueda necesita una compilación: `npm run dev` no tiene índice de búsqueda. ' +
    'Ejecute `npm run build` y `npm run preview` para buscar.',
  'search.searching': 'Buscando…',
  'search.more': 'Mostrar más resultados',
  'search.noscript': 'La búsqueda necesita JavaScript. Todos los informes pueden leerse desde la lista de informes.',
  'search.kind.item': 'Punto',
  'search.kind.report': 'Informe',
  'search.kind.subject': 'Tema',
  'search.cite.item': 'Abriendo el punto {number} del informe del {date}.',
  'search.cite.report': 'Abriendo el informe del {date}.',
  'search.cite.noItem': 'El informe del {date} no tiene punto {number}. Sus puntos:',
  'search.cite.noReport': 'El archivo no tiene ningún informe del {date}.',
  'search.cite.year': 'Informes de {year}:',
  'search.cite.goItem': 'Ir al punto {number} del informe del {date}',
  'search.cite.goReport': 'Ir al informe del {date}',
  'search.all': 'Ver los {count} resultados',
  'search.close': 'Cerrar',

  'nav.initiatives': 'Iniciativas',
  'nav.organizations': 'Organizaciones',
  'nav.glossary': 'Glosario',

  'kind.workshop': 'Taller',
  'kind.course': 'Curso',
  'kind.campaign': 'Campaña',
  'kind.study': 'Estudio',
  'kind.mechanism': 'Mecanismo',
  'kind.initiative': 'Iniciativa',
  'kinds.workshop': 'Talleres',
  'kinds.course': 'Cursos',
  'kinds.campaign': 'Campañas',
  'kinds.study': 'Estudios',
  'kinds.mechanism': 'Mecanismos',
  'kinds.initiative': 'Iniciativas y programas',

  'initiatives.title': 'Iniciativas',
  'initiatives.lead':
    'Los temas recurrentes de la red: iniciativas, talleres, cursos, campañas, ' +
    'estudios y mecanismos, cada uno con su historia a lo largo de las ' +
    'reuniones.',
  'initiatives.counts': '{meetings}, {items}',
  'initiatives.across': 'Las iniciativas a lo largo de las reuniones',
  'initiatives.acrossCaption':
    'Número de puntos sobre cada iniciativa en cada reunión (una iniciativa incluye las que forman parte de ella).',
  'initiative.kind': 'Tipo',
  'initiative.partOf': 'Forma parte de',
  'initiative.includes': 'Incluye',
  'initiative.timeline': 'Cronología',
  'initiative.timelineLead': 'Cada punto que la menciona una vez; agrupados por reunión, los más recientes primero.',
  'initiative.related': 'Iniciativas relacionadas',
  'initiative.none': 'Ningún punto de este archivo la menciona por ahora.',

  'organizations.title': 'Organizaciones',
  'organizations.lead':
    'Las instancias de la CRM y las organizaciones que nombran los informes, con los puntos que las mencionan.',
  'organization.acronym': 'Sigla',
  'organization.partOf': 'Forma parte de',

  'country.membership': 'Membresía',
  'country.member': 'País Miembro de la CRM',
  'country.nonMember': 'No es País Miembro de la CRM',
  'country.nonMembers': 'Otros países que mencionan los informes',
  'countries.participation': 'Quién participó en cada reunión',
  'countries.participationCaption':
    'Países Miembros de la CRM y reuniones de la red: sede, participó, o no figura entre los participantes.',
  'participation.hosted': 'sede',
  'participation.attended': 'participó',
  'participation.absent': 'no figura',
  'timeline.heading': 'A lo largo de las reuniones',
  'timeline.title': 'Cronología de {name}, {years}',
  'timeline.appears': 'Aparece en {count} de {meetings}',
  'timeline.tookPart': 'Participó en {count} de {meetings}',
  'timeline.year': '{year}: {count} de {meetings}',
  'timeline.byYear': 'Una marca por año.',
  'matrix.none': 'ninguno',
  'matrix.scroll': 'Desplácese hacia los lados para ver todas las reuniones.',

  'role.thanked': 'recibió agradecimiento',
  'role.offered': 'hizo un ofrecimiento',
  'role.hosts': 'se propuso como sede',
  'role.committed': 'se comprometió',
  'role.asked': 'se le solicitó actuar',
  'role.requested': 'hizo una solicitud',

  'glossary.title': 'Glosario de siglas',
  'glossary.lead': 'Las siglas que usan los informes, con su significado en español y en inglés.',
  'glossary.acronym': 'Sigla',
  'glossary.meaning': 'Significado',
  'glossary.other': 'En {language}',

  'item.related': 'Puntos relacionados de otras reuniones',
  'item.relatedNone': 'Ningún punto de otra reunión comparte una iniciativa con este.',
  'item.mentions': 'Mencionados en este punto',

  'cite.author': '{network}, {conference}',
  'cite.item': '{author}, {report}, {place}, punto {number}{translation}.',
  'cite.report': '{author}, {report}, {place}{translation}.',
  'cite.translation.official': 'traducción oficial del original en {language}',
  'cite.translation.unofficial': 'traducción no oficial del original en {language}',
  'cite.accessed': 'consultado el {date}',
  'cite.copyHelp': 'La cita está seleccionada: pulse Ctrl+C para copiarla (⌘C en un Mac).',
  'cite.styles': 'La misma cita en otros estilos',
  'cite.style.archive': 'Estilo del Archivo',
  'cite.itemTitle': 'Citar este punto',
  'cite.reportTitle': 'Citar este informe',
  'cite.short': 'Citar',
  'cite.copy': 'Copiar la cita',
  'cite.copyStyle': 'Copiar la cita en estilo {style}',
  'cite.copied': 'Cita copiada',
  'cite.download': 'Descargar la cita en formato',
  'cite.downloadsOnItemPage': 'Descargas en la página del punto',
  'cite.hash': 'SHA-256 del texto',
  'cite.hashHelp':
    'Una huella del texto tal como se publica aquí: cualquiera puede ' +
    'recalcularla a partir de una cita para comprobar que no difiere ni un carácter.',
  'cite.accessedLabel': 'Consultado el',

  'changed.movedTitle': 'Esta dirección ha cambiado',
  'changed.moved': 'Trasladado el {date}. {reason}',
  'changed.goTo': 'Ahora se encuentra en',
  'changed.withdrawnTitle': 'Retirado',
  'changed.withdrawn': 'Retirado el {date}. {reason}',
  'changed.see': 'Véase en su lugar',
  'feed.title': 'Nuevos informes (canal Atom)',

  'entity.items': 'Puntos en que figura',
  'entity.itemsLead': 'Cada punto una vez, con sus papeles; agrupados por reunión, los más recientes primero.',
  'entity.roleLead': 'Solo los puntos marcados «{role}»; agrupados por reunión, los más recientes primero.',
  'entity.roleTitle': '{name}: {role}',
  'entity.filter': 'Filtrar por papel',
  'entity.all': 'Todos los puntos',
  'entity.fold': 'Se muestran las {shown} reuniones más recientes de {total}. Las anteriores:',
  'entity.foldSearch': 'buscar sus puntos',
  'entity.foldReports': 'todos los informes',
  'entity.meetingsFold': 'Se muestran las {shown} reuniones más recientes de {total}. Las anteriores:',
  'entity.back': 'Volver a {name}',

  'home.title': 'Archivo de la Red Consular',
  'home.lead':
    'La Red de Funcionarios de Enlace para la Protección Consular reúne a ' +
    'funcionarios de las cancillerías de los países miembros de la Conferencia ' +
    'Regional sobre Migración (CRM) que trabajan en la protección de sus ' +
    'nacionales en el exterior. Se reúne una o dos veces al año, antes del Grupo ' +
    'Regional de Consulta sobre Migración (GRCM), y le presenta sus acuerdos en ' +
    'puntos numerados.',
  'home.purpose':
    'Este archivo conserva esos informes palabra por palabra, en inglés y en ' +
    'español. Cada punto numerado tiene su propia dirección permanente, que ' +
    'puede citarse en la correspondencia oficial.',
  'home.latest': 'Informes más recientes',
  'home.allReports': 'Los {count} informes, por fecha',
  'home.browse': 'Recorrer el archivo',

  'reports.title': 'Informes',
  'reports.lead': 'Todos los informes de la red que contiene este archivo.',
  'reports.order': 'Los más recientes primero.',
  'reports.year': 'Reuniones de {year}',
  'reports.byYear': 'Ir a un año',
  'reports.date': 'Fecha',
  'reports.venue': 'Sede',
  'reports.items': 'Puntos',
  'reports.participants': 'Participantes',

  'report.title': 'Informe de la reunión del {date}',

  'document.kind.report': 'Informe',
  'document.kind.conclusions': 'Conclusiones',
  'document.kind.declaration': 'Declaración',
  'document.kind.communique': 'Comunicado',
  'document.of.masculine': 'del {body}',
  'document.of.feminine': 'de la {body}',
  'document.title': '{kind} {of}, {place}, {date}',
  'document.titleNoPlace': '{kind} {of}, {date}',
  'report.body': 'Instancia',
  'report.documentKind': 'Documento',
  'report.sourceFormat.txt': 'texto sin formato',
  'report.sourceFormat.pdf': 'PDF',
  'report.sourceFormat.docx': 'documento de Word',
  'report.sourceFormat.html': 'página web',

  'numbering.archive': 'Número asignado por el Archivo: el original no numera estos acuerdos.',
  'numbering.archiveShort': 'número asignado por el Archivo',
  'numbering.skipped': 'El original no tiene punto {number}.',
  'numbering.repeated': 'Segundo punto numerado {number} en el original.',
  'numbering.repeatedPart': 'Parte del segundo punto numerado {number} en el original.',
  'numbering.repeatedShort': 'segundo punto numerado {number}',
  'numbering.repeatedPartShort': 'en el segundo punto numerado {number}',
  'cite.number': '{number} ({note})',
  'cite.document': '{author}, {report}{translation}.',
  'cite.documentItem': '{author}, {report}, punto {number}{translation}.',
  'report.about': 'Sobre esta reunión',
  'report.network': 'Red',
  'report.date': 'Fecha',
  'report.meeting': 'Reunión',
  'report.kind.ordinary': 'Reunión ordinaria',
  'report.kind.regular': 'Reunión regular',
  'report.kind.extraordinary': 'Reunión extraordinaria',
  'report.format.in-person': 'presencial',
  'report.format.virtual': 'virtual',
  'report.online': 'Reunión virtual',
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
  'report.sourceLink': 'Texto original archivado ({language}, {format})',
  'report.heading': 'Encabezado del informe',
  'report.contents': 'Puntos',
  'report.itemCount.one': '{count} punto',
  'report.itemCount.other': '{count} puntos',
  'report.fullText': 'Texto completo',
  'report.meetings': 'Otras reuniones',
  'report.previousMeeting': 'Reunión anterior',
  'report.nextMeeting': 'Reunión siguiente',

  'translation.unofficial': 'Traducción no oficial. El texto original en {language} prevalece.',
  'translation.official': 'Traducción oficial publicada por la CRM. El original está en {language}.',
  'translation.readOriginal': 'Leer el original en {language}',

  'item.title': 'Punto {number}',
  'item.heading': 'Punto {number} del informe del {date}',
  'item.permalinkShort': 'Enlace',
  'item.partOf': 'Forma parte del punto {number}',
  'item.subItems': 'Subpuntos del punto {number}',
  'item.previous': 'Punto anterior',
  'item.next': 'Punto siguiente',
  'item.pager': 'Puntos de este informe',
  'item.permanentUrl': 'URL permanente',
  'item.inReport': 'Leerlo en el informe completo',
  'item.report': 'Informe',
  'item.identifier': 'Identificador',
  'item.identifierNote':
    'Un enlace que abre este punto en el idioma de quien lo lee: ' +
    'para cartas dirigidas a lectores de uno u otro idioma.',

  'footer.about':
    'Un archivo de los informes de la Red de Funcionarios de Enlace para la ' +
    'Protección Consular de la Conferencia Regional sobre Migración. Los textos ' +
    'se reproducen tal como la red los adoptó.',
  'footer.permanence': 'Las direcciones de los informes y de los puntos son permanentes.',

  'actions.title': 'Acciones abiertas',
  'actions.lead':
    'Lo que los informes de la red piden a alguien, o alguien ofreció, sin que un informe posterior diga que tuvo ' +
    'seguimiento: por quién debe actuar, para preparar la próxima reunión.',
  'actions.asOf': 'Al {date}.',
  'actions.none': 'No hay acciones abiertas.',
  'actions.byActor': 'Por quién debe actuar',
  'actions.byInitiative': 'Por iniciativa',
  'actions.item': 'Punto {number}, {date}',
  'actions.deadline': 'Plazo',
  'actions.condition': 'Condición',
  'actions.noDeadline': 'sin plazo indicado',
  'actions.status': 'Estado',
  'actions.statusAsOf': '{state}, al {date}',
  'actions.data': 'Lo mismo como datos abiertos, cada acción con su estado:',
  'actions.calendar': 'Calendario de plazos (iCalendar, para suscribirse)',
  'actions.calendarName': 'Archivo de la Red Consular: plazos de acciones',
  'actions.memberCountries': 'Países Miembros de la CRM',
  'actions.state.open': 'abierta',
  'actions.state.followed-up': 'con seguimiento',
  'actions.state.past-deadline': 'plazo vencido, sin seguimiento',
  'actions.kind.commits': 'se compromete',
  'actions.kind.is-requested': 'se le solicita',
  'actions.kind.is-instructed': 'recibe el encargo',
  'actions.kind.offers': 'ofrece',
  'actions.kind.offers-to-host': 'ofrece ser sede',
  'actions.kind.proposes': 'propone',
  'actions.kind.finances': 'financia',
  'actions.kind.will-organize': 'organizará',
  'actions.kind.will-submit': 'presentará',
  'actions.kind.undertakes': 'realizará',
  'actions.kind.intends': 'tiene la intención',
  'actions.kind.recommends-approval': 'recomienda la aprobación',
  'actions.followedUpIn': 'Seguimiento en',
  'reportActions.link': 'Acciones de esta reunión',
  'reportActions.title': 'Acciones acordadas en esta reunión',
  'reportActions.lead':
    'A quién se pidió actuar, o quién se ofreció, lo que dice el punto (sus propias palabras), para cuándo y qué ' +
    'fue de ello; en el orden de los puntos, cada una enlazada a la página permanente de su punto.',
  'reportActions.none': 'El texto de esta reunión no enuncia acciones.',
  'reportActions.open': 'Acciones de todas las reuniones aún sin seguimiento:',
  'entityActions.title': 'Lo que se le pidió y lo que ofreció',
  'entityActions.lead': 'Primero la reunión más reciente; cada estado al {date}.',
  'entityActions.asked': 'Lo que se le pidió',
  'entityActions.offered': 'Lo que ofreció o a lo que se comprometió',
  'entityActions.none': 'Ninguna.',
  'entityActions.fold': 'Se muestran las {shown} más recientes de {total}; cada reunión enumera las suyas.',
  'entityActions.open': 'Sus acciones aún sin seguimiento',

  'notFound.title': 'Página no encontrada',
  'notFound.nearest': 'La página existente más cercana:',
  // Printed before a report's or an item's URL by global.css (print section), which repeats it: tests/print.test.ts.
  'print.permanentUrl': 'URL permanente:',
  'notFound.search': 'Buscar en el archivo',
  'notFound.body':
    'No hay ninguna página en esta dirección. Si siguió un enlace a un informe ' +
    'o a un punto, empiece por la lista de informes.',

  'preview.notice':
    'Vista previa: esta copia del archivo no es el archivo publicado, y sus ' +
    'direcciones no son las direcciones permanentes del archivo. No las cite ni ' +
    'las comparta.',

  'languageChooser.title': 'Archivo de la Red Consular',
  'languageChooser.choose': 'Elija un idioma',
} as const;
