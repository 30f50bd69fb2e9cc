import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialUrlSchema } from '../../../src/domain/plan/catalog';
import { hostileFiles, withValue, refusal, accepted } from './file-import-fixtures';
import { catalog } from './file-import-documents';

/* ----------------------------------------------------------------------------------------- */
/* Addresses: only https reaches an href                                                      */
/* ----------------------------------------------------------------------------------------- */

const refusedUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://academy.example.com/',
  '//academy.example.com/',
  '/relative/path',
  'https:/academy.example.com/',
  'https:\\\\academy.example.com\\',
  ' https://academy.example.com/',
  'https://academy.example.com/\n',
  'ht\ttps://academy.example.com/',
  'https://academy.example.com/a b',
  'https://trusted.example.org@evil.example/',
  'https://user:pass@academy.example.com/',
  'https://localhost/',
  'https://127.0.0.1/',
  'https://xn--80ak6aa92e.com\u0000/',
  'https://académie.example/',
  'blob:https://academy.example.com/1',
  'mailto:a@example.org',
];

export function describeCatalogAddresses(): void {
  describe('catalog addresses', () => {
    it.each(refusedUrls)('refuses %j, naming the field', (url) => {
      const file = JSON.stringify(withValue(catalog, ['entries', 0, 'url'], url));
      const error = refusal('catalog', file);

      expect(error).toMatchObject({ code: 'invalid', detail: 'entries.0.url' });
    });

    it.each([
      'https://academy.example.com',
      'https://www.academy.example.com/path/to/page?x=1&y=2#part',
      'https://academy.example.com:8443/a_(b)~c%20d',
    ])('accepts %j as it is', (url) => {
      const file = JSON.stringify(withValue(catalog, ['entries', 0, 'url'], url));

      expect(accepted('catalog', file, false)).toMatchObject({ entries: [{ url }] });
    });

    it('accepts only addresses a browser opens over https at the host they show', () => {
      const candidates = fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.webUrl().map((url) => url.replace(/^https?/, 'javascript')),
        fc
          .tuple(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(30))
          .map(([url, noise, at]) => url.slice(0, at) + noise + url.slice(at)),
      );
      fc.assert(
        fc.property(candidates, (url) => {
          hostileFiles.addresses += 1;
          if (!officialUrlSchema.safeParse(url).success) return;
          const parsed = new URL(url);
          expect(parsed.protocol).toBe('https:');
          expect(parsed.username + parsed.password).toBe('');
          // What the href holds is what was checked: no character a browser would drop or fold.
          expect(url).toMatch(/^https:\/\/[\x21-\x7e]+$/);
          expect(url).not.toContain('\\');
          expect(parsed.href.startsWith(`https://${parsed.host}`)).toBe(true);
          expect(url.toLowerCase().startsWith(`https://${parsed.host}`)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  });
}
