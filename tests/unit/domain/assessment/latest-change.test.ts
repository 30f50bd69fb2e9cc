import { describe, expect, it } from 'vitest';
import { itemBank, itemBankHistory } from '../../../../src/content/item-bank';
import type { CompletedAssessment } from '../../../../src/domain/assessment/assessment';
import { readLatestReadiness } from '../../../../src/domain/assessment/latest-change';
import type { Rating } from '../../../../src/domain/instrument/scale';
import { uniformAnswers } from '../../support/answers';

function assessment(id: string, completedAt: string, rating: Rating, st: Rating = rating) {
  return {
    id,
    completedAt,
    instrumentVersion: itemBank.version,
    answers: uniformAnswers({
      'executive-presence': rating,
      'strategic-thinking': st,
      'business-acumen': rating,
      'data-driven-decisions': rating,
      'resilience-adaptability': rating,
    }),
  } satisfies CompletedAssessment;
}

const read = (list: CompletedAssessment[]) => readLatestReadiness(list, itemBank, itemBankHistory);

describe('readLatestReadiness', () => {
  it('has nothing to say without an assessment', () => {
    expect(read([])).toBeNull();
  });

  it('reads a first assessment without a change', () => {
    expect(read([assessment('a', '2026-01-01T10:00:00.000Z', 4)])).toEqual({
      assessmentId: 'a',
      completedAt: '2026-01-01T10:00:00.000Z',
      overallIndex: 75,
      overallLevel: 'executive-ready',
      change: null,
    });
  });

  it('names only the skills whose change passes the reliable-change rule', () => {
    const earlier = assessment('a', '2026-01-01T10:00:00.000Z', 3, 1);
    const latest = assessment('b', '2026-07-01T10:00:00.000Z', 3, 5);
    expect(read([latest, earlier])?.change).toEqual({
      previousAt: '2026-01-01T10:00:00.000Z',
      overallChange: 20,
      rises: ['strategic-thinking'],
      falls: [],
      compared: 5,
    });
  });

  it('calls a small change in every skill noise, not progress', () => {
    const earlier = assessment('a', '2026-01-01T10:00:00.000Z', 3);
    const latest = { ...assessment('b', '2026-07-01T10:00:00.000Z', 3) };
    latest.answers['ep-1'] = 4;
    const change = read([earlier, latest])?.change;
    expect(change?.rises).toEqual([]);
    expect(change?.falls).toEqual([]);
    expect(change?.overallChange).toBeGreaterThan(0);
  });

  it('compares the newest with the one before, whatever the stored order', () => {
    const list = [
      assessment('b', '2026-03-01T10:00:00.000Z', 2),
      assessment('c', '2026-06-01T10:00:00.000Z', 5),
      assessment('a', '2026-01-01T10:00:00.000Z', 1),
    ];
    const result = read(list);
    expect(result?.assessmentId).toBe('c');
    expect(result?.change?.previousAt).toBe('2026-03-01T10:00:00.000Z');
    expect(result?.change?.rises).toHaveLength(5);
  });
});
