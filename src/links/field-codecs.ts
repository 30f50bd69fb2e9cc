import { decodeBase64Url, encodeBase64Url } from './base64url';
import type { BinaryReader } from './binary-reader';
import type { BinaryWriter } from './binary-writer';
import { LinkFormatError } from './link-result';

/** Sizes from review.ts: 16-byte review ids, 8-byte rater and response ids, raw P-256 points. */
export const REVIEW_ID_BYTES = 16;
export const SHORT_ID_BYTES = 8;
export const PUBLIC_KEY_BYTES = 65;

/** Ids travel as their random bytes: 16 bytes cost 22 characters as text but 16 as bytes. */
export function writeId(writer: BinaryWriter, id: string, byteLength: number): void {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(id);
  } catch {
    throw new RangeError(`${id} is not a base64url id`);
  }
  writer.writeBytes(bytes, byteLength);
}

export function readId(reader: BinaryReader, byteLength: number): string {
  return encodeBase64Url(reader.readBytes(byteLength));
}

/** Enumerations travel as their index, so the list order is part of the format: only append. */
export function writeChoice<T>(writer: BinaryWriter, options: readonly T[], value: T): void {
  const index = options.indexOf(value);
  if (index < 0) throw new RangeError(`${String(value)} is not one of the options`);
  writer.writeU8(index);
}

export function readChoice<T>(reader: BinaryReader, options: readonly T[]): T {
  const value = options[reader.readU8()];
  if (value === undefined) throw new LinkFormatError('damaged');
  return value;
}

const DAY_MS = 86_400_000;
const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 in two bytes reach 2149; a date that is not on the calendar is refused. */
export function writeCalendarDay(writer: BinaryWriter, isoDate: string): void {
  const [, year, month, day] = dateParts.exec(isoDate) ?? [];
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const days = time / DAY_MS;
  if (!Number.isInteger(days) || formatDay(days) !== isoDate) {
    throw new RangeError(`${isoDate} is not a calendar date`);
  }
  writer.writeU16(days);
}

export function readCalendarDay(reader: BinaryReader): string {
  return formatDay(reader.readU16());
}

function formatDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
