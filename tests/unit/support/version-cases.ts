/**
 * Version fields every versioned file (backup, shared report) must refuse, with how the refusal
 * shows what it found. One table, since both formats go through the same reader.
 */
export const newerVersions = [2, 99, 1.5];

export const unsupportedVersions: [unknown, string][] = [
  [0, '0'],
  ['1', '"1"'],
  [null, 'null'],
  [undefined, '—'],
  [{ major: 1 }, '{"major":1}'],
  ['1'.repeat(40), `"${'1'.repeat(11)}…`],
];
