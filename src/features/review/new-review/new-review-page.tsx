import { useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from '../../../domain/review/review';
import { i18nLanguage } from '../../../lib/language';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { createOwnedReview } from './create-owned-review';
import { invitableCategories } from './invitable-categories';
import { NamedRatersFieldset } from './named-raters-fieldset';
import { CategoryChoices, DueDateField, MessageField, OwnerNameField } from './review-fields';
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
  const raters = useFieldArray({ control, name: 'namedRaters' });

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
          <CategoryChoices
            categories={categories}
            registration={register('categories')}
            error={errorText(errors.categories?.message)}
          />
          <DueDateField
            registration={register('dueDate')}
            error={errorText(errors.dueDate?.message)}
          />
          <MessageField
            registration={register('message')}
            error={errorText(errors.message?.message)}
            length={message.length}
          />
          <OwnerNameField
            registration={register('ownerName')}
            error={errorText(errors.ownerName?.message)}
          />
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
          <NamedRatersFieldset
            legend={t('review.namedRaters')}
            hint={t('review.namedRatersHint')}
            rows={raters.fields.map((field, index) => ({ key: field.id, index }))}
            categories={categories}
            nameField={(index) => register(`namedRaters.${index}.name`)}
            categoryField={(index) => register(`namedRaters.${index}.category`)}
            nameError={(index) => errorText(errors.namedRaters?.[index]?.name?.message)}
            listError={errorText(errors.namedRaters?.root?.message ?? errors.namedRaters?.message)}
            onAdd={() => raters.append({ name: '', category: 'peer' })}
            onRemove={(index) => raters.remove(index)}
          />
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
