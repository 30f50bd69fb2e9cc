import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import { ratingValues, type RaterAnswer } from '../../../../src/domain/instrument/scale';
import { buildWaveReport } from '../../../../src/domain/review/review-wave-report';
import { raterCategories } from '../../../../src/domain/review/review';
import { buildHeatTable } from '../../../../src/domain/team/team-heat';
import { buildHeatChart } from '../../../../src/domain/team/team-heat-chart';
import { many, teamReview, type Answer } from './team-fixtures';

const rating = fc.constantFrom(...ratingValues);
const answerArb = fc.record({ category: fc.constantFrom(...raterCategories), rating });

/** Everything the team view shows: each cell, each average, each chart mark and count. */
async function teamView(people: readonly Answer[][]) {
  const reviews = await Promise.all(
    people.map((answers, i) => teamReview(i + 1, `P${String(i)}`, answers)),
  );
  const table = buildHeatTable(reviews, itemBank);
  return { reviews, table, chart: buildHeatChart(table) };
}

describe('buildHeatChart', () => {
  it('places every shown cell on its skill’s axis and only counts the withheld ones', async () => {
    const { table, chart } = await teamView([many('peer', [5, 5, 5]), many('peer', [1, 1])]);
    for (const row of chart) {
      expect(row.dots).toEqual([
        { reviewId: table.rows[0]?.reviewId, subjectName: 'P0', index: 100 },
      ]);
      expect(row.withheld).toBe(1);
      expect(row.average).toBe(100);
    }
  });

  it('never draws a value that the person’s own report withholds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(answerArb, { maxLength: 9 }), { minLength: 1, maxLength: 4 }),
        async (people) => {
          const { reviews, chart } = await teamView(people);
          chart.forEach((row, s) => {
            const shownIds = reviews.flatMap((review) => {
              const others = buildWaveReport(review, 1, null, itemBank).skills[s]?.others;
              return others ? [{ id: review.id, index: others.index }] : [];
            });
            expect(row.dots.map((dot) => ({ id: dot.reviewId, index: dot.index }))).toEqual(
              shownIds,
            );
            expect(row.withheld).toBe(reviews.length - shownIds.length);
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the team view and a withheld group', () => {
  const peers = fc.array(rating, { minLength: 3, maxLength: 3 });
  /** Two ways the same one or two direct reports could have answered. */
  const twoAnswerSets = fc
    .integer({ min: 1, max: 2 })
    .chain((n) =>
      fc.tuple(
        fc.array(rating, { minLength: n, maxLength: n }),
        fc.array(rating, { minLength: n, maxLength: n }),
      ),
    );
  const shown = (view: Awaited<ReturnType<typeof teamView>>) => ({
    cells: view.table.rows.map((row) => row.cells),
    skills: view.table.skills,
    strengths: view.table.strengths,
    priorities: view.table.priorities,
    chart: view.chart,
  });

  it('a person with 3 peers beside the team average reveals nothing of their withheld direct reports', async () => {
    await fc.assert(
      fc.asyncProperty(
        peers,
        twoAnswerSets,
        fc.array(rating, { minLength: 3, maxLength: 4 }),
        async (peerRatings, [reportsA, reportsB], colleague) => {
          const person = (direct: readonly RaterAnswer[]) => [
            ...many('peer', peerRatings),
            ...many('direct-report', direct),
          ];
          const other = many('peer', colleague);
          const first = await teamView([person(reportsA), other]);
          const second = await teamView([person(reportsB), other]);
          // The premise: the person's own report withholds the direct reports.
          const [review] = first.reviews;
          if (!review) throw new Error('the team has a person');
          expect(buildWaveReport(review, 1, null, itemBank).shownGroups).toEqual(['peer']);
          expect(shown(second)).toEqual(shown(first));
        },
      ),
      { numRuns: 25 },
    );
  });
});
