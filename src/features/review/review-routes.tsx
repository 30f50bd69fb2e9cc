import { Route, Routes } from 'react-router';
import { NewReviewPage } from './new-review-page';
import { ReportPage } from './report-page';
import { ReviewPage } from './review-page';
import { ReviewsPage } from './reviews-page';
import { SharedReportPage } from './shared-report-page';

/** Everything under /reviews: the list, creating one, one review, its report. */
export function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<ReviewsPage />} />
      <Route path="new" element={<NewReviewPage />} />
      <Route path=":id" element={<ReviewPage />} />
      <Route path=":id/report" element={<ReportPage />} />
      <Route path="shared/:reviewId/:wave" element={<SharedReportPage />} />
    </Routes>
  );
}
