import type { CodeKind } from './format-tag';

/** The page a link opens; the code sits in the fragment, which browsers never send to a server. */
const routes = { invitation: 'respond', response: 'collect' } as const satisfies Record<
  CodeKind,
  string
>;

function joinUrl(baseUrl: string, route: string, code: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${route}#${code}`;
}

/** `baseUrl` is the app's own served address (origin + BASE_URL), ending in a slash. */
export function invitationUrl(baseUrl: string, code: string): string {
  return joinUrl(baseUrl, routes.invitation, code);
}

export function responseUrl(baseUrl: string, code: string): string {
  return joinUrl(baseUrl, routes.response, code);
}

/** Whitespace and invisible breaks that mail clients and chat apps insert into long links. */
const insertedBreaks = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Quotes, brackets and sentence punctuation that cling to a link pasted from running text. */
const wrapping = /^[<("'[]+|[>)"'\].,;:!?]+$/g;

/**
 * The code from a pasted link or bare code. The result is not checked here; the decoders refuse
 * anything that is not a whole, valid code.
 */
export function codeFromText(text: string): string {
  const joined = text.replace(insertedBreaks, '');
  const fragment = joined.slice(joined.lastIndexOf('#') + 1);
  return fragment.replace(wrapping, '');
}
