import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { sortByNewest, type CompletedAssessment } from '../../domain/assessment/assessment';
import { scoreAssessment } from '../../domain/assessment/scoring';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { StoredData } from '../../ui/stored-data';
import { CompareSection } from './compare-section';

export function HistoryPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('history.title'));
  const language = i18n.language;
  const assessments = useAppStore((state) => state.assessments);
  const deleteAssessment = useAppStore((state) => state.deleteAssessment);
  const [pendingDelete, setPendingDelete] = useState<CompletedAssessment | null>(null);
  const [hasDeleted, setHasDeleted] = useState(false);
  const deletedRef = useRef<HTMLDivElement>(null);
  // The deleted row's button is gone: focus the confirmation so keyboard users are not lost.
  useEffect(() => {
    if (hasDeleted) deletedRef.current?.focus();
  }, [hasDeleted, assessments]);
  const newestFirst = sortByNewest(assessments);

  return (
    <>
      <PageHeading>{t('history.title')}</PageHeading>
      {/* Prerendered, and the largest text on the first screen, whatever the data draws below. */}
      <p className="lead">{t('history.lead')}</p>
      <StoredData>
        {hasDeleted ? (
          <div ref={deletedRef} tabIndex={-1}>
            <Notice tone="success">{t('history.deleted')}</Notice>
          </div>
        ) : null}
        {newestFirst.length === 0 ? (
          <EmptyState
            text={t('history.empty')}
            action={t('results.takeAssessment')}
            to="/assessment"
          />
        ) : (
          <table className="data-table">
            <caption>{t('history.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.colDate')}</th>
                <th scope="col">{t('history.colOverall')}</th>
                <th scope="col">{t('history.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((assessment) => {
                const date = formatDateTime(assessment.completedAt, language);
                const { overallIndex, overallLevel } = scoreAssessment(
                  assessment.answers,
                  itemBank,
                );
                return (
                  <tr key={assessment.id}>
                    <th scope="row">
                      <Link
                        to={`/results/${assessment.id}`}
                        aria-label={t('history.open', { date })}
                      >
                        {date}
                      </Link>
                    </th>
                    <td>
                      {overallIndex === null || overallLevel === null
                        ? '—'
                        : `${formatNumber(overallIndex, language)} · ${t(`levels.${overallLevel}`)}`}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('history.delete', { date })}
                        onClick={() => setPendingDelete(assessment)}
                      >
                        {t('history.deleteConfirm')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {newestFirst.length === 0 ? null : <CompareSection newestFirst={newestFirst} />}
      </StoredData>
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={t('history.deleteConfirmTitle')}
        confirmLabel={t('history.deleteConfirm')}
        cancelLabel={t('history.cancel')}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          if (pendingDelete) deleteAssessment(pendingDelete.id);
          setPendingDelete(null);
          setHasDeleted(true);
        }}
      >
        <p>
          {t('history.deleteConfirmBody', {
            date: pendingDelete ? formatDateTime(pendingDelete.completedAt, language) : '',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
