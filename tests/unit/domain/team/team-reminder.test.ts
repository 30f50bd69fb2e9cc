import { describe, expect, it } from 'vitest';
import { buildFollowUpCalendar } from '../../../../src/domain/team/team-calendar';
import { buildHeatCsv } from '../../../../src/domain/team/team-csv';
import { buildHeatTable } from '../../../../src/domain/team/team-heat';
import {
  buildReminderMailto,
  listReminderTargets,
  type ReminderTexts,
} from '../../../../src/domain/team/team-reminder';
import { buildTeamRow } from '../../../../src/domain/team/team-row';
import { itemBank } from '../../../../src/content/item-bank';
import { shortIdFor } from '../../../support/reviews';
import { many, teamReview } from './team-fixtures';

const texts: ReminderTexts = {
  subject: (name) => `Reminder: 360 for ${name}`,
  greeting: (rater) => (rater ? `Hello ${rater},` : 'Hello,'),
  body: (name, due) => `Please answer the review of ${name} by ${due}.`,
  signature: (owner) => `— ${owner}`,
};

const bo = { id: shortIdFor('peer', 1), name: 'Bo', category: 'peer' as const };
const cy = { id: shortIdFor('peer', 2), name: 'Cy', category: 'peer' as const };

describe('reminders', () => {
  it('reminds each named rater who has not answered and each short group without names', async () => {
    const review = await teamReview(1, 'Ana', [{ category: 'peer', rating: 4, raterId: bo.id }], {
      namedRaters: [bo, cy],
      categories: ['peer', 'direct-report'],
    });
    const targets = listReminderTargets(review, buildTeamRow(review, '2026-03-01'));
    expect(targets).toEqual([
      { kind: 'named', rater: cy },
      { kind: 'group', category: 'direct-report' },
    ]);
  });

  it('carries the link and due date and nothing about who answered', () => {
    const mailto = buildReminderMailto(texts, {
      subjectName: 'Ana',
      dueDate: '2026-03-31',
      link: 'https://ascent.example/#/r/abc',
      raterName: null,
      ownerName: 'Mia',
    });
    const url = new URL(mailto);
    const body = url.searchParams.get('body') ?? '';
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Reminder: 360 for Ana');
    expect(body).toContain('https://ascent.example/#/r/abc');
    expect(body).toContain('2026-03-31');
    expect(body).not.toMatch(/Bo|answered/);
  });
});

describe('team files', () => {
  it('guards the CSV against spreadsheet formulas', async () => {
    const review = await teamReview(1, '=HYPERLINK("x")', many('peer', [4, 4, 4]));
    const csv = buildHeatCsv(buildHeatTable([review], itemBank), {
      person: 'Person',
      skill: (skill) => skill,
      withheld: 'withheld',
      average: 'Team average',
    });
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)","75"/);
    expect(lines[2]).toMatch(/^"Team average","75"/);
  });

  it('puts each open review’s due date in the manager’s calendar', async () => {
    const review = await teamReview(1, 'Ana', [], { dueDate: '2026-03-31' });
    const ics = buildFollowUpCalendar(
      [buildTeamRow(review, '2026-03-01')],
      { summary: (name) => `360 due: ${name}`, description: (name) => `Follow up ${name}` },
      new Date('2026-03-01T08:00:00Z'),
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331\r\n');
    expect(ics).toContain('SUMMARY:360 due: Ana\r\n');
  });
});
