import { allItemIds } from '../domain/instrument/instrument';
import type { RaterResponse } from '../domain/review/review';
import { languages } from '../domain/instrument/settings';
import { BinaryReader } from './binary-reader';
import { BinaryWriter } from './binary-writer';
import { SHORT_ID_BYTES, readChoice, readId, writeChoice, writeId } from './field-codecs';
import { LinkFormatError } from './link-result';

/** The sealed part of a response; review id and category travel in the clear header instead. */
export type ResponseBody = Omit<RaterResponse, 'reviewId' | 'category'>;

const HAS_RATER_ID = 1;
/** Answers are 0 (not observed) or 1–5; 7 marks an item the rater left blank. */
const ABSENT = 7;

/** Version 1 of the response body; any change to this order needs a new format version. */
export function writeResponseBody(body: ResponseBody): Uint8Array<ArrayBuffer> {
  const writer = new BinaryWriter();
  writeId(writer, body.responseId, SHORT_ID_BYTES);
  writer.writeU8(body.raterId === undefined ? 0 : HAS_RATER_ID);
  if (body.raterId !== undefined) writeId(writer, body.raterId, SHORT_ID_BYTES);
  writeChoice(writer, languages, body.language);
  writer.writeString(body.instrumentVersion);
  const answers: Partial<Record<string, number>> = body.answers;
  writer.writePackedTriplets(allItemIds().map((id) => answers[id] ?? ABSENT));
  writer.writeString(body.strength);
  writer.writeString(body.develop);
  writer.writeString(body.raterName);
  return writer.toBytes();
}

/** Returns the fields unchecked; the caller validates them with raterResponseSchema. */
export function readResponseBody(bytes: Uint8Array): Record<string, unknown> {
  const reader = new BinaryReader(bytes);
  const responseId = readId(reader, SHORT_ID_BYTES);
  const flags = reader.readU8();
  if ((flags & ~HAS_RATER_ID) !== 0) throw new LinkFormatError('damaged');
  const raterId = flags & HAS_RATER_ID ? readId(reader, SHORT_ID_BYTES) : undefined;
  const language = readChoice(reader, languages);
  const instrumentVersion = reader.readString();
  const itemIds = allItemIds();
  const values = reader.readPackedTriplets(itemIds.length);
  const answers = Object.fromEntries(
    itemIds.flatMap((id, index) => (values[index] === ABSENT ? [] : [[id, values[index]]])),
  );
  const strength = reader.readString();
  const develop = reader.readString();
  const raterName = reader.readString();
  reader.assertEnd();
  return {
    responseId,
    ...(raterId === undefined ? {} : { raterId }),
    language,
    instrumentVersion,
    answers,
    strength,
    develop,
    raterName,
  };
}
