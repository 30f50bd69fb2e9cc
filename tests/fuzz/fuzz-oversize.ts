import fc from 'fast-check';
import { MAX_INVITATION_CODE_LENGTH } from '../../src/links/invitation-link';
import { MAX_RESPONSE_CODE_LENGTH } from '../../src/links/response-seal';
import type { FuzzPool } from './fuzz-pool';
import type { FuzzInput } from './fuzz-categories';
import { padTo, render } from './fuzz-codes';

/** Just over and exactly at each length limit, decompression bombs, a link with a novel after it. */
export function oversize(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  const invitations = pool.codes.filter((entry) => entry.kind === 'invitation');
  const responses = pool.codes.filter((entry) => entry.kind === 'response');
  const extra = fc.integer({ min: 1, max: 64 });
  const seed = fc.integer();
  const asUrl = fc.boolean();
  return fc.oneof(
    fc
      .record({ entry: fc.constantFrom(...invitations), extra, seed, asUrl })
      .map((c): FuzzInput => ({
        text: render(
          'invitation',
          padTo(c.entry.code, MAX_INVITATION_CODE_LENGTH + c.extra, c.seed),
          c.asUrl,
        ),
        // The response reader refuses the odd length or leftover bits first: no collect outcome.
        expected: { respond: 'too-long' },
      })),
    fc.record({ entry: fc.constantFrom(...invitations), seed, asUrl }).map((c): FuzzInput => ({
      text: render('invitation', padTo(c.entry.code, MAX_INVITATION_CODE_LENGTH, c.seed), c.asUrl),
      expected: { respond: 'damaged', collect: 'wrong-kind' },
    })),
    fc.record({ entry: fc.constantFrom(...responses), extra, seed, asUrl }).map((c): FuzzInput => ({
      text: render(
        'response',
        padTo(c.entry.code, MAX_RESPONSE_CODE_LENGTH + c.extra, c.seed),
        c.asUrl,
      ),
      expected: { respond: 'too-long', collect: 'too-long' },
    })),
    fc.record({ entry: fc.constantFrom(...responses), seed, asUrl }).map((c): FuzzInput => ({
      text: render('response', padTo(c.entry.code, MAX_RESPONSE_CODE_LENGTH, c.seed), c.asUrl),
      expected: {
        respond: 'wrong-kind',
        collect: c.entry.outcome === 'unknown-review' ? 'unknown-review' : 'cannot-open',
      },
    })),
    fc.record({ code: fc.constantFrom(...pool.invitationBombs), asUrl }).map((c): FuzzInput => ({
      text: render('invitation', c.code, c.asUrl),
      expected: { respond: 'too-large', collect: 'wrong-kind' },
    })),
    fc.record({ code: fc.constantFrom(...pool.responseBombs), asUrl }).map((c): FuzzInput => ({
      text: render('response', c.code, c.asUrl),
      expected: { respond: 'wrong-kind', collect: 'too-large' },
    })),
    fc
      .record({
        entry: fc.constantFrom(...pool.codes),
        length: fc.integer({ min: MAX_RESPONSE_CODE_LENGTH + 1, max: 40_000 }),
        seed,
      })
      .map((c): FuzzInput => ({
        text: padTo(c.entry.url, c.entry.url.length - c.entry.code.length + c.length, c.seed),
        expected: { respond: 'too-long', collect: 'too-long' },
      })),
  );
}
