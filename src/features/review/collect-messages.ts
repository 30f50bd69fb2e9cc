import type { TFunction } from 'i18next';
import { linkErrorMessage } from '../../lib/link-error-message';
import type { CollectOutcome } from './collect-response';

export function collectMessage(outcome: CollectOutcome, t: TFunction): string {
  switch (outcome.kind) {
    case 'added':
      return t('collect.added', { name: outcome.subjectName, wave: outcome.wave });
    case 'duplicate':
      return t('collect.duplicate', { name: outcome.subjectName });
    case 'unknown-review':
      return t('collect.unknownReview');
    case 'refused':
      return linkErrorMessage(outcome.reason, t);
  }
}
