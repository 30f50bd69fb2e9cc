// Its own module because stored reports are validated at start-up: the schema needs the names,
// not the statistics that assign them.

/** Atwater & Yammarino's four self–other agreement groups. */
export const agreementTypes = [
  'over-rater',
  'under-rater',
  'in-agreement-high',
  'in-agreement-low',
] as const;
export type AgreementType = (typeof agreementTypes)[number];
