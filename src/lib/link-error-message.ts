import type { TFunction } from 'i18next';
import type { LinkErrorCode } from '../links/link-result';

export function linkErrorMessage(reason: LinkErrorCode, t: TFunction): string {
  switch (reason) {
    case 'too-long':
    case 'too-large':
      return t('links.tooLong');
    case 'not-a-code':
      return t('links.notACode');
    case 'wrong-kind':
      return t('links.wrongKind');
    case 'unsupported-version':
      return t('links.unsupportedVersion');
    case 'damaged':
      return t('links.damaged');
    case 'cannot-open':
      return t('links.cannotOpen');
  }
}
