import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_MESSAGE,
  MIN_ANONYMITY_THRESHOLD,
  type RaterCategory,
} from '../../../domain/review/review';
import { i18nLanguage } from '../../../lib/language';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { Field } from '../../../ui/field';
import { FieldError } from '../../../ui/field-error';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { createOwnedReview } from './create-owned-review';
import { invitableCategories } from './invitable-categories';
import { NamedRatersFieldset } from './named-raters-fieldset';
import {
  inDays,
  isReviewErrorKey,
  newReviewResolver,
  reviewErrorValues,
  type NewReviewInput,
  type NewReviewValues,
} from './new-review-form';
import { StoredData } from '../../../ui/stored-data';

const defaultValues: NewReviewInput = {
  subjectName: '',
  ownerRole: 'subject',
  dueDate: inDays(14),
  message: '',
  ownerName: '',
  ownerEmail: '',
  threshold: MIN_ANONYMITY_THRESHOLD,
  categories: ['manager', 'peer', 'direct-report'],
  namedRaters: [],
};

export function NewReviewPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('review.newTitle'));
  const navigate = useNavigate();
  const addReview = useAppStore((state) => state.addReview);
  const [failure, setFailure] = useState<'key' | 'not-saved' | null>(null);
  const form = useForm<NewReviewInput, unknown, NewReviewValues>({
    resolver: newReviewResolver,
    defaultValues,
  });
  const { register, handleSubmit, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const ownerRole = useWatch({ control, name: 'ownerRole' });
  const categories = invitableCategories(ownerRole);
  const { getValues, setValue } = form;
  // Switching role can make chosen groups impossible ("self" only exists for a manager's review).
  useEffect(() => {
    const allowed = invitableCategories(ownerRole);
    const chosen = getValues('categories');
    if (chosen.some((c) => !allowed.includes(c))) {
      setValue(
        'categories',
        chosen.filter((c) => allowed.includes(c)),
      );
    }
    getValues('namedRaters').forEach((rater, index) => {
      if (!allowed.includes(rater.category)) setValue(`namedRaters.${index}.category`, 'peer');
    });
  }, [ownerRole, getValues, setValue]);
  const message = useWatch({ control, name: 'message' });

  const create = async (values: NewReviewValues) => {
    try {
      const review = await createOwnedReview(values, i18nLanguage(i18n.language));
      if (addReview(review) !== 'saved') {
        setFailure('not-saved');
        return;
      }
      void navigate(`/reviews/${review.id}`);
    } catch {
      setFailure('key');
    }
  };

  const errorText = (message: string | undefined) =>
    isReviewErrorKey(message) ? t(message, reviewErrorValues[message]) : undefined;

  return (
    <>
      <PageHeading>{t('review.newTitle')}</PageHeading>
      <p>{t('review.newIntro')}</p>
      {failure === 'key' ? <Notice tone="error">{t('review.errors.keyFailed')}</Notice> : null}
      {failure === 'not-saved' ? <Notice tone="error">{t('review.errors.notSaved')}</Notice> : null}
      {/* The due date counts from today: the form is drawn in the browser only. */}
      <StoredData>
        <form noValidate onSubmit={(event) => void handleSubmit(create)(event)} className="form">
          <Field label={t('review.subjectName')} error={errorText(errors.subjectName?.message)}>
            {(control) => (
              <input type="text" autoComplete="off" {...control} {...register('subjectName')} />
            )}
          </Field>
          <fieldset className="field">
            <legend>{t('review.ownerRole')}</legend>
            <label className="choice">
              <input type="radio" value="subject" {...register('ownerRole')} />
              {t('review.ownerSubject')}
            </label>
            <label className="choice">
              <input type="radio" value="manager" {...register('ownerRole')} />
              {t('review.ownerManager')}
            </label>
          </fieldset>
          <fieldset className="field">
            <legend>{t('review.categories')}</legend>
            {categories.map((category: RaterCategory) => (
              <label key={category} className="choice">
                <input type="checkbox" value={category} {...register('categories')} />
                {t(`categories.${category}`)}
              </label>
            ))}
            {errors.categories?.message && isReviewErrorKey(errors.categories.message) ? (
              <FieldError>{errorText(errors.categories.message)}</FieldError>
            ) : null}
          </fieldset>
          <Field label={t('review.dueDate')} error={errorText(errors.dueDate?.message)}>
            {(control) => <input type="date" {...control} {...register('dueDate')} />}
          </Field>
          <Field
            label={t('review.message')}
            hint={t('review.messageCount', { count: message.length, max: MAX_MESSAGE })}
            error={errorText(errors.message?.message)}
            isWide
          >
            {(control) => (
              <textarea rows={4} maxLength={MAX_MESSAGE} {...control} {...register('message')} />
            )}
          </Field>
          <Field
            label={t('review.ownerName')}
            hint={t('review.ownerNameHint')}
            error={errorText(errors.ownerName?.message)}
          >
            {(control) => (
              <input type="text" autoComplete="name" {...control} {...register('ownerName')} />
            )}
          </Field>
          <Field
            label={t('review.ownerEmail')}
            hint={t('review.ownerEmailHint')}
            error={errorText(errors.ownerEmail?.message)}
          >
            {(control) => (
              <input type="email" autoComplete="email" {...control} {...register('ownerEmail')} />
            )}
          </Field>
          <Field
            label={t('review.threshold')}
            hint={t('review.thresholdHint', { min: MIN_ANONYMITY_THRESHOLD })}
            error={errorText(errors.threshold?.message)}
          >
            {(control) => (
              <input
                type="number"
                min={MIN_ANONYMITY_THRESHOLD}
                max={MAX_ANONYMITY_THRESHOLD}
                {...control}
                {...register('threshold')}
              />
            )}
          </Field>
          <NamedRatersFieldset form={form} categories={categories} errorText={errorText} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={isSubmitting}>
              {t('review.create')}
            </button>
          </div>
        </form>
      </StoredData>
    </>
  );
}
