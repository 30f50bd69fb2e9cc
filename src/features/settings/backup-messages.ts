import type { TFunction } from 'i18next';
import type { BackupError } from '../../storage/backup';

export function backupErrorMessage(error: BackupError, t: TFunction): string {
  switch (error.code) {
    case 'too-large':
      return t('backup.tooLarge');
    case 'not-json':
      return t('backup.notJson');
    case 'wrong-format':
      return t('backup.wrongFormat');
    case 'newer-version':
      return t('backup.newerVersion');
    case 'invalid':
      return t('backup.invalid', { detail: error.detail });
  }
}
