import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOfRwg,
  discloseAgreement,
  mayShowAgreement,
  rwgJ,
  type AnswerRows,
} from '../../../../src/domain/review/rater-agreement';
import { build, respond, sheet, skillOf } from './review-fixtures';

function variance(values: readonly number[]): number {
  const center = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - center) ** 2, 0) / (values.length - 1);
}

/** Every multiset of `count` ratings 1–5 summing to `sum`. */
function multisets(count: number, sum: number, from = 1): number[][] {
  if (count === 0) return sum === 0 ? [[]] : [];
  const out: number[][] = [];
  for (let v = from; v <= 5; v += 1) {
    for (const rest of multisets(count - 1, sum - v, v)) out.push([v, ...rest]);
  }
  return out;
}

/**
 * Brute force, independent of the rule's arithmetic: for a reader, the others' answers on each
 * statement may be any multiset with the shown mean; the band keeps those whose variances sum
 * into it. A statement is pinned when its mean allowed unequal answers but the band leaves
 * only equal ones (then every other rater's answer on it is known).
 */
function pinnedStatement(rows: AnswerRows, reader: readonly (number | null)[]): boolean {
  const width = reader.length;
  const columns = Array.from({ length: width }, (_, i) =>
    rows.flatMap((row) => (row[i] === null || row[i] === undefined ? [] : [row[i]])),
  );
  const rated = columns.filter((column) => column.length >= 2).length;
  const band = bandOfRwg(rwgJ(rows) ?? 0);
  const options = columns.map((column, i) => {
    if (column.length < 2) return [{ variance: 0, varied: false }];
    const own = reader[i] ?? null;
    const others = column.length - (own === null ? 0 : 1);
    const sum = column.reduce((a, b) => a + b, 0) - (own ?? 0);
    return multisets(others, sum).map((set) => ({
      variance: variance(own === null ? set : [own, ...set]),
      varied: new Set(set).size > 1,
    }));
  });
  return options.some((choices, i) => {
    if (!choices.some((c) => c.varied)) return false;
    const rest = options.filter((_, j) => j !== i);
    const sums = rest.reduce<number[]>(
      (acc, list) =>
        acc.flatMap((a) => [...new Set(list.map((c) => c.variance))].map((v) => a + v)),
      [0],
    );
    const bandOf = (total: number) => {
      const ratio = total / rated / 2;
      const r = ratio >= 1 ? 0 : (rated * (1 - ratio)) / (rated * (1 - ratio) + ratio);
      return bandOfRwg(r);
    };
    return !choices.some((c) => c.varied && sums.some((s) => bandOf(s + c.variance) === band));
  });
}

describe('rwgJ', () => {
  it('matches a worked example', () => {
    // Variances 1 and 0, mean 0.5; uniform null (5² − 1) / 12 = 2; ratio 0.25.
    // r_wg(2) = 2 × 0.75 / (2 × 0.75 + 0.25) = 6/7.
    expect(
      rwgJ([
        [3, 4],
        [4, 4],
        [5, 4],
      ]),
    ).toBeCloseTo(6 / 7, 12);
  });

  it('is 1 when raters give each statement the same answer, 0 past random answering', () => {
    expect(
      rwgJ([
        [2, 5],
        [2, 5],
        [2, 5],
      ]),
    ).toBe(1);
    expect(
      rwgJ([
        [1, 5],
        [5, 1],
        [1, 5],
        [5, 1],
      ]),
    ).toBe(0);
  });

  it('leaves "not observed" out of each statement and skips statements rated once', () => {
    expect(
      rwgJ([
        [3, null],
        [4, 2],
        [5, null],
      ]),
    ).toBeCloseTo(rwgJ([[3], [4], [5]]) ?? NaN, 12);
  });

  it.each([
    [0.7, 'agree'],
    [0.69, 'disagree'],
  ] as const)('reads %s as %s (Ascent’s cut-off, not a norm)', (value, band) => {
    expect(bandOfRwg(value)).toBe(band);
  });
});

describe('when the agreement band may be shown', () => {
  it('never below five raters: with three, an exact r_wg and the means pin the others', () => {
    const three = [
      [3, 3],
      [3, 3],
      [3, 3],
    ];
    // Exact r_wg 1 means no variance: the reader's partners answered 3, 3 though 6 = 1 + 5.
    expect(rwgJ(three)).toBe(1);
    expect(multisets(2, 6)).toHaveLength(3);
    expect(mayShowAgreement(three)).toBe(false);
    const group = [1, 2, 3].map(() => respond('peer', sheet({ 'executive-presence': 3 })));
    expect(skillOf(build({ responses: group })).agreementIndex).toBeNull();
  });

  it('withholds "agree" where it would leave the others only equal answers', () => {
    // The first rater answered 4 and sees the others' four answers sum to 8: 2, 2, 2, 2 or
    // 1, 2, 2, 3 and more. Only the first keeps r_wg(J) at "agree", so the band would say it.
    const rows = [
      [4, 2],
      [2, 4],
      [2, 3],
      [2, 3],
      [2, 4],
    ];
    expect(bandOfRwg(rwgJ(rows) ?? 0)).toBe('agree');
    expect(pinnedStatement(rows, rows[0] ?? [])).toBe(true);
    expect(discloseAgreement(rows)).toBeNull();
  });

  it('shows a band in the report once five raters stand behind "others"', () => {
    const peers = ([3, 4, 4, 5, 4] as const).map((n) =>
      respond('peer', sheet({ 'executive-presence': n })),
    );
    expect(skillOf(build({ responses: peers })).agreementIndex).toBe('agree');
  });
});

const rating = fc.integer({ min: 1, max: 5 });
const cell = fc.oneof(
  { arbitrary: rating, weight: 5 },
  { arbitrary: fc.constant(null), weight: 1 },
);

describe('the agreement band (property)', () => {
  it('is shown only where no reader can pin another rater’s answer with it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((j) =>
          fc.array(fc.array(cell, { minLength: j, maxLength: j }), {
            minLength: 5,
            maxLength: 7,
          }),
        ),
        (rows) => {
          if (!mayShowAgreement(rows)) return;
          for (const reader of rows) expect(pinnedStatement(rows, reader)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lies between 0 and 1 and ignores the order of raters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rating, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 9 }),
        (rows) => {
          const value = rwgJ(rows) ?? NaN;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
          expect(rwgJ([...rows].reverse())).toBeCloseTo(value, 12);
        },
      ),
    );
  });
});
