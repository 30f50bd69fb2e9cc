import * as z from 'zod/mini';
import {
  completedAssessmentSchema,
  draftAssessmentSchema,
  type CompletedAssessment,
  type DraftAssessment,
} from '../domain/assessment/assessment';
import {
  MAX_BACKUP_REVIEWS,
  ownedReviewSchema,
  type OwnedReview,
} from '../domain/review/owned-review';
import { addResponse } from '../domain/review/review-waves';
import { emptyPlan, planSchema, type Plan } from '../domain/plan/plan';
import { raterDraftKeySchema, raterDraftSchema } from '../domain/review/rater-draft';
import { maxEntries } from '../domain/files/record-limit';
import { settingsSchema, type Settings } from '../domain/instrument/settings';
import {
  parseVersionedFile,
  readTextWithin,
  type FileError,
  type FileResult,
  type TextSource,
} from '../domain/files/versioned-file';
import { sharedReportSchema, type SharedReport } from '../domain/review/shared-report';
import { MAX_TEAMS, teamsSchema, type Team } from '../domain/team/team';

export const BACKUP_FORMAT = 'ascent-backup';
export const BACKUP_VERSION = 1;
/**
 * Refusing larger files keeps a hostile file from freezing the tab. A browser keeps about five
 * million characters for a site, and the export is pretty-printed UTF-8, so a full store can
 * make a file well past 5 MB: the limit leaves room for that, or an export would not import.
 * It holds for the file's bytes before it is read and for its characters before parsing.
 */
export const MAX_BACKUP_BYTES = 20_000_000;

/** Far above what one person keeps; they bound the lists a hostile file hands to the views. */
export const MAX_BACKUP_ASSESSMENTS = 10_000;
export { MAX_BACKUP_REVIEWS };
export const MAX_BACKUP_RATER_DRAFTS = 1000;
export const MAX_BACKUP_SHARED_REPORTS = 1000;

const raterDraftsSchema = z
  .record(raterDraftKeySchema, raterDraftSchema)
  .check(maxEntries(MAX_BACKUP_RATER_DRAFTS));

export const backupDataSchema = z.object({
  assessments: z.array(completedAssessmentSchema).check(z.maxLength(MAX_BACKUP_ASSESSMENTS)),
  draft: z.nullable(draftAssessmentSchema),
  settings: settingsSchema,
  // Added with the 360 review; backups written before it simply have none.
  reviews: z._default(z.array(ownedReviewSchema).check(z.maxLength(MAX_BACKUP_REVIEWS)), []),
  raterDrafts: z._default(raterDraftsSchema, {}),
  sharedReports: z._default(
    z.array(sharedReportSchema).check(z.maxLength(MAX_BACKUP_SHARED_REPORTS)),
    [],
  ),
  plan: z._default(planSchema, emptyPlan),
  // Added with the team workspace; older backups (and stored data) have none.
  teams: z.optional(teamsSchema),
});
export type BackupData = z.infer<typeof backupDataSchema>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  data: backupDataSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export type BackupError = FileError;
export type BackupResult = FileResult<Backup>;

export function createBackup(data: BackupData, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
}

export function parseBackup(text: string): BackupResult {
  return parseVersionedFile(text, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    maxChars: MAX_BACKUP_BYTES,
    schema: backupSchema,
  });
}

/** A chosen file: refused by its size before its text is read, then parsed. Never throws. */
export async function readBackupFile(file: TextSource): Promise<BackupResult> {
  const text = await readTextWithin(file, MAX_BACKUP_BYTES);
  return text.ok ? parseBackup(text.value) : text;
}

export interface MergeResult {
  data: BackupData;
  added: number;
}

/** Adds what the backup has and this browser lacks; nothing here is replaced or duplicated. */
export function mergeBackup(current: BackupData, incoming: BackupData): MergeResult {
  const known = new Set(current.assessments.map((assessment) => assessment.id));
  const fresh: CompletedAssessment[] = [];
  for (const assessment of incoming.assessments) {
    if (known.has(assessment.id)) continue;
    known.add(assessment.id);
    fresh.push(assessment);
  }
  const draft: DraftAssessment | null = current.draft ?? incoming.draft;
  const settings: Settings = current.settings.language ? current.settings : incoming.settings;
  const reviews = mergeReviews(current.reviews, incoming.reviews);
  return {
    data: {
      assessments: [...current.assessments, ...fresh],
      draft,
      settings,
      reviews: reviews.merged,
      raterDrafts: { ...incoming.raterDrafts, ...current.raterDrafts },
      sharedReports: mergeSharedReports(current.sharedReports, incoming.sharedReports),
      plan: mergePlans(current.plan, incoming.plan),
      ...(current.teams || incoming.teams
        ? { teams: mergeTeams(current.teams ?? [], incoming.teams ?? []) }
        : {}),
    },
    added: fresh.length + reviews.added,
  };
}

/**
 * Unknown reviews are added once. A known review gains the responses it lacks through
 * addResponse, so they land in its open wave and never change a frozen report.
 */
function mergeReviews(current: OwnedReview[], incoming: OwnedReview[]) {
  let added = 0;
  const byId = new Map(current.map((review) => [review.id, review]));
  for (const other of incoming) {
    const known = byId.get(other.id);
    if (!known) {
      byId.set(other.id, { ...other, responses: uniqueResponses(other.responses) });
      added += 1;
      continue;
    }
    let review = known;
    for (const { response, receivedAt } of other.responses) {
      const result = addResponse(review, response, new Date(receivedAt));
      if (result.outcome === 'added') {
        review = result.review;
        added += 1;
      }
    }
    byId.set(other.id, review);
  }
  return { merged: [...byId.values()], added };
}

function uniqueResponses(responses: OwnedReview['responses']): OwnedReview['responses'] {
  const seen = new Set<string>();
  return responses.filter(({ response }) => {
    if (seen.has(response.responseId)) return false;
    seen.add(response.responseId);
    return true;
  });
}

function mergeSharedReports(current: SharedReport[], incoming: SharedReport[]): SharedReport[] {
  const known = new Set(current.map((report) => `${report.reviewId}:${String(report.wave)}`));
  return [
    ...current,
    ...incoming.filter((report) => !known.has(`${report.reviewId}:${String(report.wave)}`)),
  ];
}

/** Teams this browser lacks are added, up to the limit; a known team keeps its own members. */
function mergeTeams(current: Team[], incoming: Team[]): Team[] {
  const known = new Set(current.map((team) => team.id));
  return [...current, ...incoming.filter((team) => !known.has(team.id))].slice(0, MAX_TEAMS);
}

/** Goals this browser lacks are added; the current weights, case and catalog stay as they are. */
function mergePlans(current: Plan, incoming: Plan): Plan {
  const known = new Set(current.goals.map((goal) => goal.id));
  const isEmptyHere = current.goals.length === 0 && current.customCatalog === null;
  return {
    ...(isEmptyHere ? incoming : current),
    goals: [...current.goals, ...incoming.goals.filter((goal) => !known.has(goal.id))],
  };
}
