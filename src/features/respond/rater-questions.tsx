import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import { statementKey } from '../../content/item-wording';
import { itemNumber } from '../../domain/assessment/assessment-steps';
import { itemsForSkill, type ItemId } from '../../domain/instrument/instrument';
import type { RaterAnswer } from '../../domain/instrument/scale';
import { skillIds } from '../../domain/instrument/skills';
import type { Invitation, RaterAnswers } from '../../domain/review/review';
import { RaterItem } from './rater-item';

interface RaterQuestionsProps {
  invitation: Invitation;
  answers: RaterAnswers;
  options: readonly { value: RaterAnswer; label: string }[];
  missing: readonly number[] | null;
  onAnswer: (itemId: ItemId, value: RaterAnswer) => void;
}

/**
 * The questions, one section per skill. The first skill is drawn with the form, so the rater can
 * answer at once; the other four follow in a deferred render, in slices between frames. Drawn in
 * one piece, thirty questions were one long task on a phone, and the first answerable question
 * waited for the last.
 */
export function RaterQuestions({
  invitation,
  answers,
  options,
  missing,
  onAnswer,
}: RaterQuestionsProps) {
  const { t } = useTranslation();
  const isEverySkillShown = useDeferredValue(true, false);
  const shownSkills = isEverySkillShown ? skillIds : skillIds.slice(0, 1);
  const isSelf = invitation.category === 'self';
  const name = invitation.subjectName;
  return shownSkills.map((skill) => (
    <section key={skill} aria-labelledby={`skill-${skill}`}>
      <h2 id={`skill-${skill}`}>{t(`skills.${skill}.name`)}</h2>
      {itemsForSkill(itemBank, skill).map((item) => {
        const number = itemNumber(itemBank, item.id);
        return (
          <RaterItem
            key={item.id}
            itemId={item.id}
            number={number}
            statement={
              // The invitation names the bank it was made on: an old link asks the statements it
              // was sent with, and the response records that version.
              t(statementKey(invitation.instrumentVersion, item.id, isSelf ? 'self' : 'rater'), {
                name,
              })
            }
            options={options}
            value={answers[item.id]}
            isMissing={missing?.includes(number) ?? false}
            missingLabel={t('assessment.answerRequired', { item: number })}
            onChange={(value) => onAnswer(item.id, value)}
          />
        );
      })}
    </section>
  ));
}
