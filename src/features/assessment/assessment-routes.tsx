import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { isSkillId } from '../../domain/instrument/skills';
import { Notice } from '../../ui/notice';
import { AssessmentFlow } from './assessment-flow';
import { AssessmentIntroPage } from './assessment-intro-page';
import { AssessmentReviewPage } from './assessment-review-page';
import { AssessmentStepPage } from './assessment-step-page';

function StepRoute() {
  const { t } = useTranslation();
  const { step = '' } = useParams();
  if (step === 'review') return <AssessmentReviewPage />;
  if (isSkillId(step)) return <AssessmentStepPage key={step} skill={step} />;
  return (
    <Notice tone="warning">
      <Link to="/assessment">{t('assessment.notFound')}</Link>
    </Notice>
  );
}

/** Everything under /assessment: the intro, one page per skill, the review. */
export function AssessmentRoutes() {
  return (
    <Routes>
      <Route index element={<AssessmentIntroPage />} />
      <Route element={<AssessmentFlow />}>
        <Route path=":step" element={<StepRoute />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
