import './plan-sections.css';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { PlanPage } from './plan-page';

// The plan itself is what people open; its side pages load when first visited.
const NewGoalPage = lazy(() =>
  import('./new-goal-page').then((module) => ({ default: module.NewGoalPage })),
);
const AdvocacyPage = lazy(() =>
  import('./advocacy-page').then((module) => ({ default: module.AdvocacyPage })),
);
const CatalogPage = lazy(() =>
  import('./catalog-page').then((module) => ({ default: module.CatalogPage })),
);

/** Everything under /plan: the plan itself, a new goal, the case for the role, the catalog. */
export function PlanRoutes() {
  return (
    <Routes>
      <Route index element={<PlanPage />} />
      <Route path="goals/new" element={<NewGoalPage />} />
      <Route path="case" element={<AdvocacyPage />} />
      <Route path="catalog" element={<CatalogPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
