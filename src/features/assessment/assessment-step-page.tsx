import '../../ui/likert.css';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ITEM_BANK_VERSION, itemBank } from '../../content/item-bank';
import { statementKey } from '../../content/item-wording';
import { itemNumber, nextStep, previousStep } from '../../domain/assessment/assessment-steps';
import { itemsForSkill } from '../../domain/instrument/instrument';
import { ratingValues } from '../../domain/instrument/scale';
import type { SkillId } from '../../domain/instrument/skills';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { LikertItem } from '../../ui/likert-item';
import { PageHeading } from '../../ui/page-heading';
import { parseRatingText, useAssessmentForm } from './assessment-form';
import { AssessmentProgress } from './assessment-progress';

function focusItem(itemId: string) {
  const fieldset = document.getElementById(`item-${itemId}`);
  const input =
    fieldset?.querySelector<HTMLInputElement>('input:checked') ??
    fieldset?.querySelector<HTMLInputElement>('input');
  fieldset?.scrollIntoView({ block: 'center' });
  input?.focus({ preventScroll: true });
}

export function AssessmentStepPage({ skill }: { skill: SkillId }) {
  const { t } = useTranslation();
  const skillName = t(`skills.${skill}.name`);
  useDocumentTitle(skillName);
  const navigate = useNavigate();
  const { hash } = useLocation();
  const { register, formState } = useAssessmentForm();
  const answerItem = useAppStore((state) => state.answerItem);
  const goToStep = useAppStore((state) => state.goToStep);
  // A draft started before the bank was revised keeps the wording it started with.
  const version = useAppStore((state) => state.draft?.instrumentVersion) ?? ITEM_BANK_VERSION;
  // Stable across renders: the resume effect below must run once per step, not on every render,
  // or a re-render (say, a language change) would pull focus onto an answer.
  const items = useMemo(() => itemsForSkill(itemBank, skill), [skill]);
  const previous = previousStep(skill);
  const next = nextStep(skill);

  useEffect(() => {
    // Resume where the person was: the item named in the address, or the last one answered.
    const { draft } = useAppStore.getState();
    const target = hash.startsWith('#item-') ? hash.slice('#item-'.length) : draft?.currentItemId;
    if (target && items.some((item) => item.id === target)) focusItem(target);
    goToStep(skill);
  }, [skill, hash, items, goToStep]);

  const options = ratingValues.map((value) => ({ value, label: t(`scale.${value}`) }));

  return (
    <>
      <AssessmentProgress step={skill} />
      <PageHeading takesFocus={!hash}>{skillName}</PageHeading>
      <p className="skill-definition">{t(`skills.${skill}.definition`)}</p>
      <p className="hint">{t('assessment.itemLegend')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (next) void navigate(`/assessment/${next}`);
        }}
      >
        {items.map((item) => {
          const field = register(`answers.${item.id}`, {
            onChange: (event: { target: { value: unknown } }) => {
              const rating = parseRatingText(event.target.value);
              if (rating !== null) answerItem(item.id, rating, skill);
            },
          });
          const error = formState.errors.answers?.[item.id];
          return (
            <LikertItem
              key={item.id}
              id={`item-${item.id}`}
              name={field.name}
              number={itemNumber(itemBank, item.id)}
              statement={t(statementKey(version, item.id, 'self'))}
              options={options}
              inputRef={field.ref}
              onChange={(event) => void field.onChange(event)}
              onBlur={(event) => void field.onBlur(event)}
              errorMessage={
                error
                  ? t('assessment.answerRequired', { item: itemNumber(itemBank, item.id) })
                  : undefined
              }
            />
          );
        })}
        <div className="button-row step-nav">
          {previous ? (
            <Link className="button" to={`/assessment/${previous}`}>
              {t('assessment.back')}
            </Link>
          ) : (
            <Link className="button" to="/assessment">
              {t('assessment.back')}
            </Link>
          )}
          <button type="submit" className="button button-primary">
            {next === 'review' ? t('assessment.toReview') : t('assessment.next')}
          </button>
        </div>
      </form>
    </>
  );
}
