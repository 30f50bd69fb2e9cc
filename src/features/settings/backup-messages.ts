import type { TFunction } from 'i18next';
import type { BackupError } from '../../storage/backup';

export function backupErrorMessage(error: BackupError, t: TFunction): string {
  switch (error.code) {
    case 'too-large':
      return t('backup.tooLarge');
    case 'unreadable':
      return t('backup.unreadable');
    case 'not-json':
      return t('backup.notJson');
    case 'wrong-format':
      return t('backup.wrongFormat');
    case 'newer-version':
    case 'unsupported-version': {
      const reason = error.code === 'newer-version' ? 'newerVersion' : 'unsupportedVersion';
      const versions = { found: error.found, supported: error.supported };
      return `${t(`backup.${reason}`)} ${t('files.version', versions)}`;
    }
    case 'invalid': {
      const { problem } = error;
      const values = 'max' in problem ? { max: problem.max } : {};
      return `${t('backup.invalid', { detail: error.detail })} ${t(`files.problems.${problem.kind}`, values)}`;
    }
  }
}
