import type { TFunction } from 'i18next';
import type { SkillId } from '../../../domain/instrument/skills';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { localize } from '../../../domain/plan/catalog';
import { formatNumber } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { PageHeading } from '../../../ui/page-heading';
import { buildConversationGuide } from './conversation-guide';
import { GuideQuestions } from './guide-questions';
import { useTextsIn } from './use-texts-in';
import './team-guide.css';

/** The printable debrief guide for one person of the team, in that person's language. */
export function TeamGuidePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const review = useAppStore((state) =>
    state.teams[0]?.reviewIds.includes(id ?? '')
      ? state.reviews.find((candidate) => candidate.id === id)
      : undefined,
  );
  const guideT = useTextsIn(review?.language ?? 'en');
  useDocumentTitle(review ? t('team.guide.title', { name: review.subjectName }) : t('team.title'));
  if (!review) {
    return (
      <>
        <PageHeading>{t('team.guide.notFound')}</PageHeading>
        <p>{t('team.guide.notFoundHint')}</p>
        <Link className="button button-primary" to="/reviews/team">
          {t('team.guide.back')}
        </Link>
      </>
    );
  }
  if (guideT === null) return <p role="status">{t('team.guide.loading')}</p>;
  return <Guide review={review} t={guideT} />;
}

function Guide({ review, t }: { review: OwnedReview; t: TFunction }) {
  const guide = useMemo(() => buildConversationGuide(review), [review]);
  const { language, subjectName: name } = review;
  const skill = (id: SkillId) => t(`skills.${id}.name`);
  const number = (value: number) => formatNumber(value, language);
  const gaps = (list: typeof guide.blindSpots) =>
    list.length === 0 ? (
      <p>{t('team.guide.noGaps')}</p>
    ) : (
      <ul>
        {list.map((gap) => (
          <li key={gap.skill}>
            {t('team.guide.gapItem', {
              skill: skill(gap.skill),
              self: number(gap.self),
              others: number(gap.others),
            })}
          </li>
        ))}
      </ul>
    );
  return (
    <article className="team-guide" lang={language}>
      <PageHeading>{t('team.guide.title', { name })}</PageHeading>
      <p>{t('team.guide.intro', { name, wave: guide.wave })}</p>
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('team.guide.print')}
        </button>
        <Link className="button" to="/reviews/team">
          {t('team.guide.back')}
        </Link>
      </div>
      {guide.hasFigures ? null : (
        <p className="team-guide-empty">{t('team.guide.noFigures', { name })}</p>
      )}
      <section aria-labelledby="guide-strengths">
        <h2 id="guide-strengths">{t('team.guide.strengthsTitle')}</h2>
        {guide.strengths.length === 0 ? (
          <p>{t('team.guide.noStrengths')}</p>
        ) : (
          <ul>
            {guide.strengths.map((entry) => (
              <li key={entry.skill}>
                {t('team.guide.strengthItem', {
                  skill: skill(entry.skill),
                  others: number(entry.others),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {guide.hasSelf ? (
        <>
          <section aria-labelledby="guide-blind-spots">
            <h2 id="guide-blind-spots">{t('team.guide.blindSpotsTitle')}</h2>
            {gaps(guide.blindSpots)}
          </section>
          <section aria-labelledby="guide-hidden">
            <h2 id="guide-hidden">{t('team.guide.hiddenTitle')}</h2>
            {gaps(guide.hiddenStrengths)}
          </section>
        </>
      ) : (
        // Without a self-rating there is nothing to compare: said once, not under both headings.
        <section aria-labelledby="guide-gaps">
          <h2 id="guide-gaps">{t('team.guide.gapsTitle')}</h2>
          <p>{t('team.guide.noSelf', { name })}</p>
        </section>
      )}
      <GuideQuestions guide={guide} t={t} />
      <section aria-labelledby="guide-steps">
        <h2 id="guide-steps">{t('team.guide.stepsTitle')}</h2>
        {guide.steps.length === 0 ? (
          <p>{t('team.guide.noSteps')}</p>
        ) : (
          <>
            <p>{t('team.guide.stepsIntro')}</p>
            <ol className="team-guide-steps">
              {guide.steps.map((step) => (
                <li key={step.skill}>
                  <strong>
                    {t('team.guide.stepItem', {
                      skill: skill(step.skill),
                      title: localize(step.entry.title, language),
                    })}
                  </strong>{' '}
                  <span className="hint">({t(`plan.mix.${step.mix}`)})</span>
                  <br />
                  {localize(step.entry.summary, language)}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <p className="hint">{t('team.guide.source', { name, wave: guide.wave })}</p>
    </article>
  );
}
