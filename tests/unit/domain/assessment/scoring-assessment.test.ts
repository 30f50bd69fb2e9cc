import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import type { Answers } from '../../../../src/domain/assessment/assessment';
import { allItemIds } from '../../../../src/domain/instrument/instrument';
import { ratingValues, type Rating } from '../../../../src/domain/instrument/scale';
import {
  HIGHLIGHT_COUNT,
  scoreAssessment,
  type AssessmentScore,
} from '../../../../src/domain/assessment/scoring';
import { skillIds, type SkillId } from '../../../../src/domain/instrument/skills';
import { answersFor, uniformAnswers } from '../../support/answers';

function indexOf(score: AssessmentScore, skill: SkillId): number | null {
  return score.skills.find((entry) => entry.skill === skill)?.index ?? null;
}

describe('scoreAssessment', () => {
  it.each<[Partial<Record<SkillId, Rating>>, number, string]>([
    [{ 'executive-presence': 5, 'strategic-thinking': 3 }, 75, 'executive-ready'],
    [
      {
        'executive-presence': 5,
        'strategic-thinking': 4,
        'business-acumen': 3,
        'data-driven-decisions': 2,
        'resilience-adaptability': 1,
      },
      50,
      'developing',
    ],
    [{ 'resilience-adaptability': 2 }, 25, 'foundational'],
  ])('averages the indices of the scored skills only (%j)', (ratings, overall, level) => {
    const score = scoreAssessment(uniformAnswers(ratings), itemBank);

    expect(score.overallIndex).toBe(overall);
    expect(score.overallLevel).toBe(level);
  });

  it('names the two highest skills as strengths and the two lowest as priorities', () => {
    const score = scoreAssessment(
      uniformAnswers({
        'executive-presence': 3,
        'strategic-thinking': 5,
        'business-acumen': 1,
        'data-driven-decisions': 4,
        'resilience-adaptability': 2,
      }),
      itemBank,
    );

    expect(HIGHLIGHT_COUNT).toBe(2);
    expect(score.strengths).toEqual(['strategic-thinking', 'data-driven-decisions']);
    expect(score.priorities).toEqual(['business-acumen', 'resilience-adaptability']);
  });

  it('breaks ties among strengths in skill order', () => {
    const score = scoreAssessment(
      uniformAnswers({
        'executive-presence': 3,
        'strategic-thinking': 5,
        'business-acumen': 5,
        'data-driven-decisions': 5,
        'resilience-adaptability': 1,
      }),
      itemBank,
    );

    expect(score.strengths).toEqual(['strategic-thinking', 'business-acumen']);
    expect(score.priorities[0]).toBe('resilience-adaptability');
  });

  it('never names a skill as both strength and priority, even when every skill ties', () => {
    const score = scoreAssessment(
      uniformAnswers(Object.fromEntries(skillIds.map((skill) => [skill, 3] as const))),
      itemBank,
    );

    expect(score.strengths).toEqual(['executive-presence', 'strategic-thinking']);
    expect(score.priorities).toHaveLength(2);
    expect(score.priorities.filter((skill) => score.strengths.includes(skill))).toEqual([]);
  });

  it('gives the same result whatever order the answers were recorded in', () => {
    const answers = {
      ...answersFor('executive-presence', [4, 4]),
      ...answersFor('strategic-thinking', [2, 3]),
      ...answersFor('business-acumen', [4, 4]),
      ...answersFor('data-driven-decisions', [2, 3]),
      ...answersFor('resilience-adaptability', [4, 4]),
    };
    const reversed: Answers = Object.fromEntries(Object.entries(answers).reverse());

    expect(scoreAssessment(reversed, itemBank)).toEqual(scoreAssessment(answers, itemBank));
    expect(scoreAssessment(answers, itemBank)).toEqual(scoreAssessment(answers, itemBank));
  });

  it.each<[number, number]>([
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 2],
    [5, 2],
  ])('names %d scored skill(s) with %d strength(s) and priority(ies)', (scored, highlights) => {
    const ratings: readonly Rating[] = [5, 1, 4, 2, 3];
    const answers = uniformAnswers(
      Object.fromEntries(
        skillIds.slice(0, scored).map((skill, position) => [skill, ratings[position]] as const),
      ),
    );

    const score = scoreAssessment(answers, itemBank);

    expect(score.strengths).toHaveLength(highlights);
    expect(score.priorities).toHaveLength(highlights);
  });

  it('picks the extremes and leaves the middle skill out when three skills are scored', () => {
    const score = scoreAssessment(
      uniformAnswers({
        'strategic-thinking': 3,
        'business-acumen': 1,
        'resilience-adaptability': 5,
      }),
      itemBank,
    );

    expect(score.strengths).toEqual(['resilience-adaptability']);
    expect(score.priorities).toEqual(['business-acumen']);
  });

  it('returns nulls and no highlights when nothing is answered', () => {
    const score = scoreAssessment({}, itemBank);

    expect(score.overallIndex).toBeNull();
    expect(score.overallLevel).toBeNull();
    expect(score.strengths).toEqual([]);
    expect(score.priorities).toEqual([]);
    expect(score.skills.map((skill) => skill.skill)).toEqual(skillIds);
    for (const skill of score.skills) {
      expect(skill).toMatchObject({ mean: null, index: null, level: null, answered: 0, total: 6 });
    }
  });

  it('keeps strengths above priorities for any answers', () => {
    const answersArbitrary = fc.dictionary(
      fc.constantFrom(...allItemIds()),
      fc.constantFrom(...ratingValues),
    );

    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const score = scoreAssessment(answers, itemBank);
        const lowestStrength = Math.min(
          ...score.strengths.map((skill) => indexOf(score, skill) ?? 0),
        );
        const highestPriority = Math.max(
          ...score.priorities.map((skill) => indexOf(score, skill) ?? 100),
        );

        expect(score.strengths.length).toBeLessThanOrEqual(HIGHLIGHT_COUNT);
        expect(score.priorities).toHaveLength(score.strengths.length);
        expect(score.priorities.filter((skill) => score.strengths.includes(skill))).toEqual([]);
        expect(lowestStrength).toBeGreaterThanOrEqual(highestPriority);
        expect(score.overallIndex === null).toBe(Object.keys(answers).length === 0);
      }),
    );
  });
});
