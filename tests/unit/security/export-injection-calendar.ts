import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarTexts } from '../../../src/domain/plan/plan-calendar';
import type { Goal } from '../../../src/domain/plan/plan';
import { makeGoal } from '../domain/plan/plan-fixtures';
import { hostileStrings } from './hostile-strings';
import { tried, RUNS } from './export-injection-fixtures';

/* ----------------------------------------------------------------------------------------- */
/* iCalendar                                                                                  */
/* ----------------------------------------------------------------------------------------- */

const calendarTexts: CalendarTexts = {
  goalSummary: (goal) => goal.what,
  goalDescription: (goal) => goal.measure,
  reassessSummary: 'Reassess',
  reassessDescription: 'Time to measure again.',
};

const EVENT_PROPERTIES = ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'transp'];

/** RFC 5545 TEXT has no form for controls: they are dropped, line breaks kept as `\n`. */
function expectedText(text: string): string {
  let kept = '';
  for (const char of text.replace(/\r\n|\r/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
    if (isControl) continue;
    kept += code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : char;
  }
  return kept;
}

function calendarWith(goals: Goal[]): ICAL.Component {
  const text = buildCalendar({
    goals,
    reassessmentDate: null,
    now: new Date(0),
    texts: calendarTexts,
  });
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('expected one calendar');
  return new ICAL.Component(jcal);
}

function expectOneCleanEvent(calendar: ICAL.Component, text: string): void {
  expect(calendar.getAllProperties().map((p) => p.name)).toEqual(['version', 'prodid', 'calscale']);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const [event] = events;
  if (!event) return;
  expect(event.getAllProperties().map((p) => p.name)).toEqual(EVENT_PROPERTIES);
  expect(event.getAllProperties('summary')).toHaveLength(1);
  expect(event.getFirstPropertyValue('summary')).toBe(expectedText(text));
  expect(event.getFirstPropertyValue('description')).toBe(expectedText(text));
  expect(event.getAllSubcomponents()).toEqual([]);
}

export function describeCalendarExport(): void {
  describe('the calendar export', () => {
    it.each(hostileStrings)('gives %j one SUMMARY and no property of its own', (text) => {
      tried.note('ics: summary and description', 2);
      expectOneCleanEvent(calendarWith([makeGoal({ what: text, measure: text })]), text);
    });

    it.each([
      'goal\r\nATTACH:https://evil.example/x',
      'goal\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected',
      'goal;X-INJECTED=1:value',
    ])('keeps a goal id of %j inside its UID', (id) => {
      tried.note('ics: uid');
      const calendar = calendarWith([makeGoal({ id, what: 'Goal' })]);
      const [event] = calendar.getAllSubcomponents('vevent');

      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
      expect(event?.getAllProperties().map((p) => p.name)).toEqual(EVENT_PROPERTIES);
      expect(event?.getFirstPropertyValue('uid')).toBe(`${expectedText(id)}@ascent.local`);
    });

    it('gives any text exactly one SUMMARY equal to it, without its control characters', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 150 }), (text) => {
          tried.note('ics: any text');
          expectOneCleanEvent(calendarWith([makeGoal({ what: text, measure: text })]), text);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
