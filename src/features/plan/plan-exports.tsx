import { useTranslation } from 'react-i18next';
import { sortByNewest } from '../../domain/assessment';
import { buildCalendar, suggestReassessment } from '../../domain/ics';
import { planToMarkdown } from '../../domain/plan-markdown';
import { downloadText } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';

/** The plan leaves the app only as files the person downloads: Markdown, a calendar, a printout. */
export function PlanExports({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const plan = useAppStore((state) => state.plan);
  const lastAssessment = useAppStore(
    (state) => sortByNewest(state.assessments)[0]?.completedAt ?? null,
  );
  const date = (iso: string) => formatDate(`${iso}T12:00:00Z`, i18n.language);

  const exportMarkdown = () => {
    const text = planToMarkdown(plan, {
      title: t('plan.title'),
      skillName: (skill) => t(`skills.${skill}.name`),
      statusName: (status) => t(`plan.statuses.${status}`),
      labels: {
        measure: t('plan.measure'),
        targetDate: t('plan.targetDate'),
        actions: t('plan.actions'),
        due: t('plan.due'),
        noGoals: t('plan.noGoals'),
      },
      formatDate: date,
    });
    downloadText(`ascent-plan-${today}.md`, text, 'text/markdown');
  };

  const exportCalendar = () => {
    const reassessment = suggestReassessment(lastAssessment, new Date(`${today}T12:00:00Z`));
    const text = buildCalendar({
      goals: plan.goals,
      reassessmentDate: reassessment?.date ?? null,
      now: new Date(),
      texts: {
        goalSummary: (goal) =>
          t('plan.calendar.goalSummary', {
            skill: t(`skills.${goal.skill}.name`),
            what: goal.what,
          }),
        goalDescription: (goal) => t('plan.calendar.goalDescription', { measure: goal.measure }),
        reassessSummary: t('plan.calendar.reassessSummary'),
        reassessDescription: t('plan.calendar.reassessDescription'),
      },
    });
    downloadText(`ascent-plan-${today}.ics`, text, 'text/calendar');
  };

  return (
    <section aria-labelledby="exports-title" className="no-print">
      <h2 id="exports-title">{t('plan.exportsTitle')}</h2>
      <p className="hint">{t('plan.exportsHint')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
        <button type="button" className="button" onClick={exportMarkdown}>
          {t('plan.exportMarkdown')}
        </button>
        <button type="button" className="button" onClick={exportCalendar}>
          {t('plan.exportCalendar')}
        </button>
      </div>
    </section>
  );
}
