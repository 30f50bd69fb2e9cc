import type { TFunction } from 'i18next';
import { MAX_REVIEW_RESPONSES } from '../../../domain/review/owned-review';
import { linkErrorMessage } from '../../../lib/link-error-message';
import type { CollectOutcome } from './collect-response';

/** The notice tone for an outcome: only a stored response is good news. */
export function collectTone(outcome: CollectOutcome): 'success' | 'info' | 'error' {
  if (outcome.kind === 'added') return 'success';
  return outcome.kind === 'duplicate' ? 'info' : 'error';
}

export function collectMessage(outcome: CollectOutcome, t: TFunction): string {
  switch (outcome.kind) {
    case 'added':
      return t('collect.added', { name: outcome.subjectName, wave: outcome.wave });
    case 'duplicate':
      return t('collect.duplicate', { name: outcome.subjectName });
    case 'full':
      return t('collect.full', { name: outcome.subjectName, max: MAX_REVIEW_RESPONSES });
    case 'unknown-review':
      return t('collect.unknownReview');
    case 'unreadable-file':
      return t('collect.unreadableFile');
    case 'refused':
      return linkErrorMessage(outcome.reason, t);
  }
}
