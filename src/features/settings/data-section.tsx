import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup, mergeBackup, readBackupFile } from '../../storage/backup';
import { clearQuarantined } from '../../storage/quarantine';
import { downloadText } from '../../lib/download';
import { appStorage, useAppStore } from '../../stores/app-store';
import { emptyPersistedState, pickPersisted } from '../../stores/persisted-state';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FileButton } from '../../ui/file-button';
import { Notice } from '../../ui/notice';
import { SettledText } from '../../ui/settled-text';
import { StoredData } from '../../ui/stored-data';
import { backupErrorMessage } from './backup-messages';
import { useStoragePersistence } from './use-storage-persistence';

type Message = { tone: 'success' | 'error' | 'info'; text: string };

function persistenceText(isPersisted: boolean | null) {
  if (isPersisted === null) return null;
  return isPersisted ? 'persisted' : 'notPersisted';
}

function currentData() {
  return pickPersisted(useAppStore.getState());
}

export function DataSection() {
  const { t } = useTranslation();
  const replaceData = useAppStore((state) => state.replaceData);
  const isPersisted = useStoragePersistence();
  const holdsReviewKeys = useAppStore((state) => state.reviews.length > 0);
  const [message, setMessage] = useState<Message | null>(null);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);

  const exportData = () => {
    const now = new Date();
    const backup = createBackup(currentData(), now);
    downloadText(
      `ascent-backup-${now.toISOString().slice(0, 10)}.json`,
      JSON.stringify(backup, null, 2),
    );
    setMessage({ tone: 'success', text: t('settings.exported') });
  };

  const importFile = async (file: File) => {
    const result = await readBackupFile(file);
    if (!result.ok) {
      setMessage({ tone: 'error', text: backupErrorMessage(result.error, t) });
      return;
    }
    const merged = mergeBackup(currentData(), result.value.data);
    if (replaceData(merged.data) === 'invalid') {
      setMessage({ tone: 'error', text: t('settings.importTooMuch') });
      return;
    }
    setMessage(
      merged.added === 0
        ? { tone: 'info', text: t('settings.importNothingNew') }
        : { tone: 'success', text: t('settings.imported', { count: merged.added }) },
    );
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('settings.dataTitle')}</h2>
      <p>{t('settings.dataWhere')}</p>
      <SettledText
        className="hint"
        texts={{ persisted: t('settings.persisted'), notPersisted: t('settings.notPersisted') }}
        shown={persistenceText(isPersisted)}
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={exportData}>
          {t('settings.export')}
        </button>
        <FileButton
          label={t('settings.import')}
          accept="application/json,.json"
          onFile={(file) => void importFile(file)}
        />
        <button
          type="button"
          className="button button-danger"
          onClick={() => setConfirmingDelete(true)}
        >
          {t('settings.deleteAll')}
        </button>
      </div>
      <p className="hint">{t('settings.importHint')}</p>
      {/* Last, so that appearing once saved reviews are read moves nothing on the page. */}
      <StoredData>
        {holdsReviewKeys ? <Notice tone="warning">{t('settings.keysWarning')}</Notice> : null}
      </StoredData>
      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={t('settings.deleteAllTitle')}
        confirmLabel={t('settings.deleteAllConfirm')}
        cancelLabel={t('settings.cancel')}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          setConfirmingDelete(false);
          replaceData(emptyPersistedState);
          clearQuarantined(appStorage);
          setMessage({ tone: 'success', text: t('settings.deletedAll') });
        }}
      >
        <p>{t('settings.deleteAllBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
