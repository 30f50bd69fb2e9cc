import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  readSharedReportFile,
  type SharedReportError,
} from '../../../domain/review/shared-report-file';
import { useAppStore } from '../../../stores/app-store';
import { FileButton } from '../../../ui/file-button';
import { Notice } from '../../../ui/notice';

type Outcome = { ok: true; path: string; isNew: boolean } | { ok: false; message: string };

function errorMessage(error: SharedReportError, t: TFunction): string {
  const message = t(`sharedReport.errors.${error.code}`);
  if (error.code === 'newer-version' || error.code === 'unsupported-version') {
    return `${message} ${t('files.version', { found: error.found, supported: error.supported })}`;
  }
  if (error.code === 'invalid') {
    const { problem } = error;
    const values = 'max' in problem ? { max: problem.max } : {};
    return `${message} ${t(`files.problems.${problem.kind}`, values)}`;
  }
  return message;
}

/** The person reviewed imports the report their manager handed over; it is stored read-only. */
export function SharedReportImport({ hasNone }: { hasNone: boolean }) {
  const { t } = useTranslation();
  const addSharedReport = useAppStore((state) => state.addSharedReport);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    const result = await readSharedReportFile(file);
    if (!result.ok) {
      setOutcome({ ok: false, message: errorMessage(result.error, t) });
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
      {hasNone ? <p>{t('sharedReport.none')}</p> : null}
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
