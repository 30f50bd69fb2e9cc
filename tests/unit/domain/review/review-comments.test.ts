import { describe, expect, it } from 'vitest';
import type { OtherRaterCategory } from '../../../../src/domain/review/review-raters';
import { build, respond, sheet } from './review-fixtures';

const answers = sheet({ 'executive-presence': 4 });
const commenter = (category: OtherRaterCategory, n: number) =>
  respond(category, answers, {
    strength: `${category} strength ${n}`,
    develop: `${category} develop ${n}`,
  });
const peers = (count: number) => Array.from({ length: count }, (_, n) => commenter('peer', n + 1));
const strengthsOf = (report: ReturnType<typeof build>) =>
  report.comments.status === 'shown' ? report.comments.strengths : [];

describe('buildReviewReport: comments', () => {
  it('withholds every comment when no group or pool is shown', () => {
    const report = build({ responses: peers(2) });

    expect(report.comments).toEqual({ status: 'withheld', reason: 'no-group-shown' });
  });

  it('shows comments from a pool that reaches the threshold', () => {
    const report = build({ responses: [...peers(2), commenter('other', 1)] });

    expect([...strengthsOf(report)].sort()).toEqual([
      'other strength 1',
      'peer strength 1',
      'peer strength 2',
    ]);
  });

  it('leaves out the comments of a group that stays withheld', () => {
    const directs = Array.from({ length: 3 }, (_, n) => commenter('direct-report', n + 1));
    const report = build({ responses: [...directs, ...peers(2)] });

    expect(strengthsOf(report).some((text) => text.startsWith('peer'))).toBe(false);
    expect(strengthsOf(report)).toHaveLength(3);
  });

  it('trims comments and drops empty ones', () => {
    const report = build({
      responses: [
        respond('peer', answers, { strength: '  Clear about priorities \n', develop: '   ' }),
        respond('peer', answers, { strength: '', develop: 'Share numbers earlier' }),
        respond('peer', answers),
      ],
    });

    expect(report.comments).toEqual({
      status: 'shown',
      strengths: ['Clear about priorities'],
      developments: ['Share numbers earlier'],
    });
  });

  it('gives the same order for the same seed', () => {
    const first = build({ responses: peers(6), seed: 'review-a:1' });
    const second = build({ responses: peers(6), seed: 'review-a:1' });

    expect(strengthsOf(second)).toEqual(strengthsOf(first));
  });

  it('gives another order for some other seed', () => {
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) =>
        strengthsOf(build({ responses: peers(6), seed })).join('|'),
      ),
    );

    expect(orders.size).toBeGreaterThan(1);
  });

  it('does not follow arrival order for some seed', () => {
    const arrival = peers(6).map((response) => response.strength);
    const shuffled = ['a', 'b', 'c'].map((seed) =>
      strengthsOf(build({ responses: peers(6), seed })),
    );

    expect(shuffled.some((order) => order.join('|') !== arrival.join('|'))).toBe(true);
  });

  it('gives the same order whatever order the responses arrived in', () => {
    const arrived = peers(6);
    const forward = build({ responses: arrived });
    const backward = build({ responses: [...arrived].reverse() });

    expect(strengthsOf(backward)).toEqual(strengthsOf(forward));
  });

  it('shuffles strengths and developments independently, so positions do not pair raters', () => {
    const pairsLinedUp = ['a', 'b', 'c', 'd', 'e'].map((seed) => {
      const report = build({ responses: peers(6), seed });
      if (report.comments.status !== 'shown') return true;
      const { strengths, developments } = report.comments;
      return strengths.every((text, i) => developments[i] === text.replace('strength', 'develop'));
    });

    expect(pairsLinedUp).toContain(false);
  });

  it('carries no category label on anonymous comments', () => {
    const report = build({ responses: [...peers(2), commenter('other', 1)] });

    expect(Object.keys(report.comments).sort()).toEqual(['developments', 'status', 'strengths']);
    expect(strengthsOf(report)).toContain('peer strength 1');
  });

  it('shows manager comments apart, attributed, whatever the threshold', () => {
    const report = build({
      threshold: 5,
      responses: [respond('manager', answers, { strength: 'Calm in a crisis', develop: ' ' })],
    });

    expect(report.managerComments).toEqual({ strengths: ['Calm in a crisis'], developments: [] });
    expect(report.comments.status).toBe('withheld');
  });

  it('keeps manager comments out of the anonymous ones', () => {
    const report = build({
      responses: [...peers(3), respond('manager', answers, { strength: 'From the manager' })],
    });

    expect(strengthsOf(report)).not.toContain('From the manager');
  });
});
