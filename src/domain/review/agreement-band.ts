/**
 * The words r_wg(J) is shown in, never a number. Apart from the rule (rater-agreement.ts) so the
 * stored report schema, read at every start, does not carry the rule's arithmetic.
 */
export const agreementBands = ['agree', 'disagree'] as const;
export type AgreementBand = (typeof agreementBands)[number];
