import { describe, expect, it } from 'vitest';
import { build, respond, sheet, skillOf } from './review-fixtures';
import type { SkillReport } from '../../../../src/domain/review/review-skills';

/**
 * What a peer who knows their own skill mean can work out about the other two peers from the
 * figures a three-rater group shows. With mean, SD and range all exact there are two unknowns
 * and two equations (sum and sum of squares), so the quadratic gives both others' means.
 */
function solveOtherTwo(skill: SkillReport, own: number): [number, number] | null {
  const others = skill.others;
  const spread: unknown = skill.spread;
  if (others === null || typeof spread !== 'object' || spread === null) return null;
  if (!('sd' in spread) || typeof spread.sd !== 'number') return null;
  const { mean, raters } = others;
  const rest = mean * raters - own;
  const squares = spread.sd ** 2 * raters - (own - mean) ** 2;
  // x + y = rest and (x − m)² + (y − m)² = squares: solve for x − rest / 2.
  const half = rest / 2 - mean;
  const offset = Math.sqrt(Math.max(0, squares / 2 - half ** 2));
  return [rest / 2 - offset, rest / 2 + offset];
}

describe('three raters in a group', () => {
  const answers = [3, 4, 5] as const;
  const report = build({
    responses: answers.map((answer) => respond('peer', sheet({ 'executive-presence': answer }))),
  });
  const skill = skillOf(report);

  it('show their mean', () => {
    expect(skill.others?.mean).toBeCloseTo(4, 9);
  });

  it('give a peer who knows their own rating nothing to solve the other two with', () => {
    // Before the disclosure rule, SD 0.82 and range 2 were shown exactly: this returned [3, 5].
    expect(solveOtherTwo(skill, 4)).toBeNull();
  });
});
