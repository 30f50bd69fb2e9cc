import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentWave } from '../../../domain/review/review-waves';
import { formatDay } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAppStore } from '../../../stores/app-store';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeading } from '../../../ui/page-heading';
import { StoredData } from '../../../ui/stored-data';
import { AllLinksButton } from './all-links-button';
import { receivedByCategory } from './review-status';
import { SharedReportsList } from '../shared/shared-reports-list';

/** Every review this browser owns, with where each stands: for a manager running several. */
export function ReviewsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('reviews.title'));
  const reviews = useAppStore((state) => state.reviews);
  return (
    <>
      <PageHeading>{t('reviews.title')}</PageHeading>
      <p>{t('reviews.intro')}</p>
      {/* The team link comes first: the buttons that need saved reviews join it without moving it. */}
      <div className="button-row">
        <Link className="button" to="/reviews/team">
          {t('reviews.teamLink')}
        </Link>
        <StoredData>
          {reviews.length > 0 ? (
            <>
              <Link className="button button-primary" to="/reviews/new">
                {t('reviews.new')}
              </Link>
              <AllLinksButton reviews={reviews} />
            </>
          ) : null}
        </StoredData>
      </div>
      <StoredData>
        {reviews.length === 0 ? (
          <EmptyState text={t('reviews.empty')} action={t('reviews.new')} to="/reviews/new" />
        ) : (
          <table className="data-table">
            <caption>{t('reviews.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.colSubject')}</th>
                <th scope="col">{t('reviews.colDue')}</th>
                <th scope="col">{t('reviews.colReceived')}</th>
                <th scope="col">{t('reviews.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => {
                const received = receivedByCategory(review);
                const wave = currentWave(review);
                return (
                  <tr key={review.id}>
                    <th scope="row">
                      <Link to={`/reviews/${review.id}`}>{review.subjectName}</Link>
                    </th>
                    <td>{formatDay(review.dueDate, i18n.language)}</td>
                    <td>
                      {review.categories
                        .map((category) =>
                          t('format.labelled', {
                            label: t(`categories.${category}`),
                            value: received[category],
                          }),
                        )
                        .join(' · ')}
                    </td>
                    <td>
                      {wave.frozenAt
                        ? t('reviews.statusFrozen', { wave: wave.number })
                        : t('reviews.statusOpen', { wave: wave.number })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <SharedReportsList />
      </StoredData>
    </>
  );
}
