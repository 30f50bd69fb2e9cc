import type { NamedRater, OwnedReview } from '../review/owned-review';
import type { RaterCategory } from '../review/review';
import { buildMailto, type MailDraft } from '../files/mailto';
import type { TeamRow } from './team-row';

/** Who a reminder goes to: one named rater, or everyone the group link was sent to. */
export type ReminderTarget =
  { kind: 'named'; rater: NamedRater } | { kind: 'group'; category: RaterCategory };

/**
 * Named raters who have not answered get their own reminder; a group without named raters gets
 * one for its whole list while it is short. A group reminder goes to everyone, answered or not,
 * so no rater can tell from it who has already answered.
 */
export function listReminderTargets(review: OwnedReview, row: TeamRow): ReminderTarget[] {
  if (row.isShared) return [];
  const named = row.pending.map((rater): ReminderTarget => ({ kind: 'named', rater }));
  const groups = row.groups
    .filter((group) => group.responded < group.needed)
    .filter((group) => !review.namedRaters.some((rater) => rater.category === group.category))
    .map((group): ReminderTarget => ({ kind: 'group', category: group.category }));
  return [...named, ...groups];
}

export interface ReminderTexts {
  subject: (subjectName: string) => string;
  /** Greeting line: by name for a named rater, general for a group. */
  greeting: (raterName: string | null) => string;
  body: (subjectName: string, dueDate: string) => string;
  signature: (ownerName: string) => string;
}

export interface ReminderInput {
  subjectName: string;
  dueDate: string;
  link: string;
  raterName: string | null;
  ownerName: string;
}

/**
 * The reminder says what the invitation said (whose review, the link, the due date) and nothing
 * about the answers: no counts, no names of those who answered.
 */
export function buildReminder(texts: ReminderTexts, input: ReminderInput): MailDraft {
  const lines = [
    texts.greeting(input.raterName),
    '',
    texts.body(input.subjectName, input.dueDate),
    '',
    input.link,
    ...(input.ownerName ? ['', texts.signature(input.ownerName)] : []),
  ];
  return { to: '', subject: texts.subject(input.subjectName), body: lines.join('\n') };
}

export function buildReminderMailto(texts: ReminderTexts, input: ReminderInput): string {
  return buildMailto(buildReminder(texts, input));
}
