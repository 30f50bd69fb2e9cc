import { describe, expect, it } from 'vitest';
import { itemBank } from '../../../../src/content/item-bank';
import { allItemIds } from '../../../../src/domain/instrument/instrument';
import { raterAnswersSchema, type RaterResponse } from '../../../../src/domain/review/review';
import {
  readRating,
  scoreRaterSkill,
  separateSelfResponse,
} from '../../../../src/domain/review/review-raters';
import { minAnsweredForSkill } from '../../../../src/domain/review/review-rules';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { sheet } from './review-fixtures';

function response(
  responseId: string,
  category: RaterResponse['category'],
  rating: RaterAnswer,
): RaterResponse {
  return {
    responseId,
    reviewId: 'AAAAAAAAAAAAAAAAAAAAAA',
    category,
    answers: raterAnswersSchema.parse(Object.fromEntries(allItemIds().map((id) => [id, rating]))),
    strength: 'S',
    develop: 'D',
    raterName: '',
    language: 'en',
    instrumentVersion: '2026.1',
  };
}

describe('readRating', () => {
  it.each([
    [3, 3],
    [0, null],
    [undefined, null],
    [7, null],
  ])('reads an answer of %s as %s', (answer, rating) => {
    expect(readRating({ 'ep-1': answer }, 'ep-1')).toBe(rating);
  });
});

describe('scoreRaterSkill', () => {
  it.each<[string, readonly RaterAnswer[], number | null]>([
    ['nothing', [], null],
    ['2 of 6 items', [4, 4], null],
    ['2 of 6 items and 4 not observed', [4, 4, 0, 0, 0, 0], null],
    ['3 of 6 items', [4, 4, 1], 3],
    ['3 of 6 items and 3 not observed', [4, 0, 4, 0, 1, 0], 3],
    ['all 6 items', [5, 5, 5, 5, 5, 5], 5],
  ])('scores a rater who rated %s as %s', (_label, answers, expected) => {
    const answerSheet = sheet({ 'executive-presence': answers });

    expect(scoreRaterSkill(answerSheet, itemBank, 'executive-presence')).toBe(expected);
  });

  it.each([
    [1, 1],
    [5, 3],
    [6, 3],
    [7, 4],
  ])('needs a %d-item skill rated on at least %d items', (items, needed) => {
    expect(minAnsweredForSkill(items)).toBe(needed);
  });
});

describe('separateSelfResponse', () => {
  it('takes the subject’s own response out of the rater responses', () => {
    const { self, others } = separateSelfResponse([
      response('selfAAAAAAA', 'self', 2),
      response('peerAAAAAAA', 'peer', 4),
      response('selfBBBBBBB', 'self', 5),
    ]);

    expect(self?.['ep-1']).toBe(5);
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({
      responseId: 'peerAAAAAAA',
      category: 'peer',
      strength: 'S',
      develop: 'D',
    });
    expect(Object.keys(others[0] ?? {}).sort()).toEqual([
      'answers',
      'category',
      'develop',
      'responseId',
      'strength',
    ]);
    expect(others[0]?.answers['ep-1']).toBe(4);
  });

  it('has no self view when the subject did not answer', () => {
    expect(separateSelfResponse([response('peerAAAAAAA', 'peer', 4)]).self).toBeNull();
  });
});
