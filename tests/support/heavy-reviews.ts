import { itemBank } from '../../src/content/item-bank';
import type { OwnedReview, ReceivedResponse } from '../../src/domain/review/owned-review';
import { encodeBase64Url } from '../../src/links/base64url';
import { raterAnswers } from './heavy-answers';
import { developments, message, names, others, strengths } from './heavy-prose';
import { days, sentences, type Random } from './heavy-random';

export interface ReviewSpec {
  createdAt: Date;
  responses: number;
  /** Responses that arrive after the report was frozen, in a second wave. */
  late: number;
  selfAssessmentId: string | null;
}

function receive(random: Random, spec: ReviewSpec, index: number): ReceivedResponse {
  const named = random.next() < 0.5;
  const isLate = index >= spec.responses - spec.late;
  return {
    response: {
      responseId: encodeBase64Url(random.bytes(8)),
      reviewId: '',
      category: index === 0 ? 'manager' : random.pick(others),
      ...(named ? { raterId: encodeBase64Url(random.bytes(8)) } : {}),
      answers: raterAnswers(random),
      strength: sentences(random, strengths, 3),
      develop: sentences(random, developments, 2),
      raterName: '',
      language: 'en',
      instrumentVersion: itemBank.version,
    },
    receivedAt: days(spec.createdAt, isLate ? 31 + index : 2 + (index % 20)).toISOString(),
    wave: isLate ? 2 : 1,
  };
}

/** A subject-owned review with its responses; a second wave only when some arrive late. */
export function buildOwnedReview(random: Random, spec: ReviewSpec): OwnedReview {
  const id = encodeBase64Url(random.bytes(16));
  const received = Array.from({ length: spec.responses }, (_, index) =>
    receive(random, spec, index),
  );
  const responses = received.map((r) => ({ ...r, response: { ...r.response, reviewId: id } }));
  const key = () => encodeBase64Url(random.bytes(32));
  return {
    id,
    createdAt: spec.createdAt.toISOString(),
    subjectName: 'Ana Pérez',
    ownerRole: 'subject',
    ownerEmail: 'ana.perez@example.org',
    ownerName: 'Ana',
    dueDate: days(spec.createdAt, 21).toISOString().slice(0, 10),
    message,
    threshold: 3,
    categories: ['manager', 'peer', 'direct-report', 'other'],
    language: 'en',
    instrumentVersion: itemBank.version,
    publicKey: encodeBase64Url(random.bytes(65)),
    privateKeyJwk: { kty: 'EC', crv: 'P-256', x: key(), y: key(), d: key() },
    namedRaters: responses.flatMap(({ response }) =>
      response.raterId === undefined
        ? []
        : [{ id: response.raterId, name: random.pick(names), category: response.category }],
    ),
    selfAssessmentId: spec.selfAssessmentId,
    responses,
    waves: [
      { number: 1, frozenAt: days(spec.createdAt, 30).toISOString() },
      ...(spec.late > 0 ? [{ number: 2, frozenAt: null }] : []),
    ],
  };
}
