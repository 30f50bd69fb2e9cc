import * as z from 'zod/mini';
import { catalogSchema } from './catalog';
import { isoDateSchema } from '../review/review';
import { skillIdSchema, type SkillId } from '../instrument/skills';

export const actionStatuses = ['not-started', 'in-progress', 'done'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/*
 * Limits of the stored plan. The store and the forms read these same constants: one more than a
 * limit would make the saved document fail validation at the next load and be set aside whole.
 */
export const MAX_GOALS = 100;
export const MAX_ACTIONS_PER_GOAL = 50;
export const MAX_GOAL_TEXT = 300;
export const MAX_ACTION_TITLE = 200;
export const MAX_ACTION_NOTES = 2000;
export const MAX_CASE_TEXT = 500;
export const MAX_OBJECTION = 2000;

export const planActionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.minLength(1), z.maxLength(MAX_ACTION_TITLE)),
  /** The catalog entry it came from; null for the person's own action. */
  catalogId: z.nullable(z.string().check(z.maxLength(64))),
  status: actionStatusSchema,
  notes: z.string().check(z.maxLength(MAX_ACTION_NOTES)),
  dueDate: z.nullable(isoDateSchema),
  doneAt: z.nullable(isoDateSchema),
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** A goal written well: what, how success is measured, and by when. */
export const goalSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  skill: skillIdSchema,
  what: z.string().check(z.minLength(1), z.maxLength(MAX_GOAL_TEXT)),
  measure: z.string().check(z.minLength(1), z.maxLength(MAX_GOAL_TEXT)),
  targetDate: isoDateSchema,
  createdAt: z.iso.datetime(),
  archivedAt: z.nullable(z.iso.datetime()),
  /** In the order the person put them. */
  actions: z.array(planActionSchema).check(z.maxLength(MAX_ACTIONS_PER_GOAL)),
});
export type Goal = z.infer<typeof goalSchema>;

/** 1 (nice to have) … 5 (essential): how much a skill matters for the role the person wants next. */
export const importanceSchema = z.int().check(z.gte(1), z.lte(5));
export const importanceBySkillSchema = z.record(skillIdSchema, importanceSchema);
export type ImportanceBySkill = Record<SkillId, number>;
export const defaultImportance: ImportanceBySkill = {
  'executive-presence': 3,
  'strategic-thinking': 3,
  'business-acumen': 3,
  'data-driven-decisions': 3,
  'resilience-adaptability': 3,
};

const shortText = z.string().check(z.maxLength(MAX_CASE_TEXT));

/** Rows per list of the case: a one-page brief holds a handful; files may not hold thousands. */
export const MAX_CASE_ROWS = 100;

function caseRows<T extends z.core.$ZodType>(row: T) {
  return z.array(row).check(z.maxLength(MAX_CASE_ROWS));
}

/** The case for an executive L&D role, following the advocacy path. */
export const advocacyCaseSchema = z.object({
  portfolio: caseRows(
    z.object({ program: shortText, owner: shortText, overlap: shortText, gaps: shortText }),
  ),
  quickWins: caseRows(shortText),
  objectives: caseRows(z.object({ objective: shortText, programs: shortText, metric: shortText })),
  allies: caseRows(
    z.object({ name: shortText, role: shortText, kind: z.enum(['ally', 'sponsor']) }),
  ),
  objections: z.object({
    needAnother: z.string().check(z.maxLength(MAX_OBJECTION)),
    notReady: z.string().check(z.maxLength(MAX_OBJECTION)),
    value: z.string().check(z.maxLength(MAX_OBJECTION)),
  }),
});
export type AdvocacyCase = z.infer<typeof advocacyCaseSchema>;

export const emptyAdvocacyCase: AdvocacyCase = {
  portfolio: [],
  quickWins: [],
  objectives: [],
  allies: [],
  objections: { needAnother: '', notReady: '', value: '' },
};

export const planSchema = z.object({
  goals: z.array(goalSchema).check(z.maxLength(MAX_GOALS)),
  importance: importanceBySkillSchema,
  advocacy: advocacyCaseSchema,
  /** An organization's catalog imported to replace or extend the built-in one. */
  customCatalog: z.nullable(
    z.object({ mode: z.enum(['replace', 'extend']), catalog: catalogSchema }),
  ),
});
export type Plan = z.infer<typeof planSchema>;

export const emptyPlan: Plan = {
  goals: [],
  importance: defaultImportance,
  advocacy: emptyAdvocacyCase,
  customCatalog: null,
};
