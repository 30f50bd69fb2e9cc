import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSeededRandom,
  hashSeed,
  shuffleWithSeed,
} from '../../../../src/domain/review/shuffle';

describe('hashSeed', () => {
  it('hashes the same text to the same unsigned 32-bit number', () => {
    expect(hashSeed('review-1')).toBe(hashSeed('review-1'));
    expect(hashSeed('review-1')).not.toBe(hashSeed('review-2'));
    expect(Number.isInteger(hashSeed(''))).toBe(true);
  });
});

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed and stays within [0, 1)', () => {
    const first = createSeededRandom(42);
    const second = createSeededRandom(42);
    const values = Array.from({ length: 100 }, () => first());

    expect(Array.from({ length: 100 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('shuffleWithSeed', () => {
  it('returns a permutation of its input and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (list, seed) => {
        const copy = [...list];
        const shuffled = shuffleWithSeed(list, seed);

        expect(list).toEqual(copy);
        expect([...shuffled].sort()).toEqual([...list].sort());
      }),
    );
  });

  it('is deterministic for a seed', () => {
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

    expect(shuffleWithSeed(list, 'seed')).toEqual(shuffleWithSeed(list, 'seed'));
  });
});
