/**
 * The words a group's spread is shown in. Apart from the disclosure rule so that the stored
 * report schema, read at every start, does not carry the rule's search.
 */
export const spreadBands = ['close', 'mixed', 'apart'] as const;
export type SpreadBand = (typeof spreadBands)[number];
