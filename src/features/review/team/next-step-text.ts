import type { TFunction } from 'i18next';
import type { TeamRow } from '../../../domain/team/team-row';

/** The next step for a row, in words. */
export function nextStepText(row: TeamRow, t: TFunction): string {
  const step = row.nextStep;
  switch (step.kind) {
    case 'awaiting':
      return t('team.next.awaiting', {
        count: step.missing,
        group: t(`categories.${step.category}`),
      });
    case 'ready-to-share':
      return t('team.next.ready');
    case 'shared':
      return t('team.next.shared', { wave: row.wave });
  }
}
