import fc from 'fast-check';
import { encodeBase64Url } from '../../src/links/base64url';
import { joinBytes } from '../../src/links/binary-writer';
import type { FuzzPool } from './fuzz-pool';
import type { FuzzInput } from './fuzz-categories';
import { fieldRanges, render } from './fuzz-codes';

/** Two valid codes combined: cut and joined, header of one on the body of another, fields swapped. */
export function splice(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  return fc
    .record({
      a: fc.constantFrom(...pool.codes),
      b: fc.constantFrom(...pool.codes),
      mode: fc.constantFrom('cut', 'header', 'field', 'range'),
      i: fc.nat(),
      j: fc.nat(),
      asUrl: fc.boolean(),
    })
    .map(({ a, b, mode, i, j, asUrl }) => {
      let bytes: Uint8Array<ArrayBuffer>;
      if (mode === 'cut') {
        bytes = joinBytes(
          a.bytes.subarray(0, i % (a.bytes.length + 1)),
          b.bytes.subarray(j % (b.bytes.length + 1)),
        );
      } else if (mode === 'header') {
        bytes = joinBytes(a.bytes.subarray(0, 18), b.bytes.subarray(18));
      } else if (mode === 'field') {
        const fieldsA = fieldRanges(a.kind, a.bytes.length);
        const fieldsB = fieldRanges(b.kind, b.bytes.length);
        const [start, end] = fieldsA[i % fieldsA.length] ?? [0, 0];
        const [fromB, toB] = fieldsB[i % fieldsB.length] ?? [0, 0];
        bytes = joinBytes(
          a.bytes.subarray(0, start),
          b.bytes.subarray(fromB, toB),
          a.bytes.subarray(end),
        );
      } else {
        const shorter = Math.min(a.bytes.length, b.bytes.length);
        const start = i % shorter;
        const end = Math.min(shorter, start + 1 + (j % 32));
        bytes = a.bytes.slice();
        bytes.set(b.bytes.subarray(start, end), start);
      }
      return { text: render(a.kind, encodeBase64Url(bytes), asUrl) };
    });
}
