import type { TFunction } from 'i18next';
import { MAX_ACTIONS_PER_GOAL } from '../../domain/plan/plan';
import type { PlanChange } from '../../stores/plan-slice';

/** What to tell the person when the store refused a change; nothing when it was saved. */
export function refusalText(outcome: PlanChange | null, t: TFunction) {
  if (outcome === 'full') return t('plan.actionsFull', { max: MAX_ACTIONS_PER_GOAL });
  if (outcome === 'invalid' || outcome === 'missing') return t('plan.notSaved');
  return null;
}
