import fc from 'fast-check';
import type { FuzzPool } from './fuzz-pool';
import type { FuzzInput } from './fuzz-categories';
import { expectedFor, render } from './fuzz-codes';

const friendlyBefore = ['', '<', '(', '"', "'", '[', '\n', '  '];
const friendlyBeforeUrl = [...friendlyBefore, 'See: ', 'Mi enlace → ', 'Lien :\n'];
const friendlyAfter = ['', '>', ')', '.', ',', '!', '?', '"', "'", ']', ').', '\n', ' '];
/** What mail and chat apps insert into long links; the app removes all of them. */
const insertedBreaks = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
];

/** Valid codes in the text around them: friendly wrapping must still open, junk must not crash. */
export function wrapped(pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  const junk = fc.string({ unit: 'binary', maxLength: 40 });
  return fc
    .record({
      entry: fc.constantFrom(...pool.codes),
      asUrl: fc.boolean(),
      isFriendly: fc.boolean(),
      before: fc.nat(),
      after: fc.nat(),
      junkBefore: junk,
      junkAfter: junk,
      breaks: fc.array(
        fc.record({ position: fc.nat(), text: fc.constantFrom(...insertedBreaks) }),
        {
          maxLength: 6,
        },
      ),
    })
    .map((c): FuzzInput => {
      let code = c.entry.code;
      for (const { position, text } of c.breaks) {
        const index = position % (code.length + 1);
        code = code.slice(0, index) + text + code.slice(index);
      }
      const body = render(c.entry.kind, code, c.asUrl);
      if (!c.isFriendly) return { text: c.junkBefore + body + c.junkAfter };
      const befores = c.asUrl ? friendlyBeforeUrl : friendlyBefore;
      const before = befores[c.before % befores.length] ?? '';
      const after = friendlyAfter[c.after % friendlyAfter.length] ?? '';
      return { text: before + body + after, expected: expectedFor(c.entry) };
    });
}
