/**
 * English UI strings: one flat dictionary with dot-namespaced keys. It defines
 * the keys; every other language must have exactly the same ones (checked when
 * `src/lib/i18n.ts` loads, so a missing key fails the build).
 * `{name}` marks a value filled in by `t()`.
 */
export const en = {
  'site.name': 'Consular Network Archive',
  'site.tagline': 'Reports of the Liaison Officer Network for Consular Protection of the Regional Conference on Migration',
  'site.description':
    'The public archive of the meeting reports of the Liaison Officer Network for Consular Protection of the Regional Conference on Migration (RCM), item by item, in English and Spanish.',

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

  'home.title': 'Consular Network Archive',
  'home.lead':
    'The Liaison Officer Network for Consular Protection brings together officials of the foreign ministries of the member countries of the Regional Conference on Migration (RCM) who work on the protection of their nationals abroad. It meets once or twice a year, before the Regional Consultation Group on Migration (RCGM), and reports to it in numbered agreements.',
  'home.purpose':
    'This archive keeps those reports word for word, in English and Spanish. Every numbered item has its own permanent address that can be cited in official correspondence.',
  'home.latest': 'Latest reports',
  'home.allReports': 'All {count} reports, by date',
  'home.browse': 'Browse the archive',

  'reports.title': 'Reports',
  'reports.lead': 'Every report of the network in this archive, oldest first.',
  'reports.year': 'Meetings in {year}',
  'reports.byYear': 'Jump to a year',
  'reports.date': 'Date',
  'reports.venue': 'Venue',
  'reports.items': 'Items',
  'reports.participants': 'Participants',

  'report.title': 'Report of the meeting of {date}',
  'report.about': 'About this meeting',
  'report.network': 'Network',
  'report.date': 'Date',
  'report.meeting': 'Meeting',
  'report.kind.ordinary': 'Ordinary meeting',
  'report.kind.regular': 'Regular meeting',
  'report.kind.extraordinary': 'Extraordinary meeting',
  'report.format.in-person': 'in person',
  'report.format.virtual': 'virtual',
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
  'report.sourceLink': 'Archived original text ({language}, plain text)',
  'report.heading': 'Heading of the report',
  'report.contents': 'Items',
  'report.itemCount.one': '{count} item',
  'report.itemCount.other': '{count} items',
  'report.fullText': 'Full text',

  'translation.unofficial': 'Unofficial translation. The original text in {language} prevails.',
  'translation.official': 'Official translation published by the RCM. The original is in {language}.',
  'translation.readOriginal': 'Read the original in {language}',

  'item.title': 'Item {number}',
  'item.heading': 'Item {number} of the report of {date}',
  'item.permalink': 'Permanent link to item {number}',
  'item.permalinkShort': 'Link',
  'item.partOf': 'Part of item {number}',
  'item.subItems': 'Sub-items of item {number}',
  'item.previous': 'Previous item',
  'item.next': 'Next item',
  'item.pager': 'Items of this report',
  'item.permanentUrl': 'Permanent URL',
  'item.inReport': 'Read it in the full report',
  'item.report': 'Report',

  'footer.about':
    'An archive of the reports of the Liaison Officer Network for Consular Protection of the Regional Conference on Migration. Texts are reproduced as the network adopted them.',
  'footer.permanence': 'Addresses of reports and items are permanent.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. If you followed a link to a report or an item, start from the list of reports.',

  'entry.title': 'Consular Network Archive',
  'entry.choose': 'Choose a language',
} as const;
