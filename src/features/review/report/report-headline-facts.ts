import type { ReviewReport } from '../../../domain/review/review-report';
import type { SkillId } from '../../../domain/instrument/skills';

/** One skill where self and others clearly differ, with both figures on the 0–100 index. */
export interface GapFact {
  skill: SkillId;
  self: number;
  others: number;
}

export interface HeadlineFacts {
  /** Whose view ranks the strengths: others when any shown group rated, else the manager. */
  strengthsBy: 'others' | 'manager' | null;
  strengths: SkillId[];
  blindSpots: GapFact[];
  hiddenStrengths: GapFact[];
  /** False when no self-assessment is linked, so no gap can be told. */
  hasSelf: boolean;
}

const STRENGTH_COUNT = 2;

/**
 * The words at the top of a report, from figures the report already shows. `others` holds only
 * shown groups, so nothing here can reveal a withheld group; groups are never named.
 */
export function headlineFacts(report: ReviewReport): HeadlineFacts {
  const hasOthers = report.skills.some((skill) => skill.others !== null);
  const strengthsBy = hasOthers
    ? 'others'
    : report.skills.some((skill) => skill.manager !== null)
      ? 'manager'
      : null;
  const ranked = report.skills
    .flatMap((skill) => {
      const figure = strengthsBy === 'others' ? skill.others : skill.manager;
      return figure ? [{ skill: skill.skill, index: figure.index }] : [];
    })
    .sort((a, b) => b.index - a.index);
  const gapFacts = (pick: (skill: ReviewReport['skills'][number]) => boolean) =>
    report.skills.flatMap((skill): GapFact[] =>
      pick(skill) && skill.self && skill.others
        ? [{ skill: skill.skill, self: skill.self.index, others: skill.others.index }]
        : [],
    );
  return {
    strengthsBy,
    strengths: ranked.slice(0, STRENGTH_COUNT).map((entry) => entry.skill),
    blindSpots: gapFacts((skill) => skill.isBlindSpot),
    hiddenStrengths: gapFacts((skill) => skill.isHiddenStrength),
    hasSelf: report.skills.some((skill) => skill.self !== null),
  };
}
