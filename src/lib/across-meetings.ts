/**
 * What the pictures and tables across meetings show (issue 21, part 4): the timeline of an initiative (the meetings
 * where it comes up) and of a country (the meetings it attended or hosted), laid out by `timelineLayout`, with their
 * text alternative; and the rows of the initiatives-by-meeting table, sorted by name in the page's language, each
 * count linked to the initiative's first item of that meeting on the report page.
 */
import { type Archive, type Report, reportsIn } from './archive.ts';
import { initiativeTimeline, itemsAbout, participation } from './connections.ts';
import { formatDays, yearOf } from './dates.ts';
import { plural, useTranslations } from './i18n.ts';
import { type TimelineLayout, type TimelineMeeting, timelineLayout } from './timeline.ts';
import { initiativePath, itemAnchor, pagePath, reportPath, reportsIndexPath } from './urls.ts';
import type { Lang } from '../schemas/index.ts';

/** How a meeting stands in a picture: emphasised (`on`), hosted by the country (`hosted`), or neither (`off`). */
export type MarkKind = 'on' | 'hosted' | 'off';

/** A mark ready to draw: position, look, and (when emphasised) its link and what it stands for. */
export interface TimelineMarkView {
  /** Centre of the mark, in SVG units. */
  x: number;
  y: number;
  /** `hosted` when any of its meetings was hosted, `on` when any is emphasised, else `off`. */
  kind: MarkKind;
  /** Where its entry under the picture leads (emphasised marks only): the meeting's items, or the year's reports. */
  href?: string | undefined;
  /** What it stands for, `27 November 2017` or `2017: 3 of 12 meetings` (a tooltip; the text list says it too). */
  label: string;
}

/** A timeline picture with its text alternative. */
export interface TimelineView {
  /** The geometry (`timelineLayout`). */
  layout: TimelineLayout;
  /** The marks to draw. */
  marks: TimelineMarkView[];
  /** The picture's accessible name, `Timeline of the MICIC initiative, 2016–2017`. */
  title: string;
  /** The sentence under it, `Appears in 2 of 2 meetings`; with the list, the picture's text alternative. */
  summary: string;
  /** The emphasised meetings (or years), oldest first, each linked: the picture in words. */
  entries: { href: string; text: string }[];
}

/** One meeting of a picture, with what its mark and its entry in the text list say. */
interface Meeting extends TimelineMeeting {
  report: Report;
  kind: MarkKind;
  href: string;
}

/**
 * The timeline of an initiative: every meeting of the language, those with an item about it (or about an initiative
 * that belongs to it) emphasised and linked to the first such item on the report page.
 *
 * @example initiativeTimelineView(archive, 'en', 'micic').summary // 'Appears in 2 of 2 meetings'
 */
export function initiativeTimelineView(archive: Archive, lang: Lang, initiativeId: string): TimelineView {
  const first = firstItems(archive, lang, initiativeId);
  const meetings = reportsIn(archive, lang).map((report): Meeting => {
    const number = first.get(report);
    const href = number === undefined ? '' : meetingItemHref(lang, report, number);
    return {
      report,
      date: report.data.date,
      on: number !== undefined,
      kind: number === undefined ? 'off' : 'on',
      href,
    };
  });
  const name = archive.initiatives.get(initiativeId)?.name[lang] ?? initiativeId;
  return timelineView(lang, meetings, name, 'timeline.appears');
}

/**
 * The participation of a country: every meeting of the language, those it attended or hosted emphasised (hosted
 * ones drawn apart) and linked to their report pages. The same rule as the participation table (`participation`).
 *
 * @example countryTimelineView(archive, 'en', 'mx').summary // 'Took part in 2 of 2 meetings'
 */
export function countryTimelineView(archive: Archive, lang: Lang, countryId: string): TimelineView {
  const { reports, rows } = participation(archive, lang, [countryId]);
  const cells = rows[0]?.cells ?? [];
  const meetings = reports.map((report, index): Meeting => {
    const cell = cells[index] ?? 'absent';
    const kind = cell === 'absent' ? 'off' : cell === 'hosted' ? 'hosted' : 'on';
    return { report, date: report.data.date, on: kind !== 'off', kind, href: pagePath(lang, reportPath(report.id)) };
  });
  const name = archive.countries.get(countryId)?.name[lang] ?? countryId;
  return timelineView(lang, meetings, name, 'timeline.tookPart');
}

/** Lays out the meetings and words the picture. */
function timelineView(
  lang: Lang,
  meetings: Meeting[],
  name: string,
  sentence: 'timeline.appears' | 'timeline.tookPart',
): TimelineView {
  const t = useTranslations(lang);
  const layout = timelineLayout(meetings);
  const on = meetings.filter((meeting) => meeting.on);
  const years = meetings.length === 0 ? '' : `${yearOf(meetings[0]!.date)}–${yearOf(meetings.at(-1)!.date)}`;
  const views = layout.marks.map((mark) => {
    const own = mark.meetings.map((index) => meetings[index]!);
    return layout.byYear ? yearMark(lang, mark, own) : meetingMark(lang, mark, own[0]!);
  });
  const entries = layout.byYear
    ? views.flatMap((view) => (view.href ? [{ href: view.href, text: view.label }] : []))
    : on.map((meeting) => ({ href: meeting.href, text: meetingLabel(lang, meeting) }));
  return {
    layout,
    marks: views,
    title: t('timeline.title', { name, years }),
    summary: t(sentence, { count: on.length, meetings: plural(lang, 'country.meetingCount', meetings.length) }),
    entries,
  };
}

/** A mark for one meeting. */
function meetingMark(lang: Lang, mark: { x: number; y: number }, meeting: Meeting): TimelineMarkView {
  return {
    x: mark.x,
    y: mark.y,
    kind: meeting.kind,
    href: meeting.on ? meeting.href : undefined,
    label: meetingLabel(lang, meeting),
  };
}

/** A mark for the meetings of a year, linked to the year in the reports index when any is emphasised. */
function yearMark(lang: Lang, mark: { x: number; y: number; year: number }, own: Meeting[]): TimelineMarkView {
  const on = own.filter((meeting) => meeting.on).length;
  const kind = own.some((meeting) => meeting.kind === 'hosted') ? 'hosted' : on > 0 ? 'on' : 'off';
  const href = on > 0 ? `${pagePath(lang, reportsIndexPath())}#year-${mark.year}` : undefined;
  const label = useTranslations(lang)('timeline.year', {
    year: mark.year,
    count: on,
    meetings: plural(lang, 'country.meetingCount', own.length),
  });
  return { x: mark.x, y: mark.y, kind, href, label };
}

/** A meeting in words: its date(s), and "(host)" when the country hosted it. */
function meetingLabel(lang: Lang, meeting: Meeting): string {
  const days = formatDays(meeting.report.data.date, meeting.report.data.endDate, lang);
  return meeting.kind === 'hosted' ? `${days} (${useTranslations(lang)('participation.hosted')})` : days;
}

/** The number of the first item about an initiative in each report of a language (items in document order). */
function firstItems(archive: Archive, lang: Lang, initiativeId: string): Map<Report, string> {
  const first = new Map<Report, string>();
  for (const { report, item } of itemsAbout(archive, lang, 'initiatives', initiativeId))
    if (!first.has(report)) first.set(report, item.number);
  return first;
}

/**
 * Where a meeting's items about something start: the item's anchor on the report page, where the items that follow
 * it are read in context (the initiative's own page folds meetings past the most recent ones).
 *
 * @example meetingItemHref('en', report, '2.d') // '/en/reports/2017-11-27/#item-2-d'
 */
export function meetingItemHref(lang: Lang, report: Report, number: string): string {
  return `${pagePath(lang, reportPath(report.id))}#${itemAnchor(number)}`;
}

/** One cell of the initiatives-by-meeting table: a count linked to its items, or nothing. */
export type MatrixCell = { kind: 'on'; text: string; href: string } | { kind: 'off' };

/** One row of the initiatives-by-meeting table. */
export interface InitiativeMatrixRow {
  /** The initiative's name in the page's language. */
  label: string;
  /** Its page. */
  href: string;
  /** One cell per meeting, in the order of `reports`. */
  cells: MatrixCell[];
}

/**
 * The initiatives-by-meeting table of a language: initiatives that come up at least once, sorted by their names in
 * that language (`Intl.Collator`: "Día" between "Curso" and "Taller" in Spanish, whatever their ids); each count
 * links to the initiative's first item of that meeting (`meetingItemHref`).
 *
 * @example initiativeMatrix(archive, 'es').rows[0]?.label // the first name in Spanish alphabetical order
 */
export function initiativeMatrix(archive: Archive, lang: Lang): { reports: Report[]; rows: InitiativeMatrixRow[] } {
  const { reports, rows } = initiativeTimeline(archive, lang);
  const collator = new Intl.Collator(lang);
  const built = rows.map(({ initiativeId, counts }) => {
    const first = firstItems(archive, lang, initiativeId);
    return {
      label: archive.initiatives.get(initiativeId)?.name[lang] ?? initiativeId,
      href: pagePath(lang, initiativePath(initiativeId)),
      cells: counts.map((count, index): MatrixCell => {
        const number = first.get(reports[index]!);
        if (count === 0 || number === undefined) return { kind: 'off' };
        return {
          kind: 'on',
          text: plural(lang, 'report.itemCount', count),
          href: meetingItemHref(lang, reports[index]!, number),
        };
      }),
    };
  });
  return { reports, rows: built.sort((a, b) => collator.compare(a.label, b.label)) };
}
