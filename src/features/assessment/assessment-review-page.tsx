import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ITEM_BANK_VERSION, itemBank } from '../../content/item-bank';
import { statementKey } from '../../content/item-wording';
import {
  answeredCount,
  itemNumber,
  unansweredItems,
} from '../../domain/assessment/assessment-steps';
import { itemsForSkill } from '../../domain/instrument/instrument';
import type { Answers } from '../../domain/assessment/assessment';
import { skillIds } from '../../domain/instrument/skills';
import { createId } from '../../lib/ids';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { useAssessmentForm } from './assessment-form';
import { AssessmentProgress } from './assessment-progress';

const noAnswers: Answers = {};

export function AssessmentReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('assessment.reviewTitle'));
  const navigate = useNavigate();
  const answers = useAppStore((state) => state.draft?.answers) ?? noAnswers;
  const submitDraft = useAppStore((state) => state.submitDraft);
  const version = useAppStore((state) => state.draft?.instrumentVersion) ?? ITEM_BANK_VERSION;
  const { handleSubmit } = useAssessmentForm();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const missing = unansweredItems(itemBank, answers);
  const total = itemBank.items.length;

  const onValid = () => {
    const id = submitDraft(createId());
    if (id) void navigate(`/results/${id}`);
  };
  const onInvalid = () => {
    const numbers = unansweredItems(itemBank, useAppStore.getState().draft?.answers ?? {}).map(
      (item) => itemNumber(itemBank, item.id),
    );
    setSubmitError(
      t('assessment.submitError', { count: numbers.length, items: numbers.join(', ') }),
    );
  };

  return (
    <>
      <AssessmentProgress step="review" />
      <PageHeading>{t('assessment.reviewTitle')}</PageHeading>
      <ul className="review-summary">
        {skillIds.map((skill) => (
          <li key={skill}>
            {t('assessment.summarySkill', {
              skill: t(`skills.${skill}.name`),
              answered: answeredCount(itemBank, skill, answers),
              total: itemsForSkill(itemBank, skill).length,
            })}{' '}
            <Link to={`/assessment/${skill}`}>
              {t('assessment.edit', { skill: t(`skills.${skill}.name`) })}
            </Link>
          </li>
        ))}
      </ul>
      {missing.length === 0 ? (
        <p>{t('assessment.reviewAllAnswered', { total })}</p>
      ) : (
        <section aria-labelledby="missing-title">
          <h2 id="missing-title">{t('assessment.reviewMissing', { count: missing.length })}</h2>
          <ul>
            {missing.map((item) => (
              <li key={item.id}>
                <Link to={`/assessment/${item.skill}#item-${item.id}`}>
                  {t('assessment.itemNumber', { number: itemNumber(itemBank, item.id) })}:{' '}
                  {t(statementKey(version, item.id, 'self'))}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {submitError ? <Notice tone="error">{submitError}</Notice> : null}
      <form noValidate onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}>
        <div className="button-row">
          <Link className="button" to={`/assessment/${skillIds[skillIds.length - 1] ?? ''}`}>
            {t('assessment.back')}
          </Link>
          <button type="submit" className="button button-primary">
            {t('assessment.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
