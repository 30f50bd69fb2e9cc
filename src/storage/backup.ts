import * as z from 'zod/mini';
import {
  completedAssessmentSchema,
  draftAssessmentSchema,
  type CompletedAssessment,
  type DraftAssessment,
} from '../domain/assessment';
import { settingsSchema, type Settings } from '../domain/settings';

export const BACKUP_FORMAT = 'ascent-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup; refusing larger files keeps a hostile file from freezing the tab. */
export const MAX_BACKUP_BYTES = 5_000_000;

export const backupDataSchema = z.object({
  assessments: z.array(completedAssessmentSchema),
  draft: z.nullable(draftAssessmentSchema),
  settings: settingsSchema,
});
export type BackupData = z.infer<typeof backupDataSchema>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  data: backupDataSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export type BackupError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version' }
  | { code: 'invalid'; detail: string };

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export function createBackup(data: BackupData, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
}

function readHeader(value: unknown): { format?: unknown; version?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}

export function parseBackup(text: string): BackupResult {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const header = readHeader(json);
  if (header.format !== BACKUP_FORMAT) return { ok: false, error: { code: 'wrong-format' } };
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    return { ok: false, error: { code: 'newer-version' } };
  }
  const result = backupSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown';
    return { ok: false, error: { code: 'invalid', detail } };
  }
  return { ok: true, backup: result.data };
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
  return {
    data: { assessments: [...current.assessments, ...fresh], draft, settings },
    added: fresh.length,
  };
}
