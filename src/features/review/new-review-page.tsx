import { useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { MAX_NAMED_RATERS, type OwnedReview } from '../../domain/owned-review';
import {
  MAX_ANONYMITY_THRESHOLD,
  MAX_MESSAGE,
  MIN_ANONYMITY_THRESHOLD,
  type RaterCategory,
} from '../../domain/review';
import { createOwnerKeyPair } from '../../links/key-pair';
import { createReviewId, createShortId } from '../../links/random-id';
import { i18nLanguage } from '../../lib/language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { Field } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { invitableCategories } from './invitable-categories';
import {
  inDays,
  isReviewErrorKey,
  newReviewResolver,
  reviewErrorValues,
  type NewReviewInput,
  type NewReviewValues,
} from './new-review-form';

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
  const raters = useFieldArray({ control, name: 'namedRaters' });
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
      const keys = await createOwnerKeyPair();
      const review: OwnedReview = {
        id: createReviewId(),
        createdAt: new Date().toISOString(),
        subjectName: values.subjectName,
        ownerRole: values.ownerRole,
        ownerEmail: values.ownerEmail,
        ...(values.ownerName ? { ownerName: values.ownerName } : {}),
        dueDate: values.dueDate,
        message: values.message,
        threshold: values.threshold,
        categories: values.categories,
        language: i18nLanguage(i18n.language),
        instrumentVersion: itemBank.version,
        publicKey: keys.publicKey,
        privateKeyJwk: keys.privateKeyJwk,
        namedRaters: values.namedRaters.map((rater) => ({ ...rater, id: createShortId() })),
        selfAssessmentId: null,
        responses: [],
        waves: [{ number: 1, frozenAt: null }],
      };
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
  const isRatersFull = raters.fields.length >= MAX_NAMED_RATERS;
  // Rules on the whole list (how many, which groups) land on the array, not on a row.
  const ratersError = errors.namedRaters?.root?.message ?? errors.namedRaters?.message;

  return (
    <>
      <PageHeading>{t('review.newTitle')}</PageHeading>
      <p>{t('review.newIntro')}</p>
      {failure === 'key' ? <Notice tone="error">{t('review.errors.keyFailed')}</Notice> : null}
      {failure === 'not-saved' ? <Notice tone="error">{t('review.errors.notSaved')}</Notice> : null}
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
        <fieldset className="field field-wide">
          <legend>{t('review.namedRaters')}</legend>
          <p className="hint">{t('review.namedRatersHint')}</p>
          {raters.fields.map((field, index) => (
            <div key={field.id} className="inline-fields">
              <Field
                label={t('review.raterName', { number: index + 1 })}
                error={errorText(errors.namedRaters?.[index]?.name?.message)}
              >
                {(control) => (
                  <input
                    type="text"
                    autoComplete="off"
                    {...control}
                    {...register(`namedRaters.${index}.name`)}
                  />
                )}
              </Field>
              <label className="field">
                <span>{t('review.raterCategory', { number: index + 1 })}</span>
                <select {...register(`namedRaters.${index}.category`)}>
                  {categories.map((category) => (
                    <option key={category} value={category}>
                      {t(`categories.${category}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button button-small"
                onClick={() => raters.remove(index)}
              >
                {t('review.removeRater', { number: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button"
            disabled={isRatersFull}
            aria-describedby={isRatersFull ? 'raters-full' : undefined}
            onClick={() => raters.append({ name: '', category: 'peer' })}
          >
            {t('review.addRater')}
          </button>
          {isRatersFull ? (
            <p id="raters-full" className="hint">
              {t('review.errors.tooManyRaters', { max: MAX_NAMED_RATERS })}
            </p>
          ) : null}
          {isReviewErrorKey(ratersError) ? <FieldError>{errorText(ratersError)}</FieldError> : null}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('review.create')}
          </button>
        </div>
      </form>
    </>
  );
}
