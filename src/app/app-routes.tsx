import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { loadPageTexts } from '../lib/i18n';
import { NotFoundPage } from './not-found-page';

/** A page's code and its texts arrive together, so it never renders untranslated keys. */
async function withPageTexts<T>(page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadPageTexts()]);
  return module;
}

// Only the home page ships in the first bundle; every other page loads when first opened.
const AssessmentRoutes = lazy(() =>
  withPageTexts(import('../features/assessment/assessment-routes')).then((m) => ({
    default: m.AssessmentRoutes,
  })),
);
const ResultsPage = lazy(() =>
  withPageTexts(import('../features/results/results-page')).then((m) => ({
    default: m.ResultsPage,
  })),
);
const HistoryPage = lazy(() =>
  withPageTexts(import('../features/history/history-page')).then((m) => ({
    default: m.HistoryPage,
  })),
);
const ReviewRoutes = lazy(() =>
  withPageTexts(import('../features/review/review-routes')).then((m) => ({
    default: m.ReviewRoutes,
  })),
);
const CollectPage = lazy(() =>
  withPageTexts(import('../features/review/collect-page')).then((m) => ({
    default: m.CollectPage,
  })),
);
const RespondPage = lazy(() =>
  withPageTexts(import('../features/respond/respond-page')).then((m) => ({
    default: m.RespondPage,
  })),
);
const PlanRoutes = lazy(() =>
  withPageTexts(import('../features/plan/plan-routes')).then((m) => ({ default: m.PlanRoutes })),
);
const SettingsPage = lazy(() =>
  withPageTexts(import('../features/settings/settings-page')).then((m) => ({
    default: m.SettingsPage,
  })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="assessment/*" element={<AssessmentRoutes />} />
      <Route path="results" element={<ResultsPage />} />
      <Route path="results/:id" element={<ResultsPage />} />
      <Route path="history" element={<HistoryPage />} />
      <Route path="reviews/*" element={<ReviewRoutes />} />
      <Route path="collect" element={<CollectPage />} />
      <Route path="respond" element={<RespondPage />} />
      <Route path="plan/*" element={<PlanRoutes />} />
      <Route path="settings" element={<SettingsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
