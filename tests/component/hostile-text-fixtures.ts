import { expect } from 'vitest';
import { createTryCounter } from '../unit/security/hostile-strings';

/** Every surface a hostile string reaches; hostile-text.test.tsx prints the total. */
export const tried = createTryCounter();

/** Accessible names fold some whitespace: compare with every run of it as one space. */
export const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

export const named = (expected: string) => (name: string) => spaced(name) === spaced(expected);

/**
 * The page shows the text as text: it is in the DOM verbatim, and nothing it spells out became an
 * element, an event handler or a link anywhere but the app's own places.
 */
export function expectShownAsText(container: HTMLElement, text: string, surface: string): void {
  tried.note(surface);
  const fieldValues = [...container.querySelectorAll('textarea, input')].map((field) =>
    field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : '',
  );
  // A form field's value has its line breaks as LF, whatever was stored.
  const asFieldValue = text.replace(/\r\n?/g, '\n');
  const isShown = container.textContent.includes(text) || fieldValues.includes(asFieldValue);
  expect(isShown, `${surface} shows ${JSON.stringify(text)}`).toBe(true);
  expectNoInjectedMarkup(container);
}

export function expectNoInjectedMarkup(container: HTMLElement): void {
  const injected =
    'script, img, iframe, object, embed, image, foreignObject, style, link, base, meta';
  expect(container.querySelectorAll(injected)).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
  }
  for (const link of container.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')).toMatch(/^(?:https:\/\/|mailto:|\/(?!\/)|#)/);
  }
}

/** The parts of a mailto link; fails unless it is exactly a recipient, a subject and a body. */
export function readMailto(href: string | null) {
  const match = /^mailto:([^?&#\s]*)\?subject=([^&#\s]*)&body=([^&#\s]*)$/.exec(href ?? '');
  if (!match) throw new Error(`not a plain mailto link: ${String(href)}`);
  const [, to = '', subject = '', body = ''] = match;
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(subject),
    body: decodeURIComponent(body),
  };
}
