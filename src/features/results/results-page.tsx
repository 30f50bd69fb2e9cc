import './results-page.css';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { itemBank, itemBankHistory } from '../../content/item-bank';
import { sortByNewest } from '../../domain/assessment/assessment';
import { scoreAssessment } from '../../domain/assessment/scoring';
import { rewordedSince } from '../../domain/instrument/item-revisions';
import type { SkillId } from '../../domain/instrument/skills';
import { formatDate, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { ChartFigure } from '../../ui/chart-figure';
import { EmptyState } from '../../ui/empty-state';
import { PageHeading } from '../../ui/page-heading';
import { StoredData } from '../../ui/stored-data';
import { barConfig, radarConfig } from './chart-configs';
import { HowScoringWorks } from './how-scoring-works';
import { ScoreTable } from './score-table';
import { SkillInterpretations } from './skill-interpretations';
import './results-print.css';

export function ResultsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('results.title'));
  const { id } = useParams();
  // What the page is for needs no saved data: the prerendered page shows it at once, and the
  // saved result is drawn below it once read.
  return (
    <>
      <PageHeading>{t('results.title')}</PageHeading>
      <p className="lead">{t('results.intro')}</p>
      <StoredData>
        <SavedResult id={id} />
      </StoredData>
    </>
  );
}

function SavedResult({ id }: { id: string | undefined }) {
  const { t, i18n } = useTranslation();
  const assessments = useAppStore((state) => state.assessments);
  const assessment = id
    ? assessments.find((candidate) => candidate.id === id)
    : sortByNewest(assessments)[0];
  const score = useMemo(
    () => (assessment ? scoreAssessment(assessment.answers, itemBank) : null),
    [assessment],
  );
  const language = i18n.language;
  const labels = useMemo(
    () => score?.skills.map((skill) => t(`skills.${skill.skill}.name`)) ?? [],
    [score, t],
  );
  const values = useMemo(() => score?.skills.map((skill) => skill.index ?? 0) ?? [], [score]);
  const radar = useCallback(
    () => radarConfig(labels, values, t('results.colIndex')),
    [labels, values, t],
  );
  const bar = useCallback(
    () => barConfig(labels, values, t('results.colIndex')),
    [labels, values, t],
  );

  if (!assessment || !score) {
    return (
      <EmptyState
        text={id ? t('results.notFound') : t('results.noResults')}
        action={t('results.takeAssessment')}
        to="/assessment"
      />
    );
  }

  const reworded = rewordedSince(
    itemBankHistory,
    itemBank.items.map((item) => item.id),
    assessment.instrumentVersion,
  );
  const names = (skills: readonly SkillId[]) =>
    skills.map((skill) => t(`skills.${skill}.name`)).join(', ');

  return (
    <>
      <p className="hint">
        {t('results.completedOn', { date: formatDate(assessment.completedAt, language) })} ·{' '}
        {t('results.instrumentVersion', { version: assessment.instrumentVersion })}
        {reworded > 0 ? ` · ${t('results.rewordedSince', { count: reworded })}` : null}
      </p>
      <section className="card summary results-summary" aria-labelledby="overall-title">
        <h2 id="overall-title">{t('results.overall')}</h2>
        <p className="overall-value">
          {score.overallIndex === null || score.overallLevel === null
            ? t('levels.none')
            : t('results.overallValue', {
                index: formatNumber(score.overallIndex, language),
                level: t(`levels.${score.overallLevel}`),
              })}
        </p>
        <dl className="highlights">
          <dt>{t('results.strengths')}</dt>
          <dd>{names(score.strengths)}</dd>
          <dt>{t('results.priorities')}</dt>
          <dd>{names(score.priorities)}</dd>
        </dl>
      </section>
      <div className="chart-grid">
        <ChartFigure
          title={t('results.radarTitle')}
          description={t('results.chartAlt', { title: t('results.radarTitle') })}
          config={radar}
          loadingLabel={t('results.chartLoading')}
          failedLabel={t('results.chartFailed')}
          language={language}
        />
        <ChartFigure
          title={t('results.barTitle')}
          description={t('results.chartAlt', { title: t('results.barTitle') })}
          config={bar}
          loadingLabel={t('results.chartLoading')}
          failedLabel={t('results.chartFailed')}
          language={language}
        />
      </div>
      <ScoreTable score={score} />
      <SkillInterpretations score={score} />
      <HowScoringWorks />
      <section aria-labelledby="next-steps-title" className="no-print">
        <h2 id="next-steps-title">{t('results.nextSteps.title')}</h2>
        <p>{t('results.nextSteps.hint')}</p>
        <div className="button-row">
          <Link className="button button-primary" to="/plan">
            {t('results.nextSteps.plan')}
          </Link>
          <Link className="button" to="/reviews/new">
            {t('results.nextSteps.review')}
          </Link>
        </div>
      </section>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <Link className="button" to="/history">
          {t('results.history')}
        </Link>
      </div>
    </>
  );
}
