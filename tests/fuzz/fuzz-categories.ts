import type { LinkErrorCode } from '../../src/links/link-result';

export const fuzzCategories = [
  'random-text',
  'random-bytes',
  'truncation',
  'bit-flip',
  'splice',
  'oversize',
  'wrapped',
] as const;
export type FuzzCategory = (typeof fuzzCategories)[number];

/** The two places a person pastes a code: the rater's respond page and the owner's collect panel. */
export const entryPoints = ['respond', 'collect'] as const;
export type EntryPoint = (typeof entryPoints)[number];

/** 'missing': no code left after cleaning the text, so the respond page shows its paste box. */
export type RefusalReason = LinkErrorCode | 'unknown-review' | 'missing';
export type Expected = RefusalReason | 'accepted';

export interface FuzzInput {
  text: string;
  /** Set where the outcome is known in advance; anything else is only checked for safety. */
  expected?: Partial<Record<EntryPoint, Expected>>;
}
