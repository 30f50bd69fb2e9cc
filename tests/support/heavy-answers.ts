import { itemBank } from '../../src/content/item-bank';
import type { Answers } from '../../src/domain/assessment/assessment';
import type { RaterAnswers } from '../../src/domain/review/review';
import { NOT_OBSERVED, ratingValues, type Rating } from '../../src/domain/instrument/scale';
import type { Random } from './heavy-random';

function rating(random: Random, level: number): Rating {
  const index = Math.round(level - 1 + random.next() * 1.6 - 0.8);
  return ratingValues[Math.min(4, Math.max(0, index))] ?? 3;
}

/** Answers that improve from about 2 to about 4.5 as `progress` runs from 0 to 1. */
export function selfAnswers(random: Random, progress: number): Answers {
  const level = 2 + 2.5 * progress;
  return Object.fromEntries(itemBank.items.map((item) => [item.id, rating(random, level)]));
}

/** Mostly 3–5, with the occasional "not observed", as raters who know the person answer. */
export function raterAnswers(random: Random, level = 3.8): RaterAnswers {
  return Object.fromEntries(
    itemBank.items.map((item) => [
      item.id,
      random.next() < 0.06 ? NOT_OBSERVED : rating(random, level),
    ]),
  );
}
