import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  CALENDAR_PRODID,
  REASSESSMENT_UID,
  suggestReassessment,
  type CalendarTexts,
} from '../../../../src/domain/plan/plan-calendar';
import type { Goal } from '../../../../src/domain/plan/plan';
import { makeGoal } from './plan-fixtures';

const now = new Date('2025-03-04T05:06:07.890Z');

const texts: CalendarTexts = {
  goalSummary: (goal) => goal.what,
  goalDescription: (goal) => `Measure: ${goal.measure}`,
  reassessSummary: 'Retake the assessment',
  reassessDescription: 'Six months since the last one, time to measure again.',
};

function calendarOf(goals: Goal[], reassessmentDate: string | null = null): string {
  return buildCalendar({ goals, reassessmentDate, now, texts });
}

/** ICAL.parse returns jCal typed as any; narrowing to an array keeps the test honest. */
function parseCalendar(text: string): ICAL.Component {
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('expected one calendar');
  return new ICAL.Component(jcal);
}

function eventsOf(text: string): ICAL.Event[] {
  return parseCalendar(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

function hasControl(text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if ((codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) || codePoint === 0x7f) {
      return true;
    }
  }
  return false;
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('buildCalendar', () => {
  it('opens with the calendar properties RFC 5545 asks for', () => {
    const calendar = parseCalendar(calendarOf([]));

    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(CALENDAR_PRODID);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });

  it('adds one all-day event per active goal and one to reassess', () => {
    const goals = [
      makeGoal({ id: 'goal-a', what: 'First goal', targetDate: '2025-06-30' }),
      makeGoal({ id: 'goal-b', archivedAt: '2025-02-01T00:00:00.000Z' }),
      makeGoal({ id: 'goal-c', what: 'Third goal', targetDate: '2025-09-15' }),
    ];
    const events = eventsOf(calendarOf(goals, '2025-08-01'));

    expect(
      events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.endDate.toString()]),
    ).toEqual([
      ['goal-a@ascent.local', 'First goal', '2025-06-30', '2025-07-01'],
      ['goal-c@ascent.local', 'Third goal', '2025-09-15', '2025-09-16'],
      [REASSESSMENT_UID, 'Retake the assessment', '2025-08-01', '2025-08-02'],
    ]);
    expect(events.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
    expect(events[0]?.description).toBe('Measure: Two business leaders sign off the priorities');
  });

  it('stamps every event with the time of export in UTC', () => {
    const text = calendarOf([makeGoal()], '2025-08-01');

    expect(text.split('\r\n').filter((line) => line.startsWith('DTSTAMP:'))).toEqual([
      'DTSTAMP:20250304T050607Z',
      'DTSTAMP:20250304T050607Z',
    ]);
    const stamp = parseCalendar(text)
      .getFirstSubcomponent('vevent')
      ?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? stamp.toUnixTime() : null).toBe(
      Math.floor(now.getTime() / 1000),
    );
  });

  it.each([
    ['2025-06-30', '20250630', '20250701'],
    ['2024-02-28', '20240228', '20240229'],
    ['2023-02-28', '20230228', '20230301'],
    ['2025-12-31', '20251231', '20260101'],
  ])('writes a target date of %s as DTSTART %s and an exclusive DTEND %s', (date, start, end) => {
    const text = calendarOf([makeGoal({ targetDate: date })]);

    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\n`);
    expect(text).toContain(`\r\nDTEND;VALUE=DATE:${end}\r\n`);
  });

  it('leaves out a goal whose target date is not a real day', () => {
    expect(eventsOf(calendarOf([makeGoal({ targetDate: '2025-02-30' })]))).toEqual([]);
  });

  it('adds no reassessment event without a date', () => {
    expect(calendarOf([])).not.toContain('BEGIN:VEVENT');
  });

  it.each([
    ['Commas, semicolons; and a backslash \\', 'Commas\\, semicolons\\; and a backslash \\\\'],
    ['Two\nlines', 'Two\\nlines'],
    ['Windows\r\nline', 'Windows\\nline'],
  ])('escapes %j as %j', (what, escaped) => {
    expect(calendarOf([makeGoal({ what })])).toContain(`\r\nSUMMARY:${escaped}\r\n`);
  });

  it.each([
    ['commas, semicolons; colons: and "quotes"', 'commas, semicolons; colons: and "quotes"'],
    ['a backslash \\ and \\n written out', 'a backslash \\ and \\n written out'],
    ['line one\nline two\r\nline three', 'line one\nline two\nline three'],
    ['emoji 🚀👩🏽‍💻🇫🇷 '.repeat(8), 'emoji 🚀👩🏽‍💻🇫🇷 '.repeat(8)],
    ['戦略的思考を深める、財務の理解。'.repeat(9), '戦略的思考を深める、財務の理解。'.repeat(9)],
    ['a'.repeat(74) + 'é' + '𝄞'.repeat(30), 'a'.repeat(74) + 'é' + '𝄞'.repeat(30)],
  ])('round-trips the summary %j through a parser', (what, expected) => {
    const text = calendarOf([makeGoal({ what })]);

    expect(eventsOf(text).map((e) => e.summary)).toEqual([expected]);
  });

  it('folds every physical line at 75 octets with CRLF and a space, never inside a character', () => {
    const what = '𝄞é漢a'.repeat(60);
    const text = calendarOf([makeGoal({ what, measure: what })], '2025-08-01');
    const lines = text.split('\r\n');
    const decoder = new TextDecoder('utf-8', { fatal: true });

    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(decoder.decode(new TextEncoder().encode(line))).toBe(line);
    }
  });

  const safeChar = fc.oneof(
    fc.constantFrom(',', ';', ':', '\\', '\n', '"', ' ', '\t', 'é', '漢', '🚀'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  );
  const summaryText = fc
    .string({ unit: safeChar, maxLength: 120 })
    // RFC 5545 TEXT has no form for control characters other than tab and line breaks.
    .filter((text) => !hasControl(text));

  it('always produces a parseable calendar whose summaries round-trip', () => {
    fc.assert(
      fc.property(summaryText, summaryText, (what, measure) => {
        const text = calendarOf([makeGoal({ what, measure })]);
        const [event] = eventsOf(text);

        expect(event?.summary).toBe(what);
        expect(event?.description).toBe(`Measure: ${measure}`);
        expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
      }),
    );
  });

  it('stays parseable and within 75 octets for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (what) => {
        const text = calendarOf([makeGoal({ what })]);

        expect(eventsOf(text)).toHaveLength(1);
        expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
      }),
    );
  });
});

describe('suggestReassessment', () => {
  it.each([
    ['2025-01-15T10:00:00.000Z', '2025-07-15'],
    ['2024-08-31T12:00:00.000Z', '2025-02-28'],
    ['2023-08-31T12:00:00.000Z', '2024-02-29'],
    ['2024-12-31', '2025-06-30'],
    ['2025-07-10T23:30:00-05:00', '2026-01-11'],
  ])('suggests six months after %s: %s', (last, date) => {
    expect(suggestReassessment(last, now)?.date).toBe(date);
  });

  it.each([
    ['2025-07-14T23:59:59.000Z', false],
    ['2025-07-15T00:00:00.000Z', true],
    ['2026-01-01T00:00:00.000Z', true],
  ])('on %s says the reassessment is due: %s', (today, isDue) => {
    expect(suggestReassessment('2025-01-15T10:00:00.000Z', new Date(today))?.isDue).toBe(isDue);
  });

  it.each([null, 'not a date', ''])('suggests nothing from %j', (last) => {
    expect(suggestReassessment(last, now)).toBeNull();
  });
});
