import type { TFunction } from 'i18next';
import type { SkillId } from '../../../domain/instrument/skills';
import type { ConversationGuide } from './conversation-guide';

/**
 * Questions for the debrief: an opening, one for each strength, blind spot and hidden strength
 * the report shows, and a close. The wording is fixed and translated; only the skill varies.
 */
export function GuideQuestions({ guide, t }: { guide: ConversationGuide; t: TFunction }) {
  const skill = (id: SkillId) => t(`skills.${id}.name`);
  const questions = [
    t('team.guide.questions.open'),
    ...guide.strengths.map((entry) =>
      t('team.guide.questions.strength', { skill: skill(entry.skill) }),
    ),
    ...guide.blindSpots.map((gap) =>
      t('team.guide.questions.blindSpot', { skill: skill(gap.skill) }),
    ),
    ...guide.hiddenStrengths.map((gap) =>
      t('team.guide.questions.hiddenStrength', { skill: skill(gap.skill) }),
    ),
    ...guide.steps.map((step) => t('team.guide.questions.step', { skill: skill(step.skill) })),
    t('team.guide.questions.close'),
  ];
  return (
    <section aria-labelledby="guide-questions">
      <h2 id="guide-questions">{t('team.guide.questionsTitle')}</h2>
      <ol className="team-guide-questions">
        {questions.map((question, index) => (
          // The same wording can come twice (a strength that is also a step); the place is stable.
          <li key={`${String(index)}-${question}`}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
