// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectCodeKind } from '../../../src/links/format-tag';
import { codeFromText, invitationUrl, responseUrl } from '../../../src/links/link-url';

const base = 'https://example.org/ascent/';

describe('link URLs', () => {
  it('puts the code in the fragment of the respond and collect pages', () => {
    expect(invitationUrl(base, 'IABC')).toBe('https://example.org/ascent/respond#IABC');
    expect(responseUrl(base, 'RABC')).toBe('https://example.org/ascent/collect#RABC');
  });

  it('adds the slash a base address without one needs', () => {
    expect(invitationUrl('http://localhost:4173', 'IABC')).toBe(
      'http://localhost:4173/respond#IABC',
    );
  });
});

describe('codeFromText', () => {
  it.each([
    ['a bare code', 'IAbc-_12', 'IAbc-_12'],
    ['a full link', `${base}respond#IAbc-_12`, 'IAbc-_12'],
    ['surrounding whitespace', '  \n IAbc-_12 \t\n', 'IAbc-_12'],
    ['line breaks a mail client inserted', `${base}res\npond#IAb\r\nc-_\n12`, 'IAbc-_12'],
    ['invisible breaks from a chat app', 'IAb\u200bc-\u00ad_12', 'IAbc-_12'],
    ['angle brackets around a mailed link', `<${base}collect#RAbc-_12>`, 'RAbc-_12'],
    ['a full stop after a link in a sentence', `See ${base}respond#IAbc-_12.`, 'IAbc-_12'],
    ['quotes around a code', '"IAbc-_12"', 'IAbc-_12'],
    ['a link with no code', `${base}respond#`, ''],
  ])('takes the code from %s', (_, text, code) => {
    expect(codeFromText(text)).toBe(code);
  });
});

describe('detectCodeKind', () => {
  it.each([
    ['IAbc', 'invitation'],
    ['RAbc', 'response'],
    ['hello', null],
    ['', null],
  ])('reads %s as %s', (code, kind) => {
    expect(detectCodeKind(code)).toBe(kind);
  });
});
