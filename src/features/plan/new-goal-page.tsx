import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { localize } from '../../domain/catalog';
import { localDayInMonths } from '../../domain/local-day';
import { skillIdSchema } from '../../domain/skills';
import { createId } from '../../lib/ids';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { PageHeading } from '../../ui/page-heading';
import { goalResolver, type GoalFormValues } from './goal-form';
import { GoalFields } from './goal-fields';
import { useActiveCatalog } from './use-active-catalog';

/** What the recommendations page passes along: the skill and the accepted catalog entries. */
const goalSeedSchema = z.object({
  skill: skillIdSchema,
  entryIds: z.array(z.string()),
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
    const actions = accepted.map((entry) => ({
      title: localize(entry.title, i18n.language),
      catalogId: entry.id,
      dueDate: null,
    }));
    addGoal(values, actions, createId());
    void navigate('/plan');
  };

  return (
    <>
      <PageHeading>{t('plan.newGoal')}</PageHeading>
      <p>{t('plan.newGoalIntro')}</p>
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
          <button type="submit" className="button button-primary">
            {t('plan.saveGoal')}
          </button>
        </div>
      </form>
    </>
  );
}
