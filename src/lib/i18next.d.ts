import 'i18next';
import type pages from '../locales/en/pages.json';
import type shell from '../locales/en/shell.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof shell & typeof pages };
  }
}
