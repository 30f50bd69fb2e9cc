import { useTranslation } from 'react-i18next';
import type { OwnedReview } from '../../../domain/review/owned-review';

/**
 * Raters may add their name (it is off by default). Only the names are listed, never next to
 * their ratings, which appear in the report as group figures like everyone else's.
 */
export function NamedResponses({ review }: { review: OwnedReview }) {
  const { t } = useTranslation();
  const names = [
    ...new Set(review.responses.map((r) => r.response.raterName).filter((n) => n)),
  ].sort();
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="named-title">
      <h2 id="named-title">{t('review.namedTitle')}</h2>
      <p>{names.join(', ')}</p>
    </section>
  );
}
