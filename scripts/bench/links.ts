import { allItemIds } from '../../src/domain/instrument/instrument';
import {
  MAX_MESSAGE,
  raterCategories,
  type Invitation,
  type RaterResponse,
} from '../../src/domain/review/review';
import { languages } from '../../src/domain/instrument/settings';
import { deflateRaw } from '../../src/links/compression';
import { REVIEW_ID_BYTES } from '../../src/links/field-codecs';
import { packInvitation } from '../../src/links/invitation-link';
import { invitationUrl, responseUrl } from '../../src/links/link-url';
import { NONCE_BYTES } from '../../src/links/response-cipher';
import { sealResponse } from '../../src/links/response-seal';
import { raterAnswers } from '../../tests/support/heavy-answers';
import { createRandom } from '../../tests/support/heavy-random';
import {
  createOwner,
  sampleInvitation,
  sampleResponse,
} from '../../tests/unit/links/link-fixtures';
import type { BenchSection } from './section';

/** The same base as tests/unit/links/link-sizes.test.ts, so the figures compare. */
const BASE = 'https://example.org/ascent/';

/** English prose as owners and raters write it, each at the length the row names. */
const message =
  'Hi all! I am preparing for a chief learning officer role and would value your honest view ' +
  'of how I lead today. The questions take about ten minutes. Your answers are sealed so only ' +
  'I can open them, and group results appear only when at least three people answer. Many ' +
  'thanks, Ana.';
const strength =
  'Ana explains the why behind every programme, so people understand what the learning is for ' +
  'and how it connects to the business plan. In leadership meetings, she brings data and is ' +
  'honest about what the numbers cannot show yet. When the reorganisation changed our ' +
  'priorities midway through the year, she stayed calm, rebuilt the roadmap with the team in ' +
  'two weeks and kept everybody informed. She also makes room for others to present their own ' +
  'work to senior leaders, which has really grown the team.';
const develop =
  'I would like Ana to bring finance into planning much earlier, ideally before the budget ' +
  'round rather than during it, so the business case is shared from the start. Her metrics are ' +
  'strong on participation and satisfaction but thinner on business outcomes such as time to ' +
  'productivity or staff retention. In executive meetings she often waits far too long to ' +
  'speak up; her view is usually right and arrives late. Lastly, delegating more of the vendor ' +
  'negotiations would free her time for strategy work.';

/** A P-256 point needs its x coordinate and the sign of y: 257 bits, 33 bytes compressed. */
const POINT_BITS = 257;
const GCM_TAG_BITS = 128;
const REVIEW_ID_BITS = REVIEW_ID_BYTES * 8;
/** An index into the item-bank versions the app knows, rather than the version's text. */
const VERSION_BITS = 8;
/** A due date within a year of sending. */
const DUE_DATE_BITS = Math.log2(366);
/** Each item 0 (not observed) to 5, every item answered as in the measured response. */
const ANSWERS_BITS = allItemIds().length * Math.log2(6);
const choiceBits = (options: readonly unknown[]) => Math.log2(options.length);

const NOTE =
  'URL characters: the real code from packInvitation / sealResponse on ' +
  `${BASE}, fixtures from tests/unit/links/link-fixtures.ts, English prose texts. ` +
  'Floor: the information in the same content, in base64url characters (6 bits each, rounded ' +
  'up) after the same URL prefix. Invitation: review id 128 bits + rater group log2(5) + 3 ' +
  'optional-field flags + due date within a year log2(366) + language log2(3) + item-bank ' +
  'version as a 1-byte index + owner key as a compressed P-256 point (257 bits). Response: ' +
  'review id 128 bits + group log2(5) to route it + language + version byte + 1 flag + 30 ' +
  'answers × log2(6) ≈ 78 bits + ephemeral key 257 bits + AES-GCM nonce 96 + tag 128; the ' +
  'response id is left out (the ephemeral key is already unique per response). Free text ' +
  '(subject name, message, comments) counts as min(UTF-8 bytes, deflate-raw of the text alone): ' +
  'a general-purpose bound, not the entropy of English (a language model would go lower). ' +
  'Checksum, format tag and length prefixes are left out. A lower bound, not a target. Real ' +
  'URLs vary by a few characters between runs: keys are fresh, so deflate output varies.';

interface Floor {
  fieldBits: number;
  textBits: number;
}

async function measureText(texts: readonly string[]): Promise<number> {
  const joined = texts.filter((text) => text !== '').join('\n');
  if (joined === '') return 0;
  const utf8 = new TextEncoder().encode(joined);
  return 8 * Math.min(utf8.length, (await deflateRaw(utf8)).length);
}

async function invitationFloor(invitation: Invitation): Promise<Floor> {
  const fieldBits =
    REVIEW_ID_BITS +
    choiceBits(raterCategories) +
    3 +
    DUE_DATE_BITS +
    choiceBits(languages) +
    VERSION_BITS +
    POINT_BITS;
  return { fieldBits, textBits: await measureText([invitation.subjectName, invitation.message]) };
}

async function responseFloor(response: RaterResponse): Promise<Floor> {
  const routing = REVIEW_ID_BITS + choiceBits(raterCategories);
  const body = choiceBits(languages) + VERSION_BITS + 1 + ANSWERS_BITS;
  const sealing = POINT_BITS + NONCE_BYTES * 8 + GCM_TAG_BITS;
  const texts = [response.strength, response.develop, response.raterName];
  return { fieldBits: routing + body + sealing, textBits: await measureText(texts) };
}

function toRow(label: string, url: string, prefix: string, floor: Floor): (string | number)[] {
  const floorChars = prefix.length + Math.ceil((floor.fieldBits + floor.textBits) / 6);
  const ratio = Math.round((url.length / floorChars) * 100) / 100;
  return [label, url.length, floorChars, ratio, Math.ceil(floor.fieldBits), floor.textBits];
}

async function invitationRow(label: string, ownerKey: string, text: string) {
  const invitation = sampleInvitation(ownerKey, { message: text, language: 'en' });
  const url = invitationUrl(BASE, await packInvitation(invitation));
  return toRow(label, url, invitationUrl(BASE, ''), await invitationFloor(invitation));
}

async function responseRow(label: string, ownerKey: string, comments: Partial<RaterResponse>) {
  const answers = raterAnswers(createRandom(7));
  const response = sampleResponse({ answers, language: 'en', ...comments });
  const url = responseUrl(BASE, await sealResponse(response, ownerKey));
  return toRow(label, url, responseUrl(BASE, ''), await responseFloor(response));
}

export async function benchLinks(): Promise<BenchSection> {
  if (message.length !== MAX_MESSAGE || strength.length !== 500 || develop.length !== 500) {
    throw new Error('the texts must be as long as the rows say');
  }
  const ownerKey = (await createOwner()).publicKey;
  return {
    title: 'Link lengths (characters)',
    note: NOTE,
    columns: ['link', 'URL', 'floor', 'URL ÷ floor', 'floor: fields bits', 'floor: text bits'],
    rows: [
      await invitationRow('invitation, no message', ownerKey, ''),
      await invitationRow('invitation, 280-character message', ownerKey, message),
      await responseRow('response, no comments', ownerKey, {}),
      await responseRow('response, two 500-character comments', ownerKey, { strength, develop }),
    ],
  };
}
