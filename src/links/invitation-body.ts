import { raterCategories, type Invitation } from '../domain/review/review';
import { languages } from '../domain/instrument/settings';
import { BinaryReader } from './binary-reader';
import { BinaryWriter } from './binary-writer';
import {
  PUBLIC_KEY_BYTES,
  REVIEW_ID_BYTES,
  SHORT_ID_BYTES,
  readCalendarDay,
  readChoice,
  readId,
  writeCalendarDay,
  writeChoice,
  writeId,
} from './field-codecs';
import { LinkFormatError } from './link-result';

const HAS_RATER_ID = 1;
const HAS_OWNER_EMAIL = 2;
const HAS_OWNER_NAME = 4;

/** Version 1 of the invitation body; any change to this order needs a new format version. */
export function writeInvitationBody(invitation: Invitation): Uint8Array<ArrayBuffer> {
  const writer = new BinaryWriter();
  writeId(writer, invitation.reviewId, REVIEW_ID_BYTES);
  writeChoice(writer, raterCategories, invitation.category);
  const hasRaterId = invitation.raterId !== undefined;
  const hasOwnerEmail = invitation.ownerEmail !== undefined;
  const hasOwnerName = invitation.ownerName !== undefined;
  writer.writeU8(
    (hasRaterId ? HAS_RATER_ID : 0) |
      (hasOwnerEmail ? HAS_OWNER_EMAIL : 0) |
      (hasOwnerName ? HAS_OWNER_NAME : 0),
  );
  if (invitation.raterId !== undefined) writeId(writer, invitation.raterId, SHORT_ID_BYTES);
  writer.writeString(invitation.subjectName);
  writer.writeString(invitation.message);
  writeCalendarDay(writer, invitation.dueDate);
  writeChoice(writer, languages, invitation.language);
  writer.writeString(invitation.instrumentVersion);
  writeId(writer, invitation.ownerPublicKey, PUBLIC_KEY_BYTES);
  if (invitation.ownerEmail !== undefined) writer.writeString(invitation.ownerEmail);
  if (invitation.ownerName !== undefined) writer.writeString(invitation.ownerName);
  return writer.toBytes();
}

/** Returns the fields unchecked; the caller validates them with invitationSchema. */
export function readInvitationBody(bytes: Uint8Array): Record<string, unknown> {
  const reader = new BinaryReader(bytes);
  const reviewId = readId(reader, REVIEW_ID_BYTES);
  const category = readChoice(reader, raterCategories);
  const flags = reader.readU8();
  const knownFlags = HAS_RATER_ID | HAS_OWNER_EMAIL | HAS_OWNER_NAME;
  if ((flags & ~knownFlags) !== 0) throw new LinkFormatError('damaged');
  const raterId = flags & HAS_RATER_ID ? readId(reader, SHORT_ID_BYTES) : undefined;
  const subjectName = reader.readString();
  const message = reader.readString();
  const dueDate = readCalendarDay(reader);
  const language = readChoice(reader, languages);
  const instrumentVersion = reader.readString();
  const ownerPublicKey = readId(reader, PUBLIC_KEY_BYTES);
  const ownerEmail = flags & HAS_OWNER_EMAIL ? reader.readString() : undefined;
  const ownerName = flags & HAS_OWNER_NAME ? reader.readString() : undefined;
  reader.assertEnd();
  return {
    reviewId,
    category,
    ...(raterId === undefined ? {} : { raterId }),
    subjectName,
    message,
    dueDate,
    language,
    instrumentVersion,
    ownerPublicKey,
    ...(ownerEmail === undefined ? {} : { ownerEmail }),
    ...(ownerName === undefined ? {} : { ownerName }),
  };
}
