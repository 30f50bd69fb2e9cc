// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryReader } from '../../../src/links/binary-reader';
import { BinaryWriter } from '../../../src/links/binary-writer';
import { LinkFormatError } from '../../../src/links/link-result';

function readerOf(write: (writer: BinaryWriter) => void): BinaryReader {
  const writer = new BinaryWriter();
  write(writer);
  return new BinaryReader(writer.toBytes());
}

function linkErrorCode(read: () => unknown): string | null {
  try {
    read();
  } catch (error) {
    return error instanceof LinkFormatError ? error.code : 'other';
  }
  return null;
}

describe('BinaryWriter and BinaryReader', () => {
  it('reads back every field type in order', () => {
    const reader = readerOf((writer) => {
      writer.writeU8(200);
      writer.writeU16(54_321);
      writer.writeVarUint(0xffffffff);
      writer.writeBytes(Uint8Array.from([1, 2, 3]), 3);
      writer.writeString('Zoë Ñúñez 李 🧗');
      writer.writePackedTriplets([7, 0, 5, 1, 3]);
    });

    expect(reader.readU8()).toBe(200);
    expect(reader.readU16()).toBe(54_321);
    expect(reader.readVarUint()).toBe(0xffffffff);
    expect(reader.readBytes(3)).toEqual(Uint8Array.from([1, 2, 3]));
    expect(reader.readString()).toBe('Zoë Ñúñez 李 🧗');
    expect(reader.readPackedTriplets(5)).toEqual([7, 0, 5, 1, 3]);
    expect(() => {
      reader.assertEnd();
    }).not.toThrow();
  });

  it('packs thirty answers into twelve bytes', () => {
    const writer = new BinaryWriter();
    writer.writePackedTriplets(Array.from({ length: 30 }, (_, index) => index % 8));

    expect(writer.toBytes()).toHaveLength(12);
  });

  it('round-trips any varuint and any triplet list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 40 }),
        (number, triplets) => {
          const reader = readerOf((writer) => {
            writer.writeVarUint(number);
            writer.writePackedTriplets(triplets);
          });
          expect(reader.readVarUint()).toBe(number);
          expect(reader.readPackedTriplets(triplets.length)).toEqual(triplets);
          reader.assertEnd();
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a byte past the end', () => new BinaryReader(new Uint8Array(0)).readU8()],
    [
      'a string longer than the bytes left',
      () => new BinaryReader(Uint8Array.from([5, 65])).readString(),
    ],
    ['invalid UTF-8', () => new BinaryReader(Uint8Array.from([2, 0xc3, 0x28])).readString()],
    [
      'a varuint that never ends',
      () => new BinaryReader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).readVarUint(),
    ],
    [
      'a varuint above 32 bits',
      () => new BinaryReader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x1f])).readVarUint(),
    ],
    [
      'triplet padding that is not zero',
      () => new BinaryReader(Uint8Array.from([0x01])).readPackedTriplets(2),
    ],
    ['trailing bytes', () => new BinaryReader(Uint8Array.from([0])).assertEnd()],
  ])('refuses %s as damaged', (_, read) => {
    expect(linkErrorCode(read)).toBe('damaged');
  });

  it('refuses to write values its fields cannot hold', () => {
    const writer = new BinaryWriter();

    expect(() => writer.writeU8(256)).toThrow(RangeError);
    expect(() => writer.writeU16(-1)).toThrow(RangeError);
    expect(() => writer.writePackedTriplets([8])).toThrow(RangeError);
    expect(() => writer.writeBytes(new Uint8Array(2), 3)).toThrow(RangeError);
  });
});
