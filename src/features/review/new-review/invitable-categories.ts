import type { RaterCategory } from '../../../domain/review/review';

/** The categories an owner may invite: the subject rates themselves only when a manager runs it. */
export function invitableCategories(ownerRole: 'subject' | 'manager'): RaterCategory[] {
  return ownerRole === 'manager'
    ? ['self', 'manager', 'peer', 'direct-report', 'other']
    : ['manager', 'peer', 'direct-report', 'other'];
}
