// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTsv, toTsvCell } from '../../../../src/domain/files/tsv';

const numRuns = 500;
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/u;

/** Any text, with the characters that matter here far more often than chance would pick them. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...FORMULA_TRIGGERS, '\n', '\u2028', ' ', "'", '"', 'A', '1'),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
);

/** What a spreadsheet would run: the first character that is not white space. */
function startsAsFormula(cell: string): boolean {
  return FORMULA_TRIGGERS.some((trigger) => cell.trimStart().startsWith(trigger));
}

describe('toTsvCell', () => {
  it('makes any text one cell with no tab or line break', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = toTsvCell(text);
        expect(cell).not.toMatch(BREAKS);
        expect(toTsv([[cell, 'next']]).split('\n')).toHaveLength(1);
        expect(toTsv([[text, 'next']]).split('\t')).toHaveLength(2);
      }),
      { numRuns },
    );
  });

  it('never lets a cell start as a formula, and never starts with a tab or a carriage return', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = toTsvCell(text);
        expect(startsAsFormula(cell)).toBe(false);
        expect(cell.startsWith('\t') || cell.startsWith('\r')).toBe(false);
      }),
      { numRuns },
    );
  });

  it('keeps every other character and the length, apart from the quote it may add', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = toTsvCell(text);
        const unquoted = cell.length === text.length ? cell : cell.slice(1);
        expect(unquoted).toBe(text.replace(new RegExp(BREAKS.source, 'gu'), ' '));
      }),
      { numRuns },
    );
  });

  it('leaves text with nothing to neutralize exactly as it is', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-zÀ-ÿ0-9' .,()/:?#&%-]{0,40}$/).filter((t) => !startsAsFormula(t)),
        (text) => {
          expect(toTsvCell(text)).toBe(text);
        },
      ),
      { numRuns },
    );
  });

  it.each([
    ['=HYPERLINK("https://evil.example","Ana")', `'=HYPERLINK("https://evil.example","Ana")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "' =1+1"],
    ['\r=1+1', "' =1+1"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['Ana\tPérez', 'Ana Pérez'],
    ['Ana\r\nPérez', 'Ana  Pérez'],
    ['Jean-Luc', 'Jean-Luc'],
    ['https://ascent.example/respond#I123', 'https://ascent.example/respond#I123'],
  ])('writes %j as %j', (text, cell) => {
    expect(toTsvCell(text)).toBe(cell);
  });
});

describe('toTsv', () => {
  it('gives one line per row and one cell per value, whatever the values hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileText, { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const lines = toTsv(rows).split('\n');
          expect(lines).toHaveLength(rows.length);
          lines.forEach((line, index) => {
            const cells = line.split('\t');
            expect(cells).toHaveLength(rows[index]?.length ?? -1);
            expect(cells.some(startsAsFormula)).toBe(false);
          });
        },
      ),
      { numRuns },
    );
  });
});
