import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import { ratingValues } from '../../../../src/domain/instrument/scale';
import { skillIds } from '../../../../src/domain/instrument/skills';
import { buildWaveReport } from '../../../../src/domain/review/review-wave-report';
import { raterCategories } from '../../../../src/domain/review/review';
import { buildHeatTable } from '../../../../src/domain/team/team-heat';
import { many, teamReview, type Answer } from './team-fixtures';

describe('buildHeatTable', () => {
  it('shows others’ index per skill, the manager’s own rating apart', async () => {
    const review = await teamReview(1, 'Ana', [
      { category: 'manager', rating: 1 },
      ...many('peer', [5, 5, 5]),
    ]);
    const [row] = buildHeatTable([review], itemBank).rows;
    expect(row?.cells).toHaveLength(skillIds.length);
    for (const cell of row?.cells ?? [])
      expect(cell).toMatchObject({ status: 'shown', index: 100, raters: 3 });
  });

  it('withholds a person whose peers are under the threshold, even beside the team average', async () => {
    const under = await teamReview(1, 'Ana', many('peer', [5, 5]));
    const shown = await teamReview(2, 'Bo', many('peer', [1, 1, 1]));
    const table = buildHeatTable([under, shown], itemBank);
    expect(
      table.rows[0]?.cells.every((c) => c.status === 'withheld' && c.reason === 'below-threshold'),
    ).toBe(true);
    // The average is Bo's alone, so removing Bo from it reveals nothing about Ana's two peers.
    for (const summary of table.skills) expect(summary).toMatchObject({ average: 0, shown: 1 });
  });

  it('pools small groups exactly as the report does', async () => {
    const review = await teamReview(1, 'Ana', [
      ...many('peer', [4, 4]),
      ...many('direct-report', [4]),
    ]);
    const [row] = buildHeatTable([review], itemBank).rows;
    expect(row?.cells[0]).toMatchObject({ status: 'shown', raters: 3 });
  });

  it('says so when nobody has answered', async () => {
    const [row] = buildHeatTable([await teamReview(1, 'Ana', [])], itemBank).rows;
    expect(row?.cells[0]).toEqual({
      skill: skillIds[0],
      status: 'withheld',
      reason: 'no-responses',
    });
  });

  it('names the highest team averages as strengths and the lowest as priorities', async () => {
    const table = buildHeatTable([await teamReview(1, 'Ana', many('peer', [3, 3, 3]))], itemBank);
    expect(table.strengths).toHaveLength(2);
    expect(table.priorities).toHaveLength(2);
    expect(table.priorities.some((skill) => table.strengths.includes(skill))).toBe(false);
  });

  const answerArb = fc.record({
    category: fc.constantFrom(...raterCategories),
    rating: fc.constantFrom(...ratingValues),
  });

  it('never shows a value that the person’s own report withholds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(answerArb, { maxLength: 9 }), { minLength: 1, maxLength: 4 }),
        async (people: Answer[][]) => {
          const reviews = await Promise.all(
            people.map((answers, i) => teamReview(i + 1, `P${String(i)}`, answers)),
          );
          const table = buildHeatTable(reviews, itemBank);
          reviews.forEach((review, i) => {
            const report = buildWaveReport(review, 1, null, itemBank);
            table.rows[i]?.cells.forEach((cell, s) => {
              const others = report.skills[s]?.others ?? null;
              if (others === null) expect(cell.status).toBe('withheld');
              else expect(cell).toMatchObject({ status: 'shown', index: others.index });
            });
          });
          const shownIndexes = table.rows.flatMap((row) =>
            row.cells.filter((c) => c.status === 'shown'),
          );
          for (const summary of table.skills) {
            const count = shownIndexes.filter((c) => c.skill === summary.skill).length;
            expect(summary.shown).toBe(count);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
