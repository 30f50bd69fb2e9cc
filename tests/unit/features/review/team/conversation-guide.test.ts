import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../../../src/content/catalog';
import { itemBank } from '../../../../../src/content/item-bank';
import { defaultImportance } from '../../../../../src/domain/plan/plan';
import { buildRecommendations } from '../../../../../src/domain/plan/recommendations';
import { buildWaveReport } from '../../../../../src/domain/review/review-wave-report';
import { buildConversationGuide } from '../../../../../src/features/review/team/conversation-guide';
import { many, teamReview } from '../../../domain/team/team-fixtures';

describe('buildConversationGuide', () => {
  it('takes strengths, blind spots and steps from the person’s own report and the plan', async () => {
    const review = await teamReview(1, 'Ana', [
      { category: 'self', rating: 5 },
      ...many('peer', [3, 3, 2]),
    ]);
    const guide = buildConversationGuide(review);
    const report = buildWaveReport(review, 1, null, itemBank);

    expect(guide.hasFigures).toBe(true);
    expect(guide.strengths).toHaveLength(2);
    for (const strength of guide.strengths) {
      const others = report.skills.find((skill) => skill.skill === strength.skill)?.others;
      expect(strength.others).toBe(others?.index);
    }
    expect(guide.blindSpots.map((gap) => gap.skill)).toEqual(
      report.skills.filter((skill) => skill.isBlindSpot).map((skill) => skill.skill),
    );
    expect(guide.hiddenStrengths).toEqual([]);

    const planned = buildRecommendations({
      self: null,
      review: report,
      importance: defaultImportance,
      catalog: builtInCatalog.entries,
    });
    expect(guide.steps.map((step) => step.skill)).toEqual(planned.bySkill.map((s) => s.skill));
    expect(guide.steps.length).toBeGreaterThanOrEqual(2);
    expect(guide.steps.length).toBeLessThanOrEqual(3);
    for (const step of guide.steps) {
      const offered = planned.bySkill.find((s) => s.skill === step.skill)?.recommendations ?? [];
      expect(offered.map((rec) => rec.entryId)).toContain(step.entry.id);
      expect(step.entry.skills).toContain(step.skill);
    }
    expect(new Set(guide.steps.map((step) => step.entry.id)).size).toBe(guide.steps.length);
  });

  it('names hidden strengths where others rate higher than the person does', async () => {
    const review = await teamReview(2, 'Bo', [
      { category: 'self', rating: 1 },
      ...many('peer', [5, 5, 5]),
    ]);
    const guide = buildConversationGuide(review);
    expect(guide.hiddenStrengths.length).toBeGreaterThan(0);
    expect(guide.blindSpots).toEqual([]);
  });

  it('has nothing to discuss while the report withholds every group', async () => {
    const review = await teamReview(3, 'Cy', [
      { category: 'self', rating: 4 },
      ...many('peer', [5, 1]),
    ]);
    const guide = buildConversationGuide(review);
    expect(guide).toMatchObject({ hasFigures: false, strengths: [], steps: [] });
  });
});
