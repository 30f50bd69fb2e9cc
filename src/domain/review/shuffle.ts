/** FNV-1a: a small, well-spread 32-bit hash, enough to turn a text seed into PRNG state. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: deterministic across browsers, unlike Math.random, so a report renders the same twice. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Orders a list by one random key per entry: a uniform shuffle like Fisher–Yates, without
 * index swaps. Equal keys (vanishingly rare) keep input order, so the result stays deterministic.
 */
export function shuffleWithSeed<T>(list: readonly T[], seed: string): T[] {
  const random = createSeededRandom(hashSeed(seed));
  return list
    .map((value) => ({ value, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.value);
}
