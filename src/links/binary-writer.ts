const utf8 = new TextEncoder();

/** Builds a link body byte by byte; every field has one fixed encoding so codes are stable. */
export class BinaryWriter {
  private readonly bytes: number[] = [];

  writeU8(value: number): void {
    this.assertRange(value, 0xff);
    this.bytes.push(value);
  }

  writeU16(value: number): void {
    this.assertRange(value, 0xffff);
    this.bytes.push(value >> 8, value & 0xff);
  }

  /** LEB128: lengths below 128 (almost every string here) cost one byte. */
  writeVarUint(value: number): void {
    this.assertRange(value, 0xffffffff);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  writeBytes(bytes: Uint8Array, expectedLength: number): void {
    if (bytes.length !== expectedLength) {
      throw new RangeError(`expected ${expectedLength} bytes, got ${bytes.length}`);
    }
    this.bytes.push(...bytes);
  }

  /** Lone surrogates become U+FFFD, as in every browser's own UTF-8 encoding. */
  writeString(text: string): void {
    const encoded = utf8.encode(text);
    this.writeVarUint(encoded.length);
    this.bytes.push(...encoded);
  }

  /** Values 0–7, three bits each, first value in the high bits; unused low bits stay zero. */
  writePackedTriplets(values: readonly number[]): void {
    let buffer = 0;
    let bits = 0;
    for (const value of values) {
      this.assertRange(value, 7);
      buffer = (buffer << 3) | value;
      bits += 3;
      if (bits >= 8) {
        bits -= 8;
        this.bytes.push((buffer >> bits) & 0xff);
        buffer &= (1 << bits) - 1;
      }
    }
    if (bits > 0) this.bytes.push((buffer << (8 - bits)) & 0xff);
  }

  toBytes(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.bytes);
  }

  private assertRange(value: number, max: number): void {
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`${value} is outside 0…${max}`);
    }
  }
}

export function joinBytes(
  ...parts: readonly (Uint8Array | readonly number[])[]
): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
