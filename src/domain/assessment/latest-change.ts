import { sortByNewest, type CompletedAssessment } from './assessment';
import { compareAssessments } from './compare-versions';
import type { ReadinessLevel } from './readiness';
import { scoreAssessment } from './scoring';
import type { ItemBank } from '../instrument/instrument';
import { comparableItemIds, type ItemBankRevision } from '../instrument/item-revisions';
import type { SkillId } from '../instrument/skills';

export interface ReadinessChange {
  previousAt: string;
  /** Overall index points, latest minus previous; null when either has no overall figure. */
  overallChange: number | null;
  /** Skills whose change passes the reliable-change rule; the rest are within the noise. */
  rises: SkillId[];
  falls: SkillId[];
  /** Skills compared at all (enough shared statements on both sides). */
  compared: number;
}

export interface LatestReadiness {
  assessmentId: string;
  completedAt: string;
  overallIndex: number | null;
  overallLevel: ReadinessLevel | null;
  /** null for a first assessment. */
  change: ReadinessChange | null;
}

/**
 * The latest self-assessment and how it moved since the one before. Only skills whose change
 * passes the reliable-change rule are named, so answering a little differently is not progress.
 */
export function readLatestReadiness(
  assessments: readonly CompletedAssessment[],
  bank: ItemBank,
  history: readonly ItemBankRevision[],
): LatestReadiness | null {
  const [latest, previous] = sortByNewest(assessments);
  if (!latest) return null;
  const score = scoreAssessment(latest.answers, bank);
  const base = {
    assessmentId: latest.id,
    completedAt: latest.completedAt,
    overallIndex: score.overallIndex,
    overallLevel: score.overallLevel,
  };
  if (!previous) return { ...base, change: null };
  const ids = bank.items.map((item) => item.id);
  const comparable = comparableItemIds(
    history,
    ids,
    previous.instrumentVersion,
    latest.instrumentVersion,
  );
  const rows = compareAssessments(previous.answers, latest.answers, bank, comparable);
  const before = scoreAssessment(previous.answers, bank).overallIndex;
  return {
    ...base,
    change: {
      previousAt: previous.completedAt,
      overallChange:
        before === null || score.overallIndex === null ? null : score.overallIndex - before,
      rises: rows.filter((row) => row.reading === 'real-rise').map((row) => row.skill),
      falls: rows.filter((row) => row.reading === 'real-fall').map((row) => row.skill),
      compared: rows.filter((row) => row.reading !== null).length,
    },
  };
}
