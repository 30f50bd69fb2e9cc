import { raterCategories, type RaterCategory } from './review';
import type { OtherRaterCategory, ReviewResponseInput } from './review-raters';

/** Categories only ever shown as a group of at least `threshold`, never one person at a time. */
export const groupedCategories = [
  'peer',
  'direct-report',
  'other',
] as const satisfies readonly OtherRaterCategory[];
export type GroupedCategory = (typeof groupedCategories)[number];

/** "pool" is "Others (combined)": the grouped categories too small to show on their own. */
export type ReportGroupId = GroupedCategory | 'pool';

export type CategoryVisibility =
  | { status: 'no-responses' }
  /** Self and manager: shown by role whatever their number. */
  | { status: 'attributed' }
  | { status: 'shown' }
  | { status: 'pooled' }
  | { status: 'withheld'; reason: 'pool-below-threshold'; pooled: number; threshold: number };

export interface CategoryCount {
  category: RaterCategory;
  responded: number;
  visibility: CategoryVisibility;
}

export type PoolSummary =
  | { status: 'empty' }
  | { status: 'shown'; categories: GroupedCategory[]; responded: number }
  | {
      status: 'withheld';
      reason: 'pool-below-threshold';
      categories: GroupedCategory[];
      responded: number;
      threshold: number;
    };

export interface RaterGroup {
  id: ReportGroupId;
  raters: ReviewResponseInput[];
}

export interface GroupPlan {
  managers: ReviewResponseInput[];
  /** The shown non-manager groups in category order, the pool last. */
  groups: RaterGroup[];
  counts: CategoryCount[];
  pool: PoolSummary;
}

/** The same response imported twice must count once, or it could lift a group over the threshold. */
function dropDuplicates(responses: readonly ReviewResponseInput[]): ReviewResponseInput[] {
  const seen = new Set<string>();
  return responses.filter((response) => {
    if (seen.has(response.responseId)) return false;
    seen.add(response.responseId);
    return true;
  });
}

export function planGroups(
  responses: readonly ReviewResponseInput[],
  threshold: number,
  hasSelf: boolean,
): GroupPlan {
  const unique = dropDuplicates(responses);
  const ratersIn = (category: RaterCategory) => unique.filter((r) => r.category === category);
  const shownCategories = groupedCategories.filter((c) => ratersIn(c).length >= threshold);
  const pooledCategories = groupedCategories.filter((c) => {
    const responded = ratersIn(c).length;
    return responded > 0 && responded < threshold;
  });
  const poolRaters = pooledCategories.flatMap(ratersIn);
  const pool: PoolSummary =
    pooledCategories.length === 0
      ? { status: 'empty' }
      : poolRaters.length >= threshold
        ? { status: 'shown', categories: pooledCategories, responded: poolRaters.length }
        : {
            status: 'withheld',
            reason: 'pool-below-threshold',
            categories: pooledCategories,
            responded: poolRaters.length,
            threshold,
          };
  const poolGroup: RaterGroup = { id: 'pool', raters: poolRaters };
  const groups: RaterGroup[] = [
    ...shownCategories.map((id): RaterGroup => ({ id, raters: ratersIn(id) })),
    ...(pool.status === 'shown' ? [poolGroup] : []),
  ];

  const visibilityOf = (category: RaterCategory, responded: number): CategoryVisibility => {
    if (responded === 0) return { status: 'no-responses' };
    if (category === 'self' || category === 'manager') return { status: 'attributed' };
    if (responded >= threshold) return { status: 'shown' };
    if (pool.status === 'shown') return { status: 'pooled' };
    return {
      status: 'withheld',
      reason: 'pool-below-threshold',
      pooled: poolRaters.length,
      threshold,
    };
  };
  const counts = raterCategories.map((category): CategoryCount => {
    const responded = category === 'self' ? (hasSelf ? 1 : 0) : ratersIn(category).length;
    return { category, responded, visibility: visibilityOf(category, responded) };
  });

  return { managers: ratersIn('manager'), groups, counts, pool };
}
