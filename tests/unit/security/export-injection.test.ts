import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarTexts } from '../../../src/domain/plan/plan-calendar';
import { buildMailto } from '../../../src/domain/files/mailto';
import { escapeInline, escapeLines } from '../../../src/domain/files/markdown-text';
import type { Goal } from '../../../src/domain/plan/plan';
import { planToMarkdown, type PlanMarkdownTexts } from '../../../src/domain/plan/plan-markdown';
import { makeAction, makeGoal, makePlan } from '../domain/plan/plan-fixtures';
import { createTryCounter, hostileStrings } from './hostile-strings';

const tried = createTryCounter();
const RUNS = 200;

afterAll(() => {
  console.log(tried.summary('Export injection (Markdown, iCalendar, mailto)'));
});

/* ----------------------------------------------------------------------------------------- */
/* Markdown                                                                                   */
/* ----------------------------------------------------------------------------------------- */

const markdownTexts: PlanMarkdownTexts = {
  title: 'Plan',
  skillName: (skill) => `Skill ${skill}`,
  statusName: (status) => `Status ${status}`,
  labels: {
    measure: 'Measure',
    targetDate: 'Target',
    actions: 'Actions',
    due: 'Due',
    noGoals: '-',
  },
};

/** Characters that start markup, a link or an entity; in the output each must be escaped. */
const MARKUP = ['<', '>', '[', ']', '!', '&', '`', '*', '_', '~', '|', '@'];

/** Positions of `char` not preceded by an odd run of backslashes, i.e. not escaped. */
function rawOccurrences(text: string, char: string): number {
  let count = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) {
    let slashes = 0;
    while (text[index - 1 - slashes] === '\\') slashes += 1;
    if (slashes % 2 === 0) count += 1;
  }
  return count;
}

/** What a CommonMark reader makes of the escapes: each `\x` of ASCII punctuation is `x`. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function expectInertMarkdown(output: string): void {
  // The task boxes are the export's own markup; everything else came from the plan.
  const markdown = output.replace(/^- \[[ x]\] /gm, '- ');
  for (const char of MARKUP) expect(rawOccurrences(markdown, char), char).toBe(0);
  // Bare addresses that GitHub-flavoured viewers would turn into links.
  expect(markdown).not.toMatch(/[^\\]:\/\//);
  expect(markdown).not.toMatch(/www\./i);
}

function markdownOf(text: string): string {
  const goal = makeGoal({
    what: text,
    measure: text,
    actions: [makeAction({ title: text, notes: `${text}\n${text}` })],
  });
  return planToMarkdown(makePlan([goal]), markdownTexts);
}

describe('the Markdown export', () => {
  it.each(hostileStrings)('keeps %j as text in every field a person types', (text) => {
    const markdown = markdownOf(text);
    tried.note('markdown: goal, measure, action, notes', 4);

    expectInertMarkdown(markdown);
    // Only the plan title, the skill and the goal are headings: nothing typed starts one.
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(3);
  });

  it('keeps any text inert, and a reader gets the same words back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        tried.note('markdown: any text');
        expectInertMarkdown(markdownOf(text));

        const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
        expect(unescapeMarkdown(escapeInline(text))).toBe(oneLine);
        const lines = escapeLines(text);
        expect(lines.map(unescapeMarkdown)).toEqual(
          text.split(/\r\n|\r|\n/).map((line) => line.trim()),
        );
        // No typed line may open a block: lists, quotes, headings, setext lines, code.
        for (const line of lines) expect(line).not.toMatch(/^(?:[-+=>#]|\d+[.)]|\s)/);
      }),
      { numRuns: RUNS },
    );
  });
});

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

/* ----------------------------------------------------------------------------------------- */
/* mailto                                                                                     */
/* ----------------------------------------------------------------------------------------- */

/** The parts a mail app reads from the link; throws if the link is not one to, subject, body. */
function readMailto(link: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?&#\s]*)\?subject=([^&#\s]*)&body=([^&#\s]*)$/.exec(link);
  if (!match) throw new Error(`not a plain mailto link: ${link}`);
  const [, to = '', subject = '', body = ''] = match;
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(subject),
    body: decodeURIComponent(body),
  };
}

const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');

describe('mailto links', () => {
  it.each(hostileStrings)('carries %j as the subject and body only', (text) => {
    tried.note('mailto: subject and body', 2);
    const parts = readMailto(buildMailto({ to: '', subject: text, body: text }));

    expect(parts).toEqual({
      to: '',
      subject: text.replace(/[\r\n]+/g, ' '),
      body: text.replace(/\r\n|\r|\n/g, '\r\n'),
    });
  });

  it.each([
    'a@example.org,b@evil.example',
    'a@example.org?cc=b@evil.example',
    'a@example.org&bcc=b@evil.example',
    'a@example.org\r\nBcc: b@evil.example',
    'a@example.org%0D%0ABcc:b@evil.example',
    '"a b"@example.org',
    'javascript:alert(1)',
    'a@example.org#x',
    '<a@example.org>',
  ])('leaves out a recipient that is not one plain address: %j', (to) => {
    tried.note('mailto: recipient');
    expect(readMailto(buildMailto({ to, subject: 'Hi', body: 'Text' })).to).toBe('');
  });

  it.each(['ana.perez+360@example.org', "o'brien@mail.example.co.uk"])(
    'keeps the plain address %j as the recipient',
    (to) => {
      tried.note('mailto: recipient');
      expect(readMailto(buildMailto({ to, subject: 's', body: 'b' }))).toEqual({
        to,
        subject: 's',
        body: 'b',
      });
    },
  );

  it('never throws, and any subject and body arrive whole, the subject on one line', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 60 }),
        (subject, body, to) => {
          tried.note('mailto: any text');
          const parts = readMailto(buildMailto({ to, subject, body }));

          expect(parts.subject).toBe(wellFormed(subject).replace(/[\r\n\u2028\u2029]+/g, ' '));
          expect(parts.body).toBe(wellFormed(body).replace(/\r\n|\r|\n/g, '\r\n'));
          expect(parts.to === '' || parts.to === to).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
