/**
 * The geometry of the timeline pictures (issue 21, part 4): every meeting of the archive as a mark on a time axis,
 * the meetings where an initiative comes up (or a country took part) emphasised. Pure functions of dates, in the
 * SVG's own units (`TIMELINE_WIDTH` wide); `src/lib/timeline-data.ts` gives them the archive's meetings and
 * `src/components/MeetingTimeline.astro` draws the result.
 *
 * The axis runs from 1 January of the first meeting's year to 1 January after the last one, so a year is always a
 * whole band. Years are labelled every 1, 2, 5, 10… years, whichever first leaves `LABEL_SPACING` units between two
 * labels (readable with two meetings and with thirty years). Meetings too close to share a row (same month, or many a
 * year) go to a second or third row; when three rows are not enough, or the archive holds more than `MAX_MARKS`
 * meetings, the picture draws one mark per year instead (the bench's 1,000 reports over 30 years: 30 marks, not
 * 1,000), so its size grows with years, never with meetings.
 */

/** Width of the picture, in SVG units (the component shows it at most this many CSS px wide). */
export const TIMELINE_WIDTH = 400;

/** Space left and right of the axis, so the first and last marks and labels stay inside the picture. */
export const TIMELINE_MARGIN = 12;

/** Least distance between the starts of two year labels ("2017" at 12 units is about 28 units wide). */
export const LABEL_SPACING = 40;

/** Room a year label takes, from its tick: 2 units of space, then "2017" at 12 px (under 28 units). */
export const LABEL_WIDTH = 32;

/** Least distance between two marks in one row (a mark's radius is 5). */
export const MARK_GAP = 12;

/** Most rows of marks before the picture draws one mark per year. */
export const MAX_LANES = 3;

/**
 * Most meetings drawn one by one; past this, one mark per year. Each drawn meeting costs a linked mark and a linked
 * date under the picture (about 60 bytes gzip): 40 keep an entity page within the report page budget.
 */
export const MAX_MARKS = 40;

/** Height of a row of marks, and where the first row sits. */
const LANE_HEIGHT = 12;
const TOP = 10;

/** One meeting as the picture needs it. */
export interface TimelineMeeting {
  /** Its first day, `YYYY-MM-DD`. */
  date: string;
  /** Whether it is emphasised: the initiative came up, the country attended. */
  on: boolean;
}

/** One mark: a meeting, or (`byYear`) all the meetings of a year. */
export interface TimelineMark {
  /** Centre of the mark on the axis. */
  x: number;
  /** Row, 0 nearest the top. */
  lane: number;
  /** Centre of the mark, vertically. */
  y: number;
  /** The year of its meeting(s). */
  year: number;
  /** Indexes (into the meetings given) of the meetings it stands for. */
  meetings: number[];
  /** How many of those are emphasised. */
  on: number;
}

/** A tick on the axis at 1 January of a year, labelled or not. */
export interface YearTick {
  /** Position on the axis. */
  x: number;
  /** The year that starts there. */
  year: number;
  /** Whether the year is written under the tick. */
  label: boolean;
}

/** Everything the component draws. */
export interface TimelineLayout {
  /** The SVG's width and height (its viewBox). */
  width: number;
  height: number;
  /** Where the axis line runs, vertically, and from where to where. */
  axisY: number;
  axisFrom: number;
  axisTo: number;
  /** Where the year labels' baseline is. */
  labelY: number;
  /** The marks, left to right. */
  marks: TimelineMark[];
  /** The year ticks, left to right. */
  ticks: YearTick[];
  /** True when each mark stands for a year's meetings. */
  byYear: boolean;
}

/**
 * Lays out meetings on a time axis.
 *
 * @example
 *   timelineLayout([{ date: '2016-11-15', on: true }, { date: '2017-11-27', on: false }]).marks.map((m) => m.x)
 *   // [169.6…, 357.1…]: 15 November in the first of two year bands, 27 November in the second
 * @throws {RangeError} when a date is not `YYYY-MM-DD` (the archive's schemas only let valid dates through).
 */
export function timelineLayout(meetings: readonly TimelineMeeting[]): TimelineLayout {
  const axis = { width: TIMELINE_WIDTH, axisFrom: TIMELINE_MARGIN, axisTo: TIMELINE_WIDTH - TIMELINE_MARGIN };
  const empty = { ...axis, marks: [], ticks: [], byYear: false };
  if (meetings.length === 0) return { ...empty, ...heights(1) };
  const years = meetings.map((meeting) => yearOf(meeting.date));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const scale = (date: string) => axisPosition(date, first, last);
  const single = meetings.length <= MAX_MARKS ? laneMarks(meetings, scale) : undefined;
  const marks = single ?? yearMarks(meetings, first, last);
  const lanes = Math.max(...marks.map((mark) => mark.lane)) + 1;
  const { axisY, labelY, height } = heights(lanes);
  return {
    ...axis,
    height,
    axisY,
    labelY,
    marks: marks.map((mark) => ({ ...mark, y: TOP + mark.lane * LANE_HEIGHT })),
    ticks: yearTicks(first, last),
    byYear: single === undefined,
  };
}

/** The vertical positions for a number of rows of marks. */
function heights(lanes: number): { axisY: number; labelY: number; height: number } {
  const axisY = TOP + (lanes - 1) * LANE_HEIGHT + 9;
  return { axisY, labelY: axisY + 17, height: axisY + 22 };
}

/** The year of a `YYYY-MM-DD` date, checked. */
function yearOf(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new RangeError(`timeline: "${date}" is not a date written YYYY-MM-DD`);
  return Number(date.slice(0, 4));
}

/**
 * Where a day falls on an axis from 1 January of `first` to 1 January after `last`, in SVG units: proportional to
 * days (UTC), so a leap year is a day wider.
 *
 * @example axisPosition('2016-01-01', 2016, 2017) // 12: the start of the axis (TIMELINE_MARGIN)
 */
export function axisPosition(date: string, first: number, last: number): number {
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  const day = Date.parse(`${date}T00:00:00Z`);
  return TIMELINE_MARGIN + ((day - start) / (end - start)) * (TIMELINE_WIDTH - 2 * TIMELINE_MARGIN);
}

/**
 * Year ticks from `first` to `last`: one at each 1 January, labelled every `step` years counting from the first (so
 * the first year is always written), `step` the first of 1, 2, 5, 10, 20, 50… that leaves `LABEL_SPACING` between
 * labels; a label that would run past the picture's right edge is left off (its tick stays).
 *
 * @example yearTicks(2016, 2017).map((tick) => tick.year) // [2016, 2017]
 */
export function yearTicks(first: number, last: number): YearTick[] {
  const step = labelStep(first, last);
  const ticks: YearTick[] = [];
  for (let year = first; year <= last; year++) {
    const x = axisPosition(`${year}-01-01`, first, last);
    const label = (year - first) % step === 0 && x + LABEL_WIDTH <= TIMELINE_WIDTH;
    ticks.push({ x, year, label });
  }
  return ticks;
}

/**
 * How many years apart the labels are.
 *
 * @example labelStep(1995, 2024) // 5: a year is 12.5 units, five are 62.5
 */
export function labelStep(first: number, last: number): number {
  // A common year is a day narrower than a leap year: the step must fit the narrowest.
  const yearWidth = axisPosition(`${first}-12-31`, first, last) - axisPosition(`${first}-01-01`, first, last);
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) if (factor * magnitude * yearWidth >= LABEL_SPACING) return factor * magnitude;
  }
}

/** One mark per meeting, in rows so that no two marks of a row are closer than `MARK_GAP`; undefined past MAX_LANES. */
function laneMarks(
  meetings: readonly TimelineMeeting[],
  scale: (date: string) => number,
): Omit<TimelineMark, 'y'>[] | undefined {
  const order = meetings.map((_, index) => index).sort((a, b) => meetings[a]!.date.localeCompare(meetings[b]!.date));
  const xs = order.map((index) => scale(meetings[index]!.date));
  const lanes = assignLanes(xs, MARK_GAP);
  if (lanes.some((lane) => lane >= MAX_LANES)) return undefined;
  return order.map((index, at) => ({
    x: xs[at]!,
    lane: lanes[at]!,
    year: yearOf(meetings[index]!.date),
    meetings: [index],
    on: meetings[index]!.on ? 1 : 0,
  }));
}

/**
 * Rows for positions in ascending order: each goes to the first row whose last mark is at least `gap` to its left.
 *
 * @example assignLanes([10, 15, 30], 12) // [0, 1, 0]
 */
export function assignLanes(xs: readonly number[], gap: number): number[] {
  const lastInLane: number[] = [];
  return xs.map((x) => {
    let lane = lastInLane.findIndex((previous) => x - previous >= gap);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = x;
    return lane;
  });
}

/** One mark per year that has meetings, in the middle of the year's band. */
function yearMarks(meetings: readonly TimelineMeeting[], first: number, last: number): Omit<TimelineMark, 'y'>[] {
  const byYear = new Map<number, number[]>();
  meetings.forEach((meeting, index) => {
    const year = yearOf(meeting.date);
    byYear.set(year, [...(byYear.get(year) ?? []), index]);
  });
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, indexes]) => ({
      x: (axisPosition(`${year}-01-01`, first, last) + axisPosition(`${year + 1}-01-01`, first, last)) / 2,
      lane: 0,
      year,
      meetings: indexes,
      on: indexes.filter((index) => meetings[index]!.on).length,
    }));
}
