import { LinkFormatError } from './link-result';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads what BinaryWriter wrote. Any overrun, malformed number or invalid UTF-8 throws
 * LinkFormatError('damaged'), so hostile bytes cannot surface as any other error.
 */
export class BinaryReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  readU8(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new LinkFormatError('damaged');
    this.offset += 1;
    return value;
  }

  readU16(): number {
    return (this.readU8() << 8) | this.readU8();
  }

  readVarUint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.readU8();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        if (value > 0xffffffff) break;
        return value;
      }
    }
    throw new LinkFormatError('damaged');
  }

  readBytes(length: number): Uint8Array<ArrayBuffer> {
    if (length > this.bytes.length - this.offset) throw new LinkFormatError('damaged');
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  readRest(): Uint8Array<ArrayBuffer> {
    return this.readBytes(this.bytes.length - this.offset);
  }

  readString(): string {
    const bytes = this.readBytes(this.readVarUint());
    try {
      return utf8.decode(bytes);
    } catch {
      throw new LinkFormatError('damaged');
    }
  }

  readPackedTriplets(count: number): number[] {
    const bytes = this.readBytes(Math.ceil((count * 3) / 8));
    const values: number[] = [];
    let buffer = 0;
    let bits = 0;
    for (const byte of bytes) {
      buffer = (buffer << 8) | byte;
      bits += 8;
      while (bits >= 3 && values.length < count) {
        bits -= 3;
        values.push((buffer >> bits) & 7);
      }
      buffer &= (1 << bits) - 1;
    }
    if (buffer !== 0) throw new LinkFormatError('damaged');
    return values;
  }

  /** Trailing bytes mean the body is not what this version writes. */
  assertEnd(): void {
    if (this.offset !== this.bytes.length) throw new LinkFormatError('damaged');
  }
}
