import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { ReportPage } from './report/report-page';
import { ReviewsPage } from './reviews/reviews-page';
import { SharedReportPage } from './shared/shared-report-page';

// Creating and running a review need forms, links and sealing; the list and the reports do not,
// so a report opened from a bookmark or a shared file loads none of that.
const NewReviewPage = lazy(() =>
  import('./new-review/new-review-page').then((module) => ({ default: module.NewReviewPage })),
);
const ReviewPage = lazy(() =>
  import('./reviews/review-page').then((module) => ({ default: module.ReviewPage })),
);

const TeamPage = lazy(() =>
  import('./team/team-page').then((module) => ({ default: module.TeamPage })),
);
const TeamGuidePage = lazy(() =>
  import('./team/team-guide-page').then((module) => ({ default: module.TeamGuidePage })),
);
const TeamNewPage = lazy(() =>
  import('./team/team-new-page').then((module) => ({ default: module.TeamNewPage })),
);

/** Everything under /reviews: the list, creating one, one review, its report. */
export function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<ReviewsPage />} />
      <Route path="new" element={<NewReviewPage />} />
      <Route path="team" element={<TeamPage />} />
      <Route path="team/new" element={<TeamNewPage />} />
      <Route path="team/:id/guide" element={<TeamGuidePage />} />
      <Route path=":id" element={<ReviewPage />} />
      <Route path=":id/report" element={<ReportPage />} />
      <Route path="shared/:reviewId/:wave" element={<SharedReportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
