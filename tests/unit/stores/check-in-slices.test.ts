import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInSlices } from '../../../src/stores/check-in-slices';
import { persistedStateSchema } from '../../../src/stores/persisted-state';
import { buildHistory } from '../../support/heavy-state';
import { richState } from './storage-fault-fixtures';

type Json = unknown;
type Path = (string | number)[];

/** Every place in a JSON value, the root included. */
function pathsOf(value: Json, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Array.isArray(value)
    ? value.map((child, index) => pathsOf(child, [...at, index]))
    : Object.entries(value).map(([key, child]) => pathsOf(child, [...at, key]));
  return [at, ...children.flat()];
}

/** A copy of `value` with the place at `path` replaced, or removed when `replacement` is undefined. */
function changedAt(value: Json, path: Path, replacement: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy: Json[] = value.slice();
    if (rest.length === 0 && replacement === undefined) copy.splice(head, 1);
    else copy[head] = changedAt(copy[head], rest, replacement);
    return copy;
  }
  if (typeof value !== 'object' || value === null) return value;
  const key = String(head);
  const entries = Object.entries(value).filter(
    ([name]) => name !== key || rest.length > 0 || replacement !== undefined,
  );
  return Object.fromEntries(
    entries.map(([name, child]) => [
      name,
      name === key ? changedAt(child, rest, replacement) : child,
    ]),
  );
}

const noPause = () => Promise.resolve();
const stored = (): Json => JSON.parse(JSON.stringify(richState()));

describe('checking saved data in slices', () => {
  it('relies on lists without checks of their own, so checking their items one by one is the same', () => {
    const { assessments, reviews, sharedReports } = persistedStateSchema.shape;
    for (const list of [assessments, reviews, sharedReports])
      expect(list.def.checks).toBeUndefined();
    expect(persistedStateSchema.def.checks).toBeUndefined();
  });

  it('returns exactly what one full check returns for a ten-year history', async () => {
    const history: Json = JSON.parse(
      JSON.stringify(buildHistory({ assessments: 8, reviews: 4, responsesPerReview: 5, goals: 6 })),
    );

    expect(await checkInSlices(history, persistedStateSchema, noPause)).toStrictEqual(
      persistedStateSchema.parse(history),
    );
  });

  it('pauses between slices so the page can paint', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };

    await checkInSlices(stored(), persistedStateSchema, pause);

    expect(pauses).toBeGreaterThanOrEqual(1);
  });

  it('gives the same verdict and data as one full check, whatever is changed or removed', async () => {
    const original = stored();
    const paths = pathsOf(original);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: paths.length - 1 }),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        async (index, replacement) => {
          const changed = changedAt(original, paths[index] ?? [], replacement);

          expect(await checkInSlices(changed, persistedStateSchema, noPause)).toStrictEqual(
            persistedStateSchema.safeParse(changed).data,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([null, [], 'text', { assessments: 'none' }])('refuses %j as a whole', async (state) => {
    expect(await checkInSlices(state, persistedStateSchema, noPause)).toBeUndefined();
  });
});
