import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_MESSAGE } from '../../../domain/review/review';
import { i18nLanguage } from '../../../lib/language';
import { createShortId } from '../../../links/random-id';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { Field } from '../../../ui/field';
import { FieldError } from '../../../ui/field-error';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { inDays } from '../new-review/new-review-form';
import { createTeamReviews } from './create-team-reviews';
import {
  isTeamErrorKey,
  newTeamResolver,
  teamCategories,
  type NewTeamInput,
  type NewTeamValues,
} from './team-form';
import './team.css';

/** Starts a review for each person of the team in one go, or adds people to the team. */
export function TeamNewPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('team.newTitle'));
  const navigate = useNavigate();
  const team = useAppStore((state) => state.teams[0]);
  const addTeamReviews = useAppStore((state) => state.addTeamReviews);
  const [failure, setFailure] = useState<'key' | 'not-saved' | null>(null);
  const form = useForm<NewTeamInput, unknown, NewTeamValues>({
    resolver: newTeamResolver,
    defaultValues: {
      teamName: team?.name ?? t('team.defaultName'),
      people: '',
      categories: ['self', 'manager', 'peer', 'direct-report'],
      dueDate: inDays(14),
      message: '',
      ownerName: '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;
  const errorText = (message: string | undefined) =>
    isTeamErrorKey(message) ? t(message, { max: MAX_MESSAGE }) : undefined;

  const create = async (values: NewTeamValues) => {
    try {
      const reviews = await createTeamReviews(values, i18nLanguage(i18n.language));
      const target = team ?? {
        id: createShortId(),
        name: values.teamName,
        createdAt: new Date().toISOString(),
        reviewIds: [],
      };
      if (addTeamReviews({ ...target, name: values.teamName }, reviews) !== 'saved') {
        setFailure('not-saved');
        return;
      }
      void navigate('/reviews/team');
    } catch {
      setFailure('key');
    }
  };

  return (
    <>
      <PageHeading>{t('team.newTitle')}</PageHeading>
      <p>{t('team.newIntro')}</p>
      {failure === 'key' ? <Notice tone="error">{t('review.errors.keyFailed')}</Notice> : null}
      {failure === 'not-saved' ? <Notice tone="error">{t('review.errors.notSaved')}</Notice> : null}
      <form noValidate onSubmit={(event) => void handleSubmit(create)(event)} className="form">
        <Field label={t('team.teamName')} error={errorText(errors.teamName?.message)}>
          {(control) => (
            <input type="text" autoComplete="off" {...control} {...register('teamName')} />
          )}
        </Field>
        <Field
          label={t('team.people')}
          hint={t('team.peopleHint')}
          error={errorText(errors.people?.message)}
          isWide
        >
          {(control) => <textarea rows={6} {...control} {...register('people')} />}
        </Field>
        <fieldset className="field">
          <legend>{t('review.categories')}</legend>
          {teamCategories.map((category) => (
            <label key={category} className="choice">
              <input type="checkbox" value={category} {...register('categories')} />
              {t(`categories.${category}`)}
            </label>
          ))}
          {errors.categories?.message ? (
            <FieldError>{errorText(errors.categories.message)}</FieldError>
          ) : null}
        </fieldset>
        <Field label={t('review.dueDate')} error={errorText(errors.dueDate?.message)}>
          {(control) => <input type="date" {...control} {...register('dueDate')} />}
        </Field>
        <Field label={t('review.message')} error={errorText(errors.message?.message)} isWide>
          {(control) => (
            <textarea rows={3} maxLength={MAX_MESSAGE} {...control} {...register('message')} />
          )}
        </Field>
        <Field label={t('review.ownerName')} hint={t('review.ownerNameHint')}>
          {(control) => (
            <input type="text" autoComplete="name" {...control} {...register('ownerName')} />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('team.create')}
          </button>
        </div>
      </form>
    </>
  );
}
