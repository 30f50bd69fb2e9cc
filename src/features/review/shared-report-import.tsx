import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseSharedReport } from '../../domain/shared-report';
import { useAppStore } from '../../stores/app-store';
import { FileButton } from '../../ui/file-button';
import { Notice } from '../../ui/notice';

type Outcome = { ok: true; path: string; isNew: boolean } | { ok: false; message: string };

/** The person reviewed imports the report their manager handed over; it is stored read-only. */
export function SharedReportImport() {
  const { t } = useTranslation();
  const addSharedReport = useAppStore((state) => state.addSharedReport);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    const result = parseSharedReport(await file.text().catch(() => ''));
    if (!result.ok) {
      setOutcome({ ok: false, message: t(`sharedReport.errors.${result.error.code}`) });
      return;
    }
    const isNew = addSharedReport(result.value);
    setOutcome({
      ok: true,
      isNew,
      path: `/reviews/shared/${result.value.reviewId}/${String(result.value.wave)}`,
    });
  };

  return (
    <section aria-labelledby="shared-import-title">
      <h2 id="shared-import-title">{t('sharedReport.importTitle')}</h2>
      <p className="hint">{t('sharedReport.importHint')}</p>
      <FileButton
        label={t('sharedReport.importButton')}
        accept="application/json,.json"
        onFile={(file) => void importFile(file)}
      />
      {outcome?.ok === false ? <Notice tone="error">{outcome.message}</Notice> : null}
      {outcome?.ok ? (
        <Notice tone="success">
          {outcome.isNew ? t('sharedReport.imported') : t('sharedReport.alreadyHere')}{' '}
          <Link to={outcome.path}>{t('sharedReport.open')}</Link>
        </Notice>
      ) : null}
    </section>
  );
}
