import { Route, Routes } from 'react-router';
import { AdvocacyPage } from './advocacy-page';
import { CatalogPage } from './catalog-page';
import { NewGoalPage } from './new-goal-page';
import { PlanPage } from './plan-page';

/** Everything under /plan: the plan itself, a new goal, the case for the role, the catalog. */
export function PlanRoutes() {
  return (
    <Routes>
      <Route index element={<PlanPage />} />
      <Route path="goals/new" element={<NewGoalPage />} />
      <Route path="case" element={<AdvocacyPage />} />
      <Route path="catalog" element={<CatalogPage />} />
    </Routes>
  );
}
