/**
 * English UI strings: one flat dictionary with dot-namespaced keys. It defines
 * the keys; every other language must have exactly the same ones (checked when
 * `src/lib/i18n.ts` loads, so a missing key fails the build).
 * `{name}` marks a value filled in by `t()`.
 */
export const en = {
  'site.name': 'Consular Network Archive',
  'site.tagline':
    'Reports of the Liaison Officer Network for Consular Protection of the Regional Conference on Migration',
  'site.description':
    'The public archive of the meeting reports of the Liaison Officer Network ' +
    'for Consular Protection of the Regional Conference on Migration (RCM), item ' +
    'by item, in English and Spanish.',

  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.reports': 'Reports',
  'nav.breadcrumb': 'You are here',
  'nav.language': 'Language',
  'nav.thisPageIn': 'This page in {language}',

  'nav.countries': 'Countries',

  'countries.title': 'Countries',
  'countries.lead': 'The RCM Member Countries, and the meetings of the network each took part in or hosted.',
  'country.codes': 'ISO 3166 codes',
  'country.attended': 'Meetings attended',
  'country.hosted': 'Meetings hosted',
  'country.none': 'None in this archive yet.',
  'country.meetingCount.one': '{count} meeting',
  'country.meetingCount.other': '{count} meetings',

  'nav.search': 'Search',
  'search.title': 'Search',
  'search.lead': 'Search the text of every report, item by item, in English.',
  'search.label': 'Search the archive',
  'search.placeholder': 'e.g. joint consulates',
  'search.submit': 'Search',
  'search.filters': 'Narrow the results',
  'search.any': 'Any',
  'search.year': 'Year',
  'search.country': 'Country',
  'search.initiative': 'Initiative',
  'search.organization': 'Organization',
  'search.sort': 'Order',
  'search.sort.relevance': 'Most relevant first',
  'search.sort.date': 'Newest meeting first',
  'search.results.one': '{count} result',
  'search.results.other': '{count} results',
  'search.none': 'No results. Try other words, or fewer filters.',
  'search.unavailable':
    'Search could not load its index. Try again later; every report can still be read from the list of reports.',
  'search.unavailable.dev':
    'Search needs a build: `npm run dev` has no search index. Run `npm run build` and `npm run preview` to search.',
  'search.searching': 'Searching…',
  'search.more': 'Show more results',
  'search.noscript': 'Searching needs JavaScript. Every report can still be read from the list of reports.',
  'search.kind.item': 'Item',
  'search.kind.report': 'Report',
  'search.kind.subject': 'Subject',
  'search.cite.item': 'Opening item {number} of the report of {date}.',
  'search.cite.report': 'Opening the report of {date}.',
  'search.cite.noItem': 'The report of {date} has no item {number}. Its items:',
  'search.cite.noReport': 'The archive has no report of {date}.',
  'search.cite.year': 'Reports of {year}:',
  'search.cite.goItem': 'Go to item {number} of the report of {date}',
  'search.cite.goReport': 'Go to the report of {date}',
  'search.close': 'Close',

  'nav.initiatives': 'Initiatives',
  'nav.organizations': 'Organizations',
  'nav.glossary': 'Glossary',

  'kind.workshop': 'Workshop',
  'kind.course': 'Course',
  'kind.campaign': 'Campaign',
  'kind.study': 'Study',
  'kind.mechanism': 'Mechanism',
  'kind.initiative': 'Initiative',
  'kinds.workshop': 'Workshops',
  'kinds.course': 'Courses',
  'kinds.campaign': 'Campaigns',
  'kinds.study': 'Studies',
  'kinds.mechanism': 'Mechanisms',
  'kinds.initiative': 'Initiatives and programmes',

  'initiatives.title': 'Initiatives',
  'initiatives.lead':
    'The recurring subjects of the network: initiatives, workshops, courses, ' +
    'campaigns, studies and mechanisms, each with its history across meetings.',
  'initiatives.counts': '{meetings}, {items}',
  'initiatives.across': 'Initiatives across meetings',
  'initiatives.acrossCaption':
    'Number of items about each initiative at each meeting (an initiative counts the ones that belong to it).',
  'initiative.kind': 'Kind',
  'initiative.partOf': 'Part of',
  'initiative.includes': 'Includes',
  'initiative.timeline': 'Timeline',
  'initiative.timelineLead': 'Every item that mentions it, meeting by meeting, oldest first.',
  'initiative.related': 'Related initiatives',
  'initiative.none': 'No item in this archive mentions it yet.',

  'organizations.title': 'Organizations',
  'organizations.lead':
    'The bodies of the RCM and the organizations the reports name, with the items that mention them.',
  'organization.acronym': 'Acronym',
  'organization.partOf': 'Part of',
  'organization.actions': 'What it did or was asked to do',
  'organization.items': 'Every item that mentions it',

  'country.membership': 'Membership',
  'country.member': 'RCM Member Country',
  'country.nonMember': 'Not an RCM Member Country',
  'country.nonMembers': 'Other countries the reports mention',
  'country.actions': 'Items where it acts',
  'country.items': 'Every item that mentions it',
  'countries.participation': 'Who took part in each meeting',
  'countries.participationCaption':
    'RCM Member Countries and the meetings of the network: host, attended, or not listed among the participants.',
  'participation.hosted': 'host',
  'participation.attended': 'attended',
  'participation.absent': 'not listed',

  'role.thanked': 'thanked',
  'role.offered': 'made an offer',
  'role.hosts': 'volunteered as host',
  'role.committed': 'committed',
  'role.asked': 'asked to act',
  'role.requested': 'made a request',

  'glossary.title': 'Glossary of acronyms',
  'glossary.lead': 'The acronyms the reports use, with their meaning in English and Spanish.',
  'glossary.acronym': 'Acronym',
  'glossary.meaning': 'Meaning',
  'glossary.other': 'In {language}',

  'item.related': 'Related items in other meetings',
  'item.relatedNone': 'No item of another meeting shares an initiative with this one.',
  'item.mentions': 'Mentioned in this item',

  'cite.author': '{network}, {conference}',
  'cite.item': '{author}, {report}, {place}, item {number}{translation}.',
  'cite.report': '{author}, {report}, {place}{translation}.',
  'cite.translation.official': 'official translation of the original in {language}',
  'cite.translation.unofficial': 'unofficial translation of the original in {language}',
  'cite.accessed': 'accessed {date}',
  'cite.copyHelp': 'The citation is selected: press Ctrl+C to copy it (⌘C on a Mac).',
  'cite.styles': 'The same citation in other styles',
  'cite.style.archive': 'Archive style',
  'cite.itemTitle': 'Cite this item',
  'cite.reportTitle': 'Cite this report',
  'cite.short': 'Cite',
  'cite.copy': 'Copy citation',
  'cite.copyStyle': 'Copy the citation in {style} style',
  'cite.copied': 'Citation copied',
  'cite.download': 'Download the citation as',
  'cite.downloadsOnItemPage': 'Downloads on the item’s page',
  'cite.hash': 'SHA-256 of the text',
  'cite.hashHelp':
    'A fingerprint of the text as published here: anyone can recompute it from ' +
    'a quotation to check that not one character differs.',
  'cite.accessedLabel': 'Accessed',

  'changed.movedTitle': 'This address has moved',
  'changed.moved': 'Moved on {date}. {reason}',
  'changed.goTo': 'It is now at',
  'changed.withdrawnTitle': 'Withdrawn',
  'changed.withdrawn': 'Withdrawn on {date}. {reason}',
  'changed.see': 'See instead',
  'feed.title': 'New reports (Atom feed)',

  'entity.more': 'The {shown} most recent of {total} items. Search lists them all:',

  'home.title': 'Consular Network Archive',
  'home.lead':
    'The Liaison Officer Network for Consular Protection brings together ' +
    'officials of the foreign ministries of the member countries of the Regional ' +
    'Conference on Migration (RCM) who work on the protection of their nationals ' +
    'abroad. It meets once or twice a year, before the Regional Consultation ' +
    'Group on Migration (RCGM), and reports to it in numbered agreements.',
  'home.purpose':
    'This archive keeps those reports word for word, in English and Spanish. ' +
    'Every numbered item has its own permanent address that can be cited in ' +
    'official correspondence.',
  'home.latest': 'Latest reports',
  'home.allReports': 'All {count} reports, by date',
  'home.browse': 'Browse the archive',

  'reports.title': 'Reports',
  'reports.lead': 'Every report of the network in this archive.',
  'reports.order': 'Newest first.',
  'reports.year': 'Meetings in {year}',
  'reports.byYear': 'Jump to a year',
  'reports.date': 'Date',
  'reports.venue': 'Venue',
  'reports.items': 'Items',
  'reports.participants': 'Participants',

  'report.title': 'Report of the meeting of {date}',

  'document.kind.report': 'Report',
  'document.kind.conclusions': 'Conclusions',
  'document.kind.declaration': 'Declaration',
  'document.kind.communique': 'Communiqué',
  'document.of.masculine': 'of the {body}',
  'document.of.feminine': 'of the {body}',
  'document.title': '{kind} {of}, {place}, {date}',
  'document.titleNoPlace': '{kind} {of}, {date}',
  'report.body': 'Body',
  'report.documentKind': 'Document',
  'report.sourceFormat.txt': 'plain text',
  'report.sourceFormat.pdf': 'PDF',
  'report.sourceFormat.docx': 'Word document',
  'report.sourceFormat.html': 'web page',

  'numbering.archive': 'Numbered by the Archive: the original leaves these agreements unnumbered.',
  'numbering.archiveShort': 'numbered by the archive',
  'numbering.skipped': 'The original has no item {number}.',
  'numbering.repeated': 'The second item numbered {number} in the original.',
  'numbering.repeatedPart': 'Part of the second item numbered {number} in the original.',
  'numbering.repeatedShort': 'the second item numbered {number}',
  'numbering.repeatedPartShort': 'in the second item numbered {number}',
  'cite.number': '{number} ({note})',
  'cite.document': '{author}, {report}{translation}.',
  'cite.documentItem': '{author}, {report}, item {number}{translation}.',
  'report.about': 'About this meeting',
  'report.network': 'Network',
  'report.date': 'Date',
  'report.meeting': 'Meeting',
  'report.kind.ordinary': 'Ordinary meeting',
  'report.kind.regular': 'Regular meeting',
  'report.kind.extraordinary': 'Extraordinary meeting',
  'report.format.in-person': 'in person',
  'report.format.virtual': 'virtual',
  'report.online': 'Virtual meeting',
  'report.venue': 'Venue',
  'report.venue.heading': 'The heading of the report gives {place}.',
  'report.venue.first-paragraph': 'The first paragraph of the report gives {place}.',
  'report.venue.body': 'The text of the report also gives {place}.',
  'report.participants': 'Participants',
  'report.precedes': 'Held before',
  'report.precedesMeeting': 'the meeting of the {body}',
  'report.reportsTo': 'Submitted to',
  'report.text': 'This text',
  'report.original': 'Original text',
  'report.translation': 'Translation from {language} by {by}, {date} ({official})',
  'report.translation.official': 'official',
  'report.translation.unofficial': 'unofficial',
  'report.source': 'Source document',
  'report.sourceLink': 'Archived original text ({language}, {format})',
  'report.heading': 'Heading of the report',
  'report.contents': 'Items',
  'report.itemCount.one': '{count} item',
  'report.itemCount.other': '{count} items',
  'report.fullText': 'Full text',
  'report.meetings': 'Other meetings',
  'report.previousMeeting': 'Previous meeting',
  'report.nextMeeting': 'Next meeting',

  'translation.unofficial': 'Unofficial translation. The original text in {language} prevails.',
  'translation.official': 'Official translation published by the RCM. The original is in {language}.',
  'translation.readOriginal': 'Read the original in {language}',

  'item.title': 'Item {number}',
  'item.heading': 'Item {number} of the report of {date}',
  'item.permalinkShort': 'Link',
  'item.partOf': 'Part of item {number}',
  'item.subItems': 'Sub-items of item {number}',
  'item.previous': 'Previous item',
  'item.next': 'Next item',
  'item.pager': 'Items of this report',
  'item.permanentUrl': 'Permanent URL',
  'item.inReport': 'Read it in the full report',
  'item.report': 'Report',
  'item.identifier': 'Identifier',
  'item.identifierNote':
    'A link that opens this item in the reader’s language: for letters that go to readers of either language.',

  'footer.about':
    'An archive of the reports of the Liaison Officer Network for Consular ' +
    'Protection of the Regional Conference on Migration. Texts are reproduced as ' +
    'the network adopted them.',
  'footer.permanence': 'Addresses of reports and items are permanent.',

  'notFound.title': 'Page not found',
  'notFound.nearest': 'The nearest existing page:',
  'notFound.search': 'Search the archive',
  'notFound.body':
    'There is no page at this address. If you followed a link to a report or an item, start from the list of reports.',

  'preview.notice':
    'Preview: this copy of the archive is not the published archive, and its ' +
    'addresses are not the archive’s permanent addresses. Do not cite or share them.',

  'languageChooser.title': 'Consular Network Archive',
  'languageChooser.choose': 'Choose a language',
} as const;
