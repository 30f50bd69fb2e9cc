import { useTranslation } from 'react-i18next';
import { buildCalendar, type ReassessmentSuggestion } from '../../domain/plan/plan-calendar';
import { planToMarkdown } from '../../domain/plan/plan-markdown';
import { downloadText } from '../../lib/download';
import { formatDay } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';

/** The plan leaves the app only as files the person downloads: Markdown, a calendar, a printout. */
export function PlanExports(props: { today: string; reassessment: ReassessmentSuggestion | null }) {
  const { today, reassessment } = props;
  const { t, i18n } = useTranslation();
  const plan = useAppStore((state) => state.plan);
  const date = (iso: string) => formatDay(iso, i18n.language);

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
