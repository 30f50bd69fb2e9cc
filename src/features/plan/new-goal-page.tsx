import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { localize } from '../../domain/plan/catalog';
import { localDayInMonths } from '../../domain/calendar/local-day';
import { MAX_ACTIONS_PER_GOAL, MAX_GOALS } from '../../domain/plan/plan';
import { skillIdSchema } from '../../domain/instrument/skills';
import { createId } from '../../lib/ids';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import type { PlanChange } from '../../stores/plan-slice';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { actionFromEntry } from './catalog-action';
import { goalResolver, type GoalFormValues } from './goal-form';
import { GoalFields } from './goal-fields';
import { useActiveCatalog } from './use-active-catalog';
import { StoredData } from '../../ui/stored-data';

/** What the recommendations page passes along: the skill and the accepted catalog entries. */
const goalSeedSchema = z.object({
  skill: skillIdSchema,
  entryIds: z.array(z.string()).check(z.maxLength(MAX_ACTIONS_PER_GOAL)),
});

export function NewGoalPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('plan.newGoal'));
  const navigate = useNavigate();
  // Router state is whatever a page passed along: parse it like any outside data.
  const routerState: unknown = useLocation().state;
  const seed = goalSeedSchema.safeParse(routerState);
  const catalog = useActiveCatalog();
  const accepted = seed.success
    ? catalog.filter((entry) => seed.data.entryIds.includes(entry.id))
    : [];
  const addGoal = useAppStore((s) => s.addGoal);
  const isFull = useAppStore((s) => s.plan.goals.length >= MAX_GOALS);
  const [outcome, setOutcome] = useState<PlanChange | null>(null);
  const form = useForm<GoalFormValues>({
    resolver: goalResolver,
    defaultValues: {
      skill: seed.success ? seed.data.skill : 'executive-presence',
      what: '',
      measure: '',
      targetDate: localDayInMonths(new Date(), 3),
    },
  });

  const save = (values: GoalFormValues) => {
    const actions = accepted.map((entry) => actionFromEntry(entry, i18n.language));
    const result = addGoal(values, actions, createId());
    setOutcome(result);
    if (result === 'saved') void navigate('/plan');
  };

  return (
    <>
      <PageHeading>{t('plan.newGoal')}</PageHeading>
      {/* Prerendered, and larger than any field's hint the form draws below it. */}
      <p className="lead">{t('plan.newGoalIntro')}</p>
      {/* The form starts from today's date and the saved goals: drawn in the browser only. */}
      <StoredData>
        {isFull ? <Notice tone="warning">{t('plan.goalsFull', { max: MAX_GOALS })}</Notice> : null}
        {!isFull && outcome !== null && outcome !== 'saved' ? (
          <Notice tone="error">{t('plan.notSaved')}</Notice>
        ) : null}
        <form noValidate className="form" onSubmit={(event) => void form.handleSubmit(save)(event)}>
          <GoalFields form={form} />
          {accepted.length > 0 ? (
            <section aria-labelledby="accepted-title">
              <h2 id="accepted-title">{t('plan.acceptedActions')}</h2>
              <ul>
                {accepted.map((entry) => (
                  <li key={entry.id}>{localize(entry.title, i18n.language)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={isFull}>
              {t('plan.saveGoal')}
            </button>
          </div>
        </form>
      </StoredData>
    </>
  );
}
