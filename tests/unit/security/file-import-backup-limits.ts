import type { FieldProblem } from '../../../src/domain/files/versioned-file';
import { REVIEW_ID, raterDraft, raterResponse, receivedResponse } from '../support/reviews';
import { text, many } from './file-import-fixtures';
import { backupData, draftKey, plan } from './file-import-documents';

/* ----------------------------------------------------------------------------------------- */
/* Lengths: every string and list an import can carry is bounded                              */
/* ----------------------------------------------------------------------------------------- */

export const longUrl = `https://example.org/${text(481)}`;

export const backupLimits: [string, (string | number)[], unknown, FieldProblem][] = [
  ['an assessment id', ['data', 'assessments', 0, 'id'], text(65), { kind: 'too-long', max: 64 }],
  [
    'an instrument version',
    ['data', 'assessments', 0, 'instrumentVersion'],
    text(17),
    { kind: 'too-long', max: 16 },
  ],
  [
    'answers',
    ['data', 'assessments', 0, 'answers'],
    Object.fromEntries(many(201, (i) => [`ep-${String(i)}`, 3])),
    { kind: 'too-many', max: 200 },
  ],
  [
    'a subject name',
    ['data', 'reviews', 0, 'subjectName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
  [
    'an invitation message',
    ['data', 'reviews', 0, 'message'],
    text(281),
    { kind: 'too-long', max: 280 },
  ],
  ['an owner name', ['data', 'reviews', 0, 'ownerName'], text(81), { kind: 'too-long', max: 80 }],
  [
    'an owner address',
    ['data', 'reviews', 0, 'ownerEmail'],
    text(255),
    { kind: 'too-long', max: 254 },
  ],
  [
    'named raters',
    ['data', 'reviews', 0, 'namedRaters'],
    many(201, () => ({ id: 'DDDDDDDDDDD', name: 'Bo', category: 'peer' })),
    { kind: 'too-many', max: 200 },
  ],
  [
    'responses to one review',
    ['data', 'reviews', 0, 'responses'],
    many(1001, () => receivedResponse(raterResponse())),
    { kind: 'too-many', max: 1000 },
  ],
  [
    'a comment',
    ['data', 'reviews', 0, 'responses', 0, 'response', 'strength'],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'a rater name',
    ['data', 'reviews', 0, 'responses', 0, 'response', 'raterName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
  [
    'a private key part',
    ['data', 'reviews', 0, 'privateKeyJwk', 'd'],
    text(65),
    { kind: 'too-long', max: 64 },
  ],
  [
    'rater groups',
    ['data', 'reviews', 0, 'categories'],
    ['peer', 'peer', 'peer', 'peer', 'peer', 'peer'],
    { kind: 'too-many', max: 5 },
  ],
  [
    'a sent response code',
    ['data', 'raterDrafts', draftKey, 'sentCode'],
    text(16_001),
    { kind: 'too-long', max: 16_000 },
  ],
  [
    'a draft comment',
    ['data', 'raterDrafts', draftKey, 'develop'],
    text(1001),
    { kind: 'too-long', max: 1000 },
  ],
  [
    'rater drafts',
    ['data', 'raterDrafts'],
    Object.fromEntries(
      many(1001, (i) => [`${REVIEW_ID}:peer:${String(i).padStart(11, 'A')}`, raterDraft()]),
    ),
    { kind: 'too-many', max: 1000 },
  ],
  [
    'assessments',
    ['data', 'assessments'],
    many(10_001, (i) => ({ ...backupData.assessments[0], id: `a${String(i)}` })),
    { kind: 'too-many', max: 10_000 },
  ],
  [
    'goals',
    ['data', 'plan', 'goals'],
    many(101, () => plan.goals[0]),
    { kind: 'too-many', max: 100 },
  ],
  ['a goal', ['data', 'plan', 'goals', 0, 'what'], text(301), { kind: 'too-long', max: 300 }],
  [
    'actions',
    ['data', 'plan', 'goals', 0, 'actions'],
    many(51, () => plan.goals[0]?.actions[0]),
    { kind: 'too-many', max: 50 },
  ],
  [
    'action notes',
    ['data', 'plan', 'goals', 0, 'actions', 0, 'notes'],
    text(2001),
    { kind: 'too-long', max: 2000 },
  ],
  [
    'quick wins',
    ['data', 'plan', 'advocacy', 'quickWins'],
    many(101, () => 'win'),
    { kind: 'too-many', max: 100 },
  ],
  [
    'a quick win',
    ['data', 'plan', 'advocacy', 'quickWins', 0],
    text(501),
    { kind: 'too-long', max: 500 },
  ],
  [
    'an answer to an objection',
    ['data', 'plan', 'advocacy', 'objections', 'value'],
    text(2001),
    { kind: 'too-long', max: 2000 },
  ],
  [
    'an imported catalog title',
    ['data', 'plan', 'customCatalog', 'catalog', 'entries', 0, 'title', 'en'],
    text(601),
    { kind: 'too-long', max: 600 },
  ],
  [
    'a shared report subject',
    ['data', 'sharedReports', 0, 'subjectName'],
    text(81),
    { kind: 'too-long', max: 80 },
  ],
];
