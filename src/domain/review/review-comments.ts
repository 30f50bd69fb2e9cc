import type { ReviewResponseInput } from './review-raters';
import { shuffleWithSeed } from './shuffle';

/** Comments carry no category: a label could name the one peer in a pooled group. */
export interface CommentSet {
  strengths: string[];
  developments: string[];
}

export type CommentsReport =
  ({ status: 'shown' } & CommentSet) | { status: 'withheld'; reason: 'no-group-shown' };

/** Code-unit order, not localeCompare: the same on every device and in every language. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Sorting before the shuffle makes the order depend on the texts and the seed only: a
 * shuffle of arrival order could be undone by anyone who knows the seed.
 */
function orderComments(texts: readonly string[], seed: string): string[] {
  const kept = texts.map((text) => text.trim()).filter((text) => text.length > 0);
  return shuffleWithSeed(kept.sort(compareText), seed);
}

/**
 * Each list gets its own seed, so the same position in both lists does not line up one
 * rater's two comments.
 */
export function collectComments(raters: readonly ReviewResponseInput[], seed: string): CommentSet {
  return {
    strengths: orderComments(
      raters.map((rater) => rater.strength),
      `${seed}:strengths`,
    ),
    developments: orderComments(
      raters.map((rater) => rater.develop),
      `${seed}:developments`,
    ),
  };
}
