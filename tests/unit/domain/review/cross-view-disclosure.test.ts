import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import type { OtherRaterCategory } from '../../../../src/domain/review/review-raters';
import {
  answersOf,
  findLeak,
  isCounted,
  ratedItems,
  shownEquations,
  statements,
  sumOfMeans,
  sumOfStatement,
} from './cross-view-fixtures';
import { isDetermined, type Linear } from './linear-disclosure';
import { build, respond } from './review-fixtures';

const rater = (category: OtherRaterCategory, values: readonly RaterAnswer[]) =>
  respond(category, answersOf(values));

/** Today's statement rule before this change: everyone in the shown groups, from 3 ratings. */
function statementsBeforeTheRule(raters: ReturnType<typeof rater>[]): Linear[] {
  return statements.flatMap((item) => {
    const sum = sumOfStatement(raters, item);
    return sum.size >= 3 ? [sum] : [];
  });
}

describe('statement means next to the skill mean of the same group', () => {
  // Three peers rated all six statements; one marked one statement "not observed".
  const peers = [
    rater('peer', [4, 3, 5, 4, 2, 3]),
    rater('peer', [2, 3, 3, 4, 5, 1]),
    rater('peer', [5, 5, 4, 3, 4, 4]),
    rater('peer', [3, 0, 2, 5, 3, 4]),
  ];
  const report = build({ responses: peers });

  it('would give away the mean of the rater who rated fewer statements under the old rule', () => {
    // Skill sum minus a sixth of every statement sum leaves (1/5 − 1/6) × that rater's sum.
    const unsafe = [sumOfMeans(peers), ...statementsBeforeTheRule(peers)];
    expect(findLeak(unsafe, peers, isDetermined)).toMatch(/solves peer-\d+'s mean/);
  });

  it('withholds the statement means and leaves nothing to solve', () => {
    const items = report.items.filter((item) => item.skill === 'executive-presence');
    expect(items.every((item) => item.others === null)).toBe(true);
    expect(items.every((item) => item.groups.every((cell) => cell.mean === null))).toBe(true);
    expect(findLeak(shownEquations(report, peers), peers, isDetermined)).toBeNull();
  });

  it('shows them when everyone rated as many statements', () => {
    const complete = peers.slice(0, 3);
    const shown = build({ responses: complete });
    expect(shown.items[0]).toMatchObject({ others: 11 / 3, groups: [{ group: 'peer' }] });
    expect(findLeak(shownEquations(shown, complete), complete, isDetermined)).toBeNull();
  });
});

describe('"others" next to the groups it pools', () => {
  const peers = ([1, 2, 3] as const).map((n) => rater('peer', [n, n, n, n, n, n]));
  // Two of three direct reports could not observe the first statement.
  const reports = [
    rater('direct-report', [0, 4, 4, 4, 4, 4]),
    rater('direct-report', [0, 2, 3, 4, 5, 1]),
    rater('direct-report', [5, 3, 3, 3, 0, 3]),
  ];
  const everyone = [...peers, ...reports];

  it('would give away a direct report’s answer if others pooled a statement a group withholds', () => {
    const peerSums = statements.map((item) => sumOfStatement(peers, item));
    const othersSums = statementsBeforeTheRule(everyone);
    expect(findLeak([...peerSums, ...othersSums], everyone, isDetermined)).toMatch(/solves/);
  });

  it('shows others for a statement only where every pooled group shows it', () => {
    const report = build({ responses: everyone });
    const first = report.items[0];
    expect(first?.groups).toEqual([
      { group: 'peer', mean: 2 },
      { group: 'direct-report', mean: null },
    ]);
    expect(first?.others).toBeNull();
    expect(findLeak(shownEquations(report, everyone), everyone, isDetermined)).toBeNull();
  });
});

describe('successive waves', () => {
  const early = [
    rater('peer', [4, 4, 4, 4, 4, 4]),
    rater('peer', [3, 3, 3, 3, 3, 3]),
    rater('peer', [5, 5, 5, 5, 5, 5]),
  ];
  const late = [rater('peer', [2, 2, 2, 2, 2, 2])];

  it('would give the late rater away if a report pooled all waves next to the first', () => {
    const first = shownEquations(build({ responses: early }), early);
    const pooled = shownEquations(build({ responses: [...early, ...late] }), [...early, ...late]);
    expect(findLeak([...first, ...pooled], [...early, ...late], isDetermined)).toMatch(/solves/);
  });

  it('keep every wave to its own raters, so no wave takes another’s apart', () => {
    const second = build({ responses: late });
    expect(second.skills[0]?.others).toBeNull();
    const equations = [
      ...shownEquations(build({ responses: early }), early),
      ...shownEquations(second, late),
    ];
    expect(findLeak(equations, [...early, ...late], isDetermined)).toBeNull();
  });
});

const answer = fc.constantFrom<RaterAnswer>(0, 1, 2, 3, 3, 4, 4, 5, 5);
const rating = fc.constantFrom<RaterAnswer>(1, 2, 3, 4, 5);
// Mostly raters who rated everything, so statement means are often shown and the test bites.
const answers = fc.oneof(
  { arbitrary: fc.array(rating, { minLength: 6, maxLength: 6 }), weight: 2 },
  { arbitrary: fc.array(answer, { minLength: 6, maxLength: 6 }), weight: 1 },
);
const group = (min: number, max: number) => fc.array(answers, { minLength: min, maxLength: max });

describe('no rater can be solved for across views (property)', () => {
  it('leaves every other rater’s mean and answers open in every view of a report', () => {
    fc.assert(
      fc.property(
        group(3, 6),
        group(0, 4),
        group(0, 2),
        fc.integer({ min: 3, max: 4 }),
        (p, d, o, threshold) => {
          const responses = [
            ...p.map((values) => rater('peer', values)),
            ...d.map((values) => rater('direct-report', values)),
            ...o.map((values) => rater('other', values)),
          ];
          const report = build({ responses, threshold });
          expect(findLeak(shownEquations(report, responses), responses, isDetermined)).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('leaves them open across two waves of the same review', () => {
    fc.assert(
      fc.property(group(3, 5), group(0, 5), (first, second) => {
        const one = first.map((values) => rater('peer', values));
        const two = second.map((values) => rater('peer', values));
        const equations = [
          ...shownEquations(build({ responses: one }), one),
          ...shownEquations(build({ responses: two }), two),
        ];
        expect(findLeak(equations, [...one, ...two], isDetermined)).toBeNull();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('shows statement means in most complete groups (the rule is not "never")', () => {
    const complete = ([3, 4, 5, 4] as const).map((n) => rater('peer', [n, n, 4, 4, 3, 5]));
    expect(complete.every(isCounted)).toBe(true);
    expect(ratedItems(complete[0] ?? rater('peer', []))).toHaveLength(6);
    const report = build({ responses: complete });
    expect(report.items.filter((item) => item.others !== null)).toHaveLength(6);
  });
});
