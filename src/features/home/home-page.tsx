import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { skillIds } from '../../domain/instrument/skills';
import { loadPageTexts } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { PageHeading } from '../../ui/page-heading';
import { useHydrated } from '../../lib/use-hydrated';

// A returning person's dashboard, with its texts, loads only when there is data to show: the
// first visit's bundle holds the introduction alone.
const HomeDashboard = lazy(() =>
  Promise.all([import('./home-dashboard'), loadPageTexts()]).then(([module]) => ({
    default: module.HomeDashboard,
  })),
);

export function HomePage() {
  useDocumentTitle('');
  const hasData = useAppStore(
    (state) => state.assessments.length + state.reviews.length + state.plan.goals.length > 0,
  );
  // The prerendered page is the first visit's introduction; saved data turns it into the
  // dashboard only after the browser has taken that HTML over.
  const isDataShown = useHydrated();
  // The boundary is on screen, with the introduction, from the first render: the switch to the
  // dashboard is a transition (useHydrated), so React keeps the introduction until the dashboard
  // and its texts are here, instead of a blank while they load. The placeholder is for a page
  // drawn by the browser alone, where the dashboard is wanted from the first render.
  return (
    <Suspense fallback={<div style={{ minHeight: '40rem' }} />}>
      {hasData && isDataShown ? <HomeDashboard /> : <Introduction isDataShown={isDataShown} />}
    </Suspense>
  );
}

function Introduction({ isDataShown }: { isDataShown: boolean }) {
  const { t } = useTranslation();
  const savedAnswered = useAppStore((state) =>
    state.draft ? Object.keys(state.draft.answers).length : null,
  );
  const answered = isDataShown ? savedAnswered : null;
  return (
    <>
      <section className="hero">
        <PageHeading takesFocus={false}>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.lead')}</p>
        {/* The first visit's button is in the prerendered page; a saved draft renames it. */}
        <div className="button-row">
          <Link className="button button-primary" to="/assessment">
            {answered === null ? t('home.start') : t('home.resume')}
          </Link>
        </div>
        {/* The line is kept without a draft too, so reading one moves nothing below. */}
        <p
          className={answered === null ? 'hint is-pending' : 'hint'}
          aria-hidden={answered === null}
        >
          {t('home.resumeHint', { answered: answered ?? 0, total: itemBank.items.length })}
        </p>
      </section>
      <section aria-labelledby="skills-title">
        <h2 id="skills-title">{t('home.skillsTitle')}</h2>
        <ul className="skill-cards">
          {skillIds.map((skill) => (
            <li key={skill} className="card">
              <h3>{t(`skills.${skill}.name`)}</h3>
              <p>{t(`skills.${skill}.definition`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="stats-title">
        <h2 id="stats-title">{t('home.statsTitle')}</h2>
        <p>{t('home.stats')}</p>
      </section>
    </>
  );
}
