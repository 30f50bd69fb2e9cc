import { lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { loadPageTexts } from '../lib/i18n';
import { NotFoundPage } from '../ui/not-found-page';
import { pageModules, preloadedModule } from './page-modules';

/** A page's code and its texts arrive together, so it never renders untranslated keys. */
async function withPageTexts<T>(page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadPageTexts()]);
  return module;
}

/**
 * A page loaded on first visit: `name` is the component the module exports. When the start-up
 * code has already downloaded it (the page the app opened on), it renders without suspending.
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  const Lazy = lazy((): Promise<{ default: ComponentType }> =>
    withPageTexts(load()).then((module) => ({ default: module[name] })),
  );
  return function Page() {
    const Preloaded: ComponentType | undefined = preloadedModule(load)?.[name];
    return Preloaded ? <Preloaded /> : <Lazy />;
  };
}

// Only the home page ships in the first bundle; every other page loads when first opened.
const AssessmentRoutes = lazyPage(pageModules.assessment, 'AssessmentRoutes');
const ResultsPage = lazyPage(pageModules.results, 'ResultsPage');
const HistoryPage = lazyPage(pageModules.history, 'HistoryPage');
const ReviewRoutes = lazyPage(pageModules.reviews, 'ReviewRoutes');
const CollectPage = lazyPage(pageModules.collect, 'CollectPage');
const RespondPage = lazyPage(pageModules.respond, 'RespondPage');
const PlanRoutes = lazyPage(pageModules.plan, 'PlanRoutes');
const SettingsPage = lazyPage(pageModules.settings, 'SettingsPage');

/** English lives at the root; /en/… is what someone types who has seen /es/ and /fr/. */
function WithoutEnglishPrefix() {
  const { '*': rest = '' } = useParams();
  const { search, hash } = useLocation();
  return <Navigate to={`/${rest}${search}${hash}`} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      {/* A server answers its own file name with the home page too: the address becomes the home's. */}
      <Route path="index.html" element={<Navigate to="/" replace />} />
      <Route path="en/*" element={<WithoutEnglishPrefix />} />
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
