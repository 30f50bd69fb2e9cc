import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOfAlpha,
  cronbachAlpha,
  discloseAlpha,
} from '../../../../src/domain/review/scale-reliability';

describe('cronbachAlpha', () => {
  it('matches a worked example', () => {
    // Statement variances 5/3 and 5/3 (n − 1); totals 2, 5, 5, 8 have variance 6.
    // α = 2 / 1 × (1 − (10/3) / 6) = 8/9.
    const rows = [
      [1, 1],
      [2, 3],
      [3, 2],
      [4, 4],
    ];
    expect(cronbachAlpha(rows)).toBeCloseTo(8 / 9, 12);
  });

  it('is undefined when every rater’s total is the same', () => {
    expect(
      cronbachAlpha([
        [1, 5],
        [5, 1],
        [3, 3],
      ]),
    ).toBeNull();
  });

  it.each([
    [0.95, 'well'],
    [0.8, 'well'],
    [0.79, 'acceptably'],
    [0.7, 'acceptably'],
    [0.69, 'poorly'],
    [-0.4, 'poorly'],
  ] as const)('reads α %s as the statements agreeing %s', (alpha, band) => {
    expect(bandOfAlpha(alpha)).toBe(band);
  });

  it('is withheld below eight complete raters, and undefined α is withheld alike', () => {
    const row = (n: number) => [n, n, n, n, n, n];
    expect(discloseAlpha([1, 2, 3, 4, 5, 1, 2].map(row))).toBeNull();
    expect(discloseAlpha([1, 2, 3, 4, 5, 1, 2, 3].map(row))).toBeCloseTo(1, 12);
    expect(discloseAlpha(Array.from({ length: 9 }, () => row(4)))).toBeNull();
  });
});

const rating = fc.integer({ min: 1, max: 5 });
const matrix = fc
  .integer({ min: 2, max: 6 })
  .chain((k) =>
    fc.array(fc.array(rating, { minLength: k, maxLength: k }), { minLength: 2, maxLength: 12 }),
  );

describe('cronbachAlpha (properties)', () => {
  it('never exceeds 1', () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const alpha = cronbachAlpha(rows);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it('is 1 when every statement is answered alike by each rater', () => {
    fc.assert(
      fc.property(
        fc.array(rating, { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 2, max: 6 }),
        (answers, k) => {
          fc.pre(new Set(answers).size > 1);
          expect(cronbachAlpha(answers.map((a) => Array.from({ length: k }, () => a)))).toBeCloseTo(
            1,
            9,
          );
        },
      ),
    );
  });

  it('is undefined when no statement varies', () => {
    fc.assert(
      fc.property(
        fc.array(rating, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 2, max: 12 }),
        (row, n) => {
          expect(cronbachAlpha(Array.from({ length: n }, () => row))).toBeNull();
        },
      ),
    );
  });

  it('does not depend on the order of raters or statements', () => {
    fc.assert(
      fc.property(matrix, fc.integer(), (rows, seed) => {
        const shift = Math.abs(seed) % rows.length;
        const reordered = [...rows.slice(shift), ...rows.slice(0, shift)];
        const flipped = rows.map((row) => [...row].reverse());
        const alpha = cronbachAlpha(rows);
        if (alpha === null) {
          expect(cronbachAlpha(reordered)).toBeNull();
        } else {
          expect(cronbachAlpha(reordered)).toBeCloseTo(alpha, 9);
          expect(cronbachAlpha(flipped)).toBeCloseTo(alpha, 9);
        }
      }),
    );
  });
});
