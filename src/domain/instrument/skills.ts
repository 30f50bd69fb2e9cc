import * as z from 'zod/mini';

/** Stable ids: stored data, links and translations all key on them, so never rename one. */
export const skillIds = [
  'executive-presence',
  'strategic-thinking',
  'business-acumen',
  'data-driven-decisions',
  'resilience-adaptability',
] as const;

export const skillIdSchema = z.enum(skillIds);
export type SkillId = z.infer<typeof skillIdSchema>;

export function isSkillId(value: string): value is SkillId {
  return (skillIds as readonly string[]).includes(value);
}
