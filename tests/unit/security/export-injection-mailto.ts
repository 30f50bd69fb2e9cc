import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto } from '../../../src/domain/files/mailto';
import { hostileStrings } from './hostile-strings';
import { tried, RUNS } from './export-injection-fixtures';

/* ----------------------------------------------------------------------------------------- */
/* mailto                                                                                     */
/* ----------------------------------------------------------------------------------------- */

/** The parts a mail app reads from the link; throws if the link is not one to, subject, body. */
function readMailto(link: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?&#\s]*)\?subject=([^&#\s]*)&body=([^&#\s]*)$/.exec(link);
  if (!match) throw new Error(`not a plain mailto link: ${link}`);
  const [, to = '', subject = '', body = ''] = match;
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(subject),
    body: decodeURIComponent(body),
  };
}

const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');

export function describeMailtoLinks(): void {
  describe('mailto links', () => {
    it.each(hostileStrings)('carries %j as the subject and body only', (text) => {
      tried.note('mailto: subject and body', 2);
      const parts = readMailto(buildMailto({ to: '', subject: text, body: text }));

      expect(parts).toEqual({
        to: '',
        subject: text.replace(/[\r\n]+/g, ' '),
        body: text.replace(/\r\n|\r|\n/g, '\r\n'),
      });
    });

    it.each([
      'a@example.org,b@evil.example',
      'a@example.org?cc=b@evil.example',
      'a@example.org&bcc=b@evil.example',
      'a@example.org\r\nBcc: b@evil.example',
      'a@example.org%0D%0ABcc:b@evil.example',
      '"a b"@example.org',
      'javascript:alert(1)',
      'a@example.org#x',
      '<a@example.org>',
    ])('leaves out a recipient that is not one plain address: %j', (to) => {
      tried.note('mailto: recipient');
      expect(readMailto(buildMailto({ to, subject: 'Hi', body: 'Text' })).to).toBe('');
    });

    it.each(['ana.perez+360@example.org', "o'brien@mail.example.co.uk"])(
      'keeps the plain address %j as the recipient',
      (to) => {
        tried.note('mailto: recipient');
        expect(readMailto(buildMailto({ to, subject: 's', body: 'b' }))).toEqual({
          to,
          subject: 's',
          body: 'b',
        });
      },
    );

    it('never throws, and any subject and body arrive whole, the subject on one line', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ maxLength: 60 }),
          (subject, body, to) => {
            tried.note('mailto: any text');
            const parts = readMailto(buildMailto({ to, subject, body }));

            expect(parts.subject).toBe(wellFormed(subject).replace(/[\r\n\u2028\u2029]+/g, ' '));
            expect(parts.body).toBe(wellFormed(body).replace(/\r\n|\r|\n/g, '\r\n'));
            expect(parts.to === '' || parts.to === to).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    });
  });
}
