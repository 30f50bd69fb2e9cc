import type { Language } from '../domain/instrument/settings';
import { appPath } from '../lib/language-path';

/** Marks the root the build rendered into: which page, in which language. */
export function prerenderedMark(path: string, language: Language): string {
  return `${language}:${path}`;
}

/** True when the container holds the build's HTML of exactly this page in this language. */
export function isPrerenderedFor(
  container: HTMLElement,
  pathname: string,
  language: Language,
): boolean {
  return container.dataset['prerendered'] === prerenderedMark(appPath(pathname), language);
}
