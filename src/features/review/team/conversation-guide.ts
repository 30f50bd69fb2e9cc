import { builtInCatalog } from '../../../content/catalog';
import { itemBank } from '../../../content/item-bank';
import type { SkillId } from '../../../domain/instrument/skills';
import type { CatalogEntry, LearningMix } from '../../../domain/plan/catalog';
import { defaultImportance } from '../../../domain/plan/plan';
import { buildRecommendations } from '../../../domain/plan/recommendations';
import type { OwnedReview } from '../../../domain/review/owned-review';
import { buildWaveReport } from '../../../domain/review/review-wave-report';
import { reportWave } from '../../../domain/team/team-heat';
import { headlineFacts, type GapFact } from '../report/report-headline-facts';

/** A development step as the plan recommends it: the lead entry of one priority skill. */
export interface GuideStep {
  skill: SkillId;
  mix: LearningMix;
  entry: CatalogEntry;
}

/** What a manager brings to the debrief, every part taken from the person's own report. */
export interface ConversationGuide {
  wave: number;
  /** Strengths as others see them, with others' index. */
  strengths: { skill: SkillId; others: number }[];
  blindSpots: GapFact[];
  hiddenStrengths: GapFact[];
  steps: GuideStep[];
  /** False while the report withholds every group: there is nothing yet to discuss. */
  hasFigures: boolean;
  /** False when the person has not rated themselves, so no gap can be told. */
  hasSelf: boolean;
}

/**
 * The plan's own ranking (default importance, as the person has not said what matters for their
 * next role), and from each of its top skills the first step not already named, an experience when there is
 * one.
 */
function chooseSteps(report: ReturnType<typeof buildWaveReport>): GuideStep[] {
  const entries = builtInCatalog.entries;
  const { bySkill } = buildRecommendations({
    self: null,
    review: report,
    importance: defaultImportance,
    catalog: entries,
  });
  // One entry can serve several skills; each step names a different one.
  const chosen = new Set<string>();
  return bySkill.flatMap(({ skill, recommendations }) => {
    const lead = recommendations.find((rec) => !chosen.has(rec.entryId));
    const entry = entries.find((candidate) => candidate.id === lead?.entryId);
    if (!lead || !entry) return [];
    chosen.add(entry.id);
    return [{ skill, mix: lead.mix, entry }];
  });
}

export function buildConversationGuide(review: OwnedReview): ConversationGuide {
  const wave = reportWave(review);
  const report = buildWaveReport(review, wave, null, itemBank);
  const facts = headlineFacts(report);
  const hasFigures = facts.strengthsBy === 'others';
  const strengths = hasFigures
    ? facts.strengths.flatMap((skill) => {
        const others = report.skills.find((entry) => entry.skill === skill)?.others;
        return others ? [{ skill, others: others.index }] : [];
      })
    : [];
  return {
    wave,
    strengths,
    blindSpots: facts.blindSpots,
    hiddenStrengths: facts.hiddenStrengths,
    steps: hasFigures ? chooseSteps(report) : [],
    hasFigures,
    hasSelf: facts.hasSelf,
  };
}
