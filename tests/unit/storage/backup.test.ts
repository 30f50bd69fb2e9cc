import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newerVersions, unsupportedVersions } from '../support/version-cases';
import type {
  CompletedAssessment,
  DraftAssessment,
} from '../../../src/domain/assessment/assessment';
import { allItemIds } from '../../../src/domain/instrument/instrument';
import type { OwnedReview } from '../../../src/domain/review/owned-review';
import { raterDraftKey, type RaterDraft } from '../../../src/domain/review/rater-draft';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_RATER_NAME,
  MIN_ANONYMITY_THRESHOLD,
  raterCategories,
} from '../../../src/domain/review/review';
import { ratingValues } from '../../../src/domain/instrument/scale';
import { languages } from '../../../src/domain/instrument/settings';
import { skillIds } from '../../../src/domain/instrument/skills';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  backupDataSchema,
  createBackup,
  mergeBackup,
  parseBackup,
  type Backup,
  type BackupData,
  type BackupError,
  type BackupResult,
} from '../../../src/storage/backup';
import { invitationArbitrary, responseArbitrary } from '../links/link-fixtures';
import {
  OTHER_REVIEW_ID,
  PUBLIC_KEY,
  REVIEW_ID,
  invitation,
  ownedReview,
  raterDraft,
  raterResponse,
  receivedResponse,
} from '../support/reviews';

const NOW = new Date('2025-03-04T05:06:07.089Z');

function assessment(id: string, completedAt = '2025-01-02T03:04:05.000Z'): CompletedAssessment {
  return { id, completedAt, instrumentVersion: '2026.1', answers: { 'ep-1': 4, 'ra-6': 2 } };
}

const draft: DraftAssessment = {
  startedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-01T10:05:00.000Z',
  instrumentVersion: '2026.1',
  answers: { 'st-1': 3 },
  currentSkill: 'strategic-thinking',
  currentItemId: 'st-1',
};

/** Only the slices every backup has; the later ones take their defaults. */
const emptyData: BackupData = backupDataSchema.parse({
  assessments: [],
  draft: null,
  settings: { language: null },
});

const data: BackupData = {
  ...emptyData,
  assessments: [assessment('a1'), assessment('a2', '2025-01-03T00:00:00.000Z')],
  draft,
  settings: { language: 'es' },
};

function responsesWith(reviewId: string, responseIds: readonly string[]) {
  return responseIds.map((responseId) => receivedResponse(raterResponse({ reviewId, responseId })));
}

function reviewWith(id: string, responseIds: readonly string[]): OwnedReview {
  return ownedReview({ id, responses: responsesWith(id, responseIds) });
}

function responseIdsOf(review: OwnedReview): string[] {
  return review.responses.map((received) => received.response.responseId);
}

function backupOf(result: BackupResult): Backup {
  if (!result.ok) throw new Error(`expected a backup, got error ${result.error.code}`);
  return result.value;
}

function errorOf(result: BackupResult): BackupError {
  if (result.ok) throw new Error('expected an error, got a backup');
  return result.error;
}

function detailOf(result: BackupResult): string {
  const error = errorOf(result);
  if (error.code !== 'invalid') throw new Error(`expected 'invalid', got ${error.code}`);
  return error.detail;
}

/** A backup file with `changes` applied on top of a valid one. */
function fileWith(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...createBackup(data, NOW), ...changes });
}

describe('createBackup and parseBackup', () => {
  it('stamps the format, version and export time', () => {
    expect(createBackup(data, NOW)).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-03-04T05:06:07.089Z',
      data,
    });
  });

  it('reads back exactly what was written', () => {
    const backup = createBackup(data, NOW);

    expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
  });

  it('reads back a pretty-printed backup of empty data', () => {
    const backup = createBackup(emptyData, NOW);

    expect(backupOf(parseBackup(JSON.stringify(backup, null, 2)))).toEqual(backup);
  });

  it('reads a backup written before 360 reviews with no reviews and no rater drafts', () => {
    const { assessments, draft: savedDraft, settings } = data;
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      data: { assessments, draft: savedDraft, settings },
    });

    expect(backupOf(parseBackup(text)).data).toMatchObject({
      assessments,
      draft: savedDraft,
      settings,
      reviews: [],
      raterDrafts: {},
    });
  });

  it('reads back reviews and rater drafts exactly', () => {
    const backup = createBackup(
      {
        ...data,
        reviews: [ownedReview({ responses: [receivedResponse(raterResponse())] })],
        raterDrafts: { [raterDraftKey(invitation())]: raterDraft() },
      },
      NOW,
    );

    expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
  });

  it('refuses a file longer than the limit before parsing it', () => {
    const text = ' '.repeat(MAX_BACKUP_BYTES + 1);

    expect(errorOf(parseBackup(text))).toEqual({ code: 'too-large' });
  });

  it.each(['', '{', 'not json', '{"format":"ascent-backup",}', "{'a':1}"])(
    'refuses %j as not JSON',
    (text) => {
      expect(errorOf(parseBackup(text))).toEqual({ code: 'not-json' });
    },
  );

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"ascent-backup"'],
    ['another format', fileWith({ format: 'other-app' })],
    ['a missing format', fileWith({ format: undefined })],
  ])('refuses %s as the wrong format', (_case, text) => {
    expect(errorOf(parseBackup(text))).toEqual({ code: 'wrong-format' });
  });

  it.each(newerVersions)('refuses version %d as newer, saying which versions', (version) => {
    expect(errorOf(parseBackup(fileWith({ version })))).toEqual({
      code: 'newer-version',
      found: String(version),
      supported: 1,
    });
  });

  it.each(unsupportedVersions)(
    'refuses version %j as unsupported, showing it as %s',
    (version, found) => {
      expect(errorOf(parseBackup(fileWith({ version })))).toEqual({
        code: 'unsupported-version',
        found,
        supported: 1,
      });
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
    ['a bad export time', { exportedAt: 'now' }, 'exportedAt'],
    ['missing data', { data: undefined }, 'data'],
    [
      'an out-of-range rating',
      { data: { ...data, assessments: [{ ...assessment('a1'), answers: { 'ep-1': 9 } }] } },
      'data.assessments.0.answers.ep-1',
    ],
    ['an unknown language', { data: { ...data, settings: { language: 'de' } } }, 'data.settings'],
    [
      'a draft on an unknown step',
      { data: { ...data, draft: { ...draft, currentSkill: 'x' } } },
      'data.draft',
    ],
    [
      'a review with a malformed id',
      { data: { ...data, reviews: [{ ...ownedReview(), id: 'short' }] } },
      'data.reviews.0.id',
    ],
    [
      'a review without waves',
      { data: { ...data, reviews: [{ ...ownedReview(), waves: [] }] } },
      'data.reviews.0.waves',
    ],
    [
      'a rater draft with an out-of-range answer',
      { data: { ...data, raterDrafts: { key: { ...raterDraft(), answers: { 'ep-1': 6 } } } } },
      'data.raterDrafts.key',
    ],
  ])('refuses %s as invalid, naming the field', (_case, changes, path) => {
    const detail = detailOf(parseBackup(fileWith(changes)));

    expect(detail.startsWith(path)).toBe(true);
  });
});

describe('mergeBackup', () => {
  it('adds only assessments whose id is unknown and counts them', () => {
    const current: BackupData = { ...emptyData, assessments: [assessment('a1'), assessment('a3')] };
    const incoming: BackupData = {
      ...emptyData,
      assessments: [
        assessment('a1', '2020-01-01T00:00:00.000Z'),
        assessment('a2'),
        assessment('a4'),
      ],
    };

    const merged = mergeBackup(current, incoming);

    expect(merged.added).toBe(2);
    expect(merged.data.assessments.map((entry) => entry.id)).toEqual(['a1', 'a3', 'a2', 'a4']);
    expect(merged.data.assessments[0]).toEqual(assessment('a1'));
  });

  it('adds an assessment repeated inside the backup only once', () => {
    const incoming: BackupData = {
      ...emptyData,
      assessments: [assessment('a1'), assessment('a1', '2020-01-01T00:00:00.000Z')],
    };
    const merged = mergeBackup(emptyData, incoming);
    expect(merged.added).toBe(1);
    expect(merged.data.assessments).toEqual([assessment('a1')]);
  });

  it('adds nothing when every assessment is already known', () => {
    const merged = mergeBackup(data, data);

    expect(merged.added).toBe(0);
    expect(merged.data).toEqual(data);
  });

  it('keeps the current draft and settings when they are set', () => {
    const otherDraft: DraftAssessment = { ...draft, answers: { 'ba-2': 5 } };

    const merged = mergeBackup(data, {
      ...emptyData,
      draft: otherDraft,
      settings: { language: 'fr' },
    });

    expect(merged.data.draft).toEqual(draft);
    expect(merged.data.settings).toEqual({ language: 'es' });
  });

  it('takes the incoming draft and settings when the current ones are unset', () => {
    const merged = mergeBackup(emptyData, data);

    expect(merged.data.draft).toEqual(draft);
    expect(merged.data.settings).toEqual({ language: 'es' });
    expect(merged.added).toBe(2);
  });

  it('does not change the data it was given', () => {
    const current: BackupData = {
      ...emptyData,
      assessments: [assessment('a1')],
      reviews: [reviewWith(REVIEW_ID, ['response001'])],
    };
    const incoming: BackupData = {
      ...data,
      reviews: [reviewWith(REVIEW_ID, ['response002']), reviewWith(OTHER_REVIEW_ID, [])],
      raterDrafts: { [raterDraftKey(invitation())]: raterDraft() },
    };
    const before = structuredClone([current, incoming]);

    mergeBackup(current, incoming);

    expect([current, incoming]).toEqual(before);
  });

  it('adds reviews whose id is unknown and counts each one', () => {
    const known = reviewWith(REVIEW_ID, ['response001']);
    const unknown = ownedReview({ id: OTHER_REVIEW_ID, subjectName: 'Bo Chen' });

    const merged = mergeBackup(
      { ...emptyData, reviews: [known] },
      { ...emptyData, reviews: [unknown] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toEqual([known, unknown]);
  });

  it('adds to a known review only the responses it lacks and counts them', () => {
    const current = reviewWith(REVIEW_ID, ['response001', 'response002']);
    const incoming = {
      ...reviewWith(REVIEW_ID, ['response002', 'response003']),
      subjectName: 'Another name',
    };

    const merged = mergeBackup(
      { ...emptyData, reviews: [current] },
      { ...emptyData, reviews: [incoming] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toHaveLength(1);
    expect(merged.data.reviews[0]).toEqual({
      ...current,
      responses: [...current.responses, ...responsesWith(REVIEW_ID, ['response003'])],
    });
  });

  it('keeps the current copy of a response both sides have', () => {
    const mine = receivedResponse(raterResponse({ strength: 'Mine' }));
    const theirs = receivedResponse(raterResponse({ strength: 'Theirs' }));

    const merged = mergeBackup(
      { ...emptyData, reviews: [ownedReview({ responses: [mine] })] },
      { ...emptyData, reviews: [ownedReview({ responses: [theirs] })] },
    );

    expect(merged.added).toBe(0);
    expect(merged.data.reviews[0]?.responses).toEqual([mine]);
  });

  it('counts new assessments, reviews and responses together', () => {
    const current: BackupData = { ...data, reviews: [reviewWith(REVIEW_ID, ['response001'])] };
    const incoming: BackupData = {
      ...emptyData,
      assessments: [assessment('a9')],
      reviews: [
        reviewWith(REVIEW_ID, ['response001', 'response002', 'response003']),
        reviewWith(OTHER_REVIEW_ID, ['response004']),
      ],
    };

    expect(mergeBackup(current, incoming).added).toBe(4);
  });

  it('adds nothing when the backup holds the same reviews', () => {
    const current: BackupData = {
      ...data,
      reviews: [reviewWith(REVIEW_ID, ['response001']), reviewWith(OTHER_REVIEW_ID, [])],
    };

    const merged = mergeBackup(current, structuredClone(current));

    expect(merged.added).toBe(0);
    expect(merged.data).toEqual(current);
  });

  it('adds nothing the second time the same backup is merged', () => {
    const current: BackupData = { ...emptyData, reviews: [reviewWith(REVIEW_ID, ['response001'])] };
    const incoming: BackupData = {
      ...emptyData,
      reviews: [
        reviewWith(REVIEW_ID, ['response002']),
        reviewWith(OTHER_REVIEW_ID, ['response003']),
      ],
    };

    const once = mergeBackup(current, incoming);
    const twice = mergeBackup(once.data, incoming);

    expect(once.added).toBe(2);
    expect(twice.added).toBe(0);
    expect(twice.data).toEqual(once.data);
  });

  it('adds a review repeated inside the backup only once', () => {
    const review = reviewWith(OTHER_REVIEW_ID, ['response001']);

    const merged = mergeBackup(emptyData, { ...emptyData, reviews: [review, review] });

    expect(merged.added).toBe(1);
    expect(merged.data.reviews).toEqual([review]);
  });

  it('adds a response repeated inside a backed-up review only once', () => {
    const current = reviewWith(REVIEW_ID, []);
    const response = receivedResponse(raterResponse({ responseId: 'response001' }));
    const incoming = ownedReview({ responses: [response, response] });

    const merged = mergeBackup(
      { ...emptyData, reviews: [current] },
      { ...emptyData, reviews: [incoming] },
    );

    expect(merged.added).toBe(1);
    expect(merged.data.reviews[0]?.responses).toEqual([response]);
  });

  it('keeps the current rater drafts and adds the ones this browser lacks', () => {
    const peerKey = raterDraftKey(invitation());
    const managerKey = raterDraftKey(invitation({ category: 'manager' }));
    const mine = raterDraft({ strength: 'Mine' });
    const theirs = raterDraft({ strength: 'Theirs' });
    const manager = raterDraft({ invitation: invitation({ category: 'manager' }) });

    const merged = mergeBackup(
      { ...emptyData, raterDrafts: { [peerKey]: mine } },
      { ...emptyData, raterDrafts: { [peerKey]: theirs, [managerKey]: manager } },
    );

    expect(merged.data.raterDrafts).toEqual({ [peerKey]: mine, [managerKey]: manager });
  });

  it('never holds a review or a response twice, and a second merge adds nothing', () => {
    fc.assert(
      fc.property(reviewListArbitrary, reviewListArbitrary, (currentReviews, incomingReviews) => {
        const current: BackupData = { ...emptyData, reviews: currentReviews };
        const incoming: BackupData = { ...emptyData, reviews: incomingReviews };

        const once = mergeBackup(current, incoming);

        const ids = once.data.reviews.map((review) => review.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const review of once.data.reviews) {
          const responseIds = responseIdsOf(review);
          expect(new Set(responseIds).size).toBe(responseIds.length);
          const before = [currentReviews, incomingReviews].flatMap((reviews) =>
            reviews.filter((r) => r.id === review.id).flatMap(responseIdsOf),
          );
          expect(new Set(responseIds)).toEqual(new Set(before));
        }
        // A new review counts once; a known one counts each response it gains.
        const expectedAdded = incomingReviews.reduce((sum, review) => {
          const known = currentReviews.find((candidate) => candidate.id === review.id);
          if (!known) return sum + 1;
          const knownResponses = new Set(responseIdsOf(known));
          return sum + responseIdsOf(review).filter((id) => !knownResponses.has(id)).length;
        }, 0);
        expect(once.added).toBe(expectedAdded);

        const twice = mergeBackup(once.data, incoming);
        expect(twice.added).toBe(0);
        expect(twice.data).toEqual(once.data);
      }),
    );
  });
});

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

const answersArbitrary = fc.dictionary(
  fc.constantFrom(...allItemIds()),
  fc.constantFrom(...ratingValues),
);

const assessmentArbitrary: fc.Arbitrary<CompletedAssessment> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  completedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
});

const draftArbitrary: fc.Arbitrary<DraftAssessment> = fc.record({
  startedAt: isoDate,
  updatedAt: isoDate,
  instrumentVersion: fc.string({ minLength: 1, maxLength: 12 }),
  answers: answersArbitrary,
  currentSkill: fc.constantFrom(...skillIds, 'review' as const),
  currentItemId: fc.option(fc.constantFrom(...allItemIds()), { nil: null }),
});

const shortIdArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);

/** A review built around an invitation's fields, with responses spread over its waves. */
const ownedReviewArbitrary: fc.Arbitrary<OwnedReview> = fc
  .record({
    invitation: invitationArbitrary(PUBLIC_KEY),
    createdAt: isoDate,
    ownerRole: fc.constantFrom('subject' as const, 'manager' as const),
    threshold: fc.integer({ min: MIN_ANONYMITY_THRESHOLD, max: MAX_ANONYMITY_THRESHOLD }),
    categories: fc.uniqueArray(fc.constantFrom(...raterCategories)),
    namedRaters: fc.array(
      fc.record({
        id: shortIdArbitrary,
        name: fc.string({ minLength: 1, maxLength: MAX_RATER_NAME }),
        category: fc.constantFrom(...raterCategories),
      }),
      { maxLength: 3 },
    ),
    selfAssessmentId: fc.option(fc.string({ minLength: 1, maxLength: 64 }), { nil: null }),
    responses: fc.array(
      fc.record({
        response: responseArbitrary,
        receivedAt: isoDate,
        wave: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 2 },
    ),
    frozenAt: fc.array(fc.option(isoDate, { nil: null }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ invitation: shared, frozenAt, ...rest }) => ({
    ...rest,
    id: shared.reviewId,
    subjectName: shared.subjectName,
    ownerEmail: shared.ownerEmail ?? '',
    dueDate: shared.dueDate,
    message: shared.message,
    language: shared.language,
    instrumentVersion: shared.instrumentVersion,
    publicKey: shared.ownerPublicKey,
    privateKeyJwk: { kty: 'EC' as const, crv: 'P-256' as const, x: 'x', y: 'y', d: 'd' },
    waves: frozenAt.map((at, index) => ({ number: index + 1, frozenAt: at })),
  }));

const raterDraftArbitrary: fc.Arbitrary<RaterDraft> = fc.record({
  invitation: invitationArbitrary(PUBLIC_KEY),
  answers: answersArbitrary,
  strength: fc.string({ maxLength: 200 }),
  develop: fc.string({ maxLength: 200 }),
  raterName: fc.string({ maxLength: MAX_RATER_NAME }),
  includeName: fc.boolean(),
  updatedAt: isoDate,
  sentCode: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: null }),
});

/** Slices without an arbitrary here stay empty. */
const backupDataArbitrary: fc.Arbitrary<BackupData> = fc
  .record({
    assessments: fc.array(assessmentArbitrary, { maxLength: 5 }),
    draft: fc.option(draftArbitrary, { nil: null }),
    settings: fc.record({ language: fc.option(fc.constantFrom(...languages), { nil: null }) }),
    reviews: fc.array(ownedReviewArbitrary, { maxLength: 2 }),
    raterDrafts: fc
      .array(raterDraftArbitrary, { maxLength: 2 })
      .map((drafts) =>
        Object.fromEntries(drafts.map((entry) => [raterDraftKey(entry.invitation), entry])),
      ),
  })
  .map((generated) => ({ ...emptyData, ...generated }));

/** Reviews drawn from a few ids, so current and incoming often share reviews and responses. */
const reviewListArbitrary: fc.Arbitrary<OwnedReview[]> = fc.uniqueArray(
  fc
    .record({
      id: fc.constantFrom(REVIEW_ID, OTHER_REVIEW_ID, 'EEEEEEEEEEEEEEEEEEEEEE'),
      responseIds: fc.uniqueArray(
        fc.constantFrom('response001', 'response002', 'response003', 'response004'),
      ),
    })
    .map(({ id, responseIds }) => reviewWith(id, responseIds)),
  { selector: (review) => review.id, maxLength: 3 },
);

const errorCodes = [
  'too-large',
  'not-json',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'invalid',
];

function expectWellFormed(result: BackupResult): void {
  if (result.ok) {
    expect(result.value.format).toBe(BACKUP_FORMAT);
  } else {
    expect(errorCodes).toContain(result.error.code);
  }
}

describe('parseBackup on any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(parseBackup(text));
      }),
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseBackup(JSON.stringify(value)));
      }),
    );
  });

  it('never throws on arbitrary values turned into JSON', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // JSON.stringify gives undefined for undefined, although its type says string.
        const text = JSON.stringify(value) as string | undefined;
        expectWellFormed(parseBackup(text ?? 'undefined'));
      }),
    );
  });

  it('refuses a backup header with arbitrary data without throwing', () => {
    const header = fc.record({
      format: fc.constant(BACKUP_FORMAT),
      version: fc.oneof(fc.constant(BACKUP_VERSION), fc.jsonValue()),
      exportedAt: fc.oneof(isoDate, fc.jsonValue()),
      data: fc.jsonValue(),
    });

    fc.assert(
      fc.property(header, (value) => {
        expectWellFormed(parseBackup(JSON.stringify(value)));
      }),
    );
  });

  it('reads back every valid backup exactly', () => {
    fc.assert(
      fc.property(backupDataArbitrary, isoDate, (generated, exportedAt) => {
        const backup = createBackup(generated, new Date(exportedAt));

        expect(backupOf(parseBackup(JSON.stringify(backup)))).toEqual(backup);
      }),
    );
  });
});
