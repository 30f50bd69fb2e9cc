/* A seeded random source and the small helpers the heavy history builds everything from. */

export interface Random {
  next: () => number;
  pick: <T>(list: readonly T[]) => T;
  bytes: (length: number) => Uint8Array;
}

/** mulberry32: tiny, fast and plenty for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  };
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
  return { next, pick, bytes };
}

export function sentences(random: Random, pool: readonly string[], max: number): string {
  const count = Math.floor(random.next() * (max + 1));
  return Array.from({ length: count }, () => random.pick(pool)).join(' ');
}

export function uuid(random: Random): string {
  const hex = Array.from(random.bytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

export function days(from: Date, count: number): Date {
  return new Date(from.getTime() + count * 86_400_000);
}

const start = new Date('2016-01-11T09:30:00.000Z');

/** Spreads `count` dates evenly over the ten years from `start`, the latest last. */
export function spread(count: number): Date[] {
  return Array.from({ length: count }, (_, i) => days(start, Math.floor((i * 3650) / count)));
}
