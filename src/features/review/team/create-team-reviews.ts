import { MIN_ANONYMITY_THRESHOLD, MAX_SUBJECT_NAME } from '../../../domain/review/review';
import type { OwnedReview } from '../../../domain/review/owned-review';
import type { Language } from '../../../domain/instrument/settings';
import { parseNameList } from '../../../domain/team/team';
import { createOwnedReview } from '../new-review/create-owned-review';
import type { NewTeamValues } from './team-form';

/**
 * One review per person, each with its own key pair and links, created together. Raters named
 * for a name no longer in the list are left out: the manager removed that person.
 */
export function createTeamReviews(
  values: NewTeamValues,
  language: Language,
): Promise<OwnedReview[]> {
  const names = parseNameList(values.people, MAX_SUBJECT_NAME);
  return Promise.all(
    names.map((subjectName) =>
      createOwnedReview(
        {
          subjectName,
          ownerRole: 'manager',
          dueDate: values.dueDate,
          message: values.message,
          ownerName: values.ownerName,
          ownerEmail: '',
          threshold: MIN_ANONYMITY_THRESHOLD,
          categories: values.categories,
          namedRaters: values.namedRaters.flatMap(({ person, ...rater }) =>
            person === subjectName ? [rater] : [],
          ),
        },
        language,
      ),
    ),
  );
}
