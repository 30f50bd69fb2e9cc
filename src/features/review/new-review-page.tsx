import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { itemBank } from '../../content/item-bank';
import type { OwnedReview } from '../../domain/owned-review';
import { MAX_MESSAGE, MIN_ANONYMITY_THRESHOLD, type RaterCategory } from '../../domain/review';
import { createOwnerKeyPair } from '../../links/key-pair';
import { createReviewId, createShortId } from '../../links/random-id';
import { i18nLanguage } from '../../lib/language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { FieldError } from '../../ui/field-error';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { invitableCategories } from './category-labels';
import {
  inDays,
  isReviewErrorKey,
  newReviewResolver,
  type NewReviewInput,
  type NewReviewValues,
} from './new-review-form';

const defaultValues: NewReviewInput = {
  subjectName: '',
  ownerRole: 'subject',
  dueDate: inDays(14),
  message: '',
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
  const [failed, setFailed] = useState(false);
  const form = useForm<NewReviewInput, unknown, NewReviewValues>({
    resolver: newReviewResolver,
    defaultValues,
  });
  const { register, handleSubmit, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const raters = useFieldArray({ control, name: 'namedRaters' });
  const ownerRole = useWatch({ control, name: 'ownerRole' });
  const categories = invitableCategories(ownerRole);
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
        dueDate: values.dueDate,
        message: values.message,
        threshold: values.threshold,
        categories: values.categories.filter((c) => categories.includes(c)),
        language: i18nLanguage(i18n.language),
        instrumentVersion: itemBank.version,
        publicKey: keys.publicKey,
        privateKeyJwk: keys.privateKeyJwk,
        namedRaters: values.namedRaters.map((rater) => ({ ...rater, id: createShortId() })),
        selfAssessmentId: null,
        responses: [],
        waves: [{ number: 1, frozenAt: null }],
      };
      addReview(review);
      void navigate(`/reviews/${review.id}`);
    } catch {
      setFailed(true);
    }
  };

  const fieldError = (message: string | undefined) =>
    isReviewErrorKey(message) ? <FieldError>{t(message)}</FieldError> : null;

  return (
    <>
      <PageHeading>{t('review.newTitle')}</PageHeading>
      <p>{t('review.newIntro')}</p>
      {failed ? <Notice tone="error">{t('review.errors.keyFailed')}</Notice> : null}
      <form noValidate onSubmit={(event) => void handleSubmit(create)(event)} className="form">
        <label className="field">
          <span>{t('review.subjectName')}</span>
          <input
            type="text"
            autoComplete="off"
            aria-invalid={errors.subjectName ? true : undefined}
            {...register('subjectName')}
          />
          {fieldError(errors.subjectName?.message)}
        </label>
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
          {fieldError(errors.categories?.message)}
        </fieldset>
        <label className="field">
          <span>{t('review.dueDate')}</span>
          <input
            type="date"
            aria-invalid={errors.dueDate ? true : undefined}
            {...register('dueDate')}
          />
          {fieldError(errors.dueDate?.message)}
        </label>
        <label className="field field-wide">
          <span>{t('review.message')}</span>
          <textarea rows={4} maxLength={MAX_MESSAGE} {...register('message')} />
          <span className="hint">
            {t('review.messageCount', { count: message.length, max: MAX_MESSAGE })}
          </span>
          {fieldError(errors.message?.message)}
        </label>
        <label className="field">
          <span>{t('review.ownerEmail')}</span>
          <input type="email" autoComplete="email" {...register('ownerEmail')} />
          <span className="hint">{t('review.ownerEmailHint')}</span>
          {fieldError(errors.ownerEmail?.message)}
        </label>
        <label className="field">
          <span>{t('review.threshold')}</span>
          <input type="number" min={MIN_ANONYMITY_THRESHOLD} max={10} {...register('threshold')} />
          <span className="hint">
            {t('review.thresholdHint', { min: MIN_ANONYMITY_THRESHOLD })}
          </span>
          {fieldError(errors.threshold?.message)}
        </label>
        <fieldset className="field field-wide">
          <legend>{t('review.namedRaters')}</legend>
          <p className="hint">{t('review.namedRatersHint')}</p>
          {raters.fields.map((field, index) => (
            <div key={field.id} className="inline-fields">
              <label className="field">
                <span>{t('review.raterName', { number: index + 1 })}</span>
                <input type="text" autoComplete="off" {...register(`namedRaters.${index}.name`)} />
                {fieldError(errors.namedRaters?.[index]?.name?.message)}
              </label>
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
            onClick={() => raters.append({ name: '', category: 'peer' })}
          >
            {t('review.addRater')}
          </button>
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
