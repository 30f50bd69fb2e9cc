import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { largestGaps } from '../../../domain/review/largest-gaps';
import type { ReviewReport } from '../../../domain/review/review-report';

/** As many as the plan's recommendations usually cover well at once. */
const GAPS_LINKED = 2;

/**
 * The way from a person's own 360 report to their plan: straight to the recommendations for
 * the skills where self and others differ most, or to the plan when no gap stands out.
 */
export function ReportPlanLinks({ report }: { report: ReviewReport }) {
  const { t } = useTranslation();
  const gaps = largestGaps(report, GAPS_LINKED);
  if (gaps.length === 0) {
    return (
      <Link className="button button-primary" to="/plan">
        {t('reportHeadline.planLink')}
      </Link>
    );
  }
  return gaps.map((skill) => (
    <Link key={skill} className="button button-primary" to={`/plan?skill=${skill}`}>
      {t('reportHeadline.planSkillLink', { skill: t(`skills.${skill}.name`) })}
    </Link>
  ));
}
