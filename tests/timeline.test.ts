/**
 * The timeline pictures' geometry (`src/lib/timeline.ts`, issue 21 part 4): marks where their dates fall on the axis,
 * year ticks labelled without overlapping from one year to sixty, one meeting, meetings of the same year or day in
 * separate rows, and one mark per year past `MAX_MARKS` meetings (the bench's 1,000 reports over 30 years).
 */
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisPosition,
  LABEL_SPACING,
  LABEL_WIDTH,
  labelStep,
  MAX_MARKS,
  MARK_GAP,
  TIMELINE_MARGIN,
  TIMELINE_WIDTH,
  timelineLayout,
  type TimelineMeeting,
  yearTicks,
} from '../src/lib/timeline.ts';

const AXIS = TIMELINE_WIDTH - 2 * TIMELINE_MARGIN;
const DAY = 86_400_000;

/** A meeting on a day of a year, `on` or not. */
const meeting = (date: string, on = true): TimelineMeeting => ({ date, on });

/** Meetings twice a year (March and October) from `first` to `last`, every third one `on`. */
function twiceAYear(first: number, last: number): TimelineMeeting[] {
  const meetings: TimelineMeeting[] = [];
  for (let year = first; year <= last; year++)
    for (const month of ['03', '10']) meetings.push(meeting(`${year}-${month}-15`, meetings.length % 3 === 0));
  return meetings;
}

describe('positions on the axis', () => {
  it('the axis runs from 1 January of the first year to 1 January after the last, in proportion to days', () => {
    expect(axisPosition('2016-01-01', 2016, 2017)).toBe(TIMELINE_MARGIN);
    expect(axisPosition('2018-01-01', 2016, 2017)).toBe(TIMELINE_WIDTH - TIMELINE_MARGIN);
    // 2016 is a leap year: 15 November is day 319 of 731.
    const days = (Date.UTC(2016, 10, 15) - Date.UTC(2016, 0, 1)) / DAY;
    expect(days).toBe(319);
    expect(axisPosition('2016-11-15', 2016, 2017)).toBeCloseTo(TIMELINE_MARGIN + (319 / 731) * AXIS, 6);
  });

  it('two meetings a year apart: each mark in its year, in date order, both emphasised as given', () => {
    const layout = timelineLayout([meeting('2017-11-27'), meeting('2016-11-15', false)]);
    expect(layout.byYear).toBe(false);
    expect(layout.marks.map((mark) => [mark.year, mark.meetings, mark.on])).toEqual([
      [2016, [1], 0],
      [2017, [0], 1],
    ]);
    const [first, second] = [layout.marks[0]!, layout.marks[1]!];
    const middle = axisPosition('2017-01-01', 2016, 2017);
    expect(first.x).toBeLessThan(middle);
    expect(second.x).toBeGreaterThan(middle);
    expect(second.x).toBeLessThan(TIMELINE_WIDTH - TIMELINE_MARGIN);
    expect(layout.ticks).toEqual([
      { x: TIMELINE_MARGIN, year: 2016, label: true },
      { x: middle, year: 2017, label: true },
    ]);
  });

  it('one meeting: one mark inside its year, one labelled tick, one row', () => {
    const layout = timelineLayout([meeting('2020-06-30')]);
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]!.x).toBeCloseTo(axisPosition('2020-06-30', 2020, 2020), 6);
    expect(layout.marks[0]!.x).toBeGreaterThan(TIMELINE_MARGIN + AXIS / 3);
    expect(layout.ticks).toEqual([{ x: TIMELINE_MARGIN, year: 2020, label: true }]);
    expect(layout.marks[0]!.y).toBeLessThan(layout.axisY);
    expect(layout.labelY).toBeLessThan(layout.height);
  });

  it('no meeting: an empty picture, not an error', () => {
    expect(timelineLayout([])).toMatchObject({ marks: [], ticks: [], byYear: false });
  });

  it('a date that is not YYYY-MM-DD is refused, naming it', () => {
    expect(() => timelineLayout([meeting('27/11/2017')])).toThrow(/"27\/11\/2017" is not a date written YYYY-MM-DD/);
    expect(() => timelineLayout([meeting('2017-02-30x')])).toThrow(RangeError);
  });
});

describe('meetings close together', () => {
  it('rows: a mark goes to the first row whose last mark is far enough to its left', () => {
    expect(assignLanes([10, 15, 30], 12)).toEqual([0, 1, 0]);
    expect(assignLanes([10, 11, 12, 40], 12)).toEqual([0, 1, 2, 0]);
  });

  it('meetings on consecutive days get separate rows; no two marks of a row overlap', () => {
    const layout = timelineLayout([meeting('2017-11-27'), meeting('2017-11-28'), meeting('2017-03-01')]);
    expect(layout.byYear).toBe(false);
    const [march, first, second] = layout.marks;
    expect([march?.lane, first?.lane, second?.lane]).toEqual([0, 0, 1]);
    expect(second!.y).toBeGreaterThan(first!.y);
    expect(layout.axisY).toBeGreaterThan(second!.y);
  });

  it('two meetings a year for 20 years (40 meetings): each drawn, no row with marks closer than MARK_GAP', () => {
    const layout = timelineLayout(twiceAYear(1995, 2014));
    expect(layout.byYear).toBe(false);
    expect(layout.marks).toHaveLength(MAX_MARKS);
    const lanes = [...new Set(layout.marks.map((mark) => mark.lane))];
    expect(lanes.length).toBeGreaterThan(1);
    for (const marks of lanes.map((lane) => layout.marks.filter((mark) => mark.lane === lane)))
      marks.slice(1).forEach((mark, index) => expect(mark.x - marks[index]!.x).toBeGreaterThanOrEqual(MARK_GAP));
  });
});

describe('many meetings: one mark per year', () => {
  /** The bench's scale: 1,000 meetings spread over 30 years, every seventh emphasised. */
  const bench = Array.from({ length: 1000 }, (_, index) =>
    meeting(
      new Date(Date.UTC(1995, 0, 1) + Math.floor((index * 30 * 365.25 * DAY) / 1000)).toISOString().slice(0, 10),
      index % 7 === 0,
    ),
  );

  it('1,000 meetings over 30 years draw 30 marks, each counting its year’s meetings and emphasised ones', () => {
    const layout = timelineLayout(bench);
    expect(layout.byYear).toBe(true);
    expect(layout.marks.map((mark) => mark.year)).toEqual(Array.from({ length: 30 }, (_, index) => 1995 + index));
    expect(layout.marks.reduce((sum, mark) => sum + mark.meetings.length, 0)).toBe(1000);
    expect(layout.marks.reduce((sum, mark) => sum + mark.on, 0)).toBe(bench.filter((each) => each.on).length);
    for (const mark of layout.marks) {
      expect(mark.meetings.every((index) => bench[index]!.date.startsWith(String(mark.year)))).toBe(true);
      // In the middle of its year's band.
      const middle =
        (axisPosition(`${mark.year}-01-01`, 1995, 2024) + axisPosition(`${mark.year + 1}-01-01`, 1995, 2024)) / 2;
      expect(mark.x).toBeCloseTo(middle, 6);
    }
  });

  it(`past ${MAX_MARKS} meetings, or when three rows are not enough, marks are years`, () => {
    expect(timelineLayout(twiceAYear(1995, 2015)).byYear).toBe(true);
    const crowded = ['01', '02', '03', '04'].map((day) => meeting(`2017-11-${day}`));
    expect(timelineLayout(crowded).byYear).toBe(true);
    expect(timelineLayout(crowded.slice(0, 3)).byYear).toBe(false);
  });
});

describe('year labels', () => {
  it('every year for a short span, every five years for thirty', () => {
    expect(labelStep(2016, 2017)).toBe(1);
    expect(labelStep(1995, 2024)).toBe(5);
    expect(
      yearTicks(1995, 2024)
        .filter((tick) => tick.label)
        .map((tick) => tick.year),
    ).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
  });

  it.for(Array.from({ length: 60 }, (_, span) => span + 1))(
    'over %i year(s): a tick per year, the first labelled, labels apart and inside the picture',
    (span) => {
      const ticks = yearTicks(2000, 1999 + span);
      expect(ticks).toHaveLength(span);
      expect(ticks[0]).toMatchObject({ year: 2000, label: true });
      const labelled = ticks.filter((tick) => tick.label);
      labelled
        .slice(1)
        .forEach((tick, index) => expect(tick.x - labelled[index]!.x).toBeGreaterThanOrEqual(LABEL_SPACING));
      for (const tick of labelled) expect(tick.x + LABEL_WIDTH).toBeLessThanOrEqual(TIMELINE_WIDTH);
    },
  );
});
