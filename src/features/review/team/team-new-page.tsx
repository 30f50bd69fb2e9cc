import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_SUBJECT_NAME } from '../../../domain/review/review';
import { parseNameList } from '../../../domain/team/team';
import { i18nLanguage } from '../../../lib/language';
import { createShortId } from '../../../links/random-id';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { NamedRatersFieldset } from '../new-review/named-raters-fieldset';
import { inDays } from '../new-review/new-review-form';
import {
  CategoryChoices,
  DueDateField,
  MessageField,
  OwnerNameField,
} from '../new-review/review-fields';
import { createTeamReviews } from './create-team-reviews';
import {
  describeTeamError,
  newTeamResolver,
  teamCategories,
  type NewTeamInput,
  type NewTeamValues,
} from './team-form';
import './team.css';

/** Starts a review for each person of the team in one go, or adds people to the team. */
export function TeamNewPage() {
  const { t, i18n } = useTranslation();
  const team = useAppStore((state) => state.teams[0]);
  useDocumentTitle(team ? t('team.addTitle') : t('team.newTitle'));
  const navigate = useNavigate();
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
      namedRaters: [],
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const raters = useFieldArray({ control, name: 'namedRaters' });
  const people = parseNameList(useWatch({ control, name: 'people' }), MAX_SUBJECT_NAME);
  const message = useWatch({ control, name: 'message' });
  const errorText = (message: string | undefined) => {
    const error = describeTeamError(message);
    return error ? t(error.key, error.values) : undefined;
  };

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
      <PageHeading>{team ? t('team.addTitle') : t('team.newTitle')}</PageHeading>
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
        <CategoryChoices
          categories={teamCategories}
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
        {people.length > 0 ? (
          <p className="hint field-wide">{t('review.namedRatersHint')}</p>
        ) : null}
        {people.map((person) => (
          <NamedRatersFieldset
            key={person}
            legend={t('team.namedRatersFor', { name: person })}
            rows={raters.fields.flatMap((field, index) =>
              field.person === person ? [{ key: field.id, index }] : [],
            )}
            categories={teamCategories}
            nameField={(index) => register(`namedRaters.${index}.name`)}
            categoryField={(index) => register(`namedRaters.${index}.category`)}
            nameError={(index) => errorText(errors.namedRaters?.[index]?.name?.message)}
            listError={errorText(errors.namedRaters?.root?.message ?? errors.namedRaters?.message)}
            onAdd={() => raters.append({ person, name: '', category: 'peer' })}
            onRemove={(index) => raters.remove(index)}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('team.create')}
          </button>
        </div>
      </form>
    </>
  );
}
