import { escapeInline, escapeLines } from '../files/markdown-text';
import type { ActionStatus, Goal, Plan, PlanAction } from './plan';
import { skillIds, type SkillId } from '../instrument/skills';

/** Every word comes from the caller, already translated: the domain holds no language. */
export interface PlanMarkdownTexts {
  title: string;
  skillName: (skill: SkillId) => string;
  statusName: (status: ActionStatus) => string;
  labels: {
    measure: string;
    targetDate: string;
    actions: string;
    due: string;
    noGoals: string;
  };
  /** Defaults to the stored YYYY-MM-DD, which reads the same in every language. */
  formatDate?: (isoDate: string) => string;
}

/** Continuation lines must be indented past "- " to stay inside their list item. */
const ITEM_INDENT = '  ';

function writeAction(action: PlanAction, texts: PlanMarkdownTexts, date: (iso: string) => string) {
  const box = action.status === 'done' ? '[x]' : '[ ]';
  const status = escapeInline(texts.statusName(action.status));
  const due =
    action.dueDate === null
      ? ''
      : ` · ${escapeInline(texts.labels.due)} ${escapeInline(date(action.dueDate))}`;
  const notes = action.notes.trim() === '' ? [] : escapeLines(action.notes.trim());
  return [
    `- ${box} ${escapeInline(action.title)} — ${status}${due}`,
    ...notes.map((line) => (line === '' ? '' : `${ITEM_INDENT}${line}`)),
  ];
}

function writeGoal(goal: Goal, texts: PlanMarkdownTexts, date: (iso: string) => string) {
  const { labels } = texts;
  const lines = [
    `### ${escapeInline(goal.what)}`,
    '',
    `- ${escapeInline(labels.measure)}: ${escapeInline(goal.measure)}`,
    `- ${escapeInline(labels.targetDate)}: ${escapeInline(date(goal.targetDate))}`,
    '',
  ];
  if (goal.actions.length === 0) return lines;
  return [
    ...lines,
    `${escapeInline(labels.actions)}:`,
    '',
    ...goal.actions.flatMap((action) => writeAction(action, texts, date)),
    '',
  ];
}

/** Active goals grouped by skill in the instrument's order; archived goals are not part of it. */
export function planToMarkdown(plan: Plan, texts: PlanMarkdownTexts): string {
  const date = texts.formatDate ?? ((iso: string) => iso);
  const active = plan.goals.filter((goal) => goal.archivedAt === null);
  const sections = skillIds.flatMap((skill) => {
    const goals = active.filter((goal) => goal.skill === skill);
    if (goals.length === 0) return [];
    return [
      `## ${escapeInline(texts.skillName(skill))}`,
      '',
      ...goals.flatMap((goal) => writeGoal(goal, texts, date)),
    ];
  });
  const body = sections.length > 0 ? sections : [escapeInline(texts.labels.noGoals), ''];
  return [`# ${escapeInline(texts.title)}`, '', ...body].join('\n');
}
