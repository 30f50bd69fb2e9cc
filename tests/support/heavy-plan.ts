import { builtInCatalog } from '../../src/content/catalog';
import {
  emptyAdvocacyCase,
  type Goal,
  type Plan,
  type PlanAction,
} from '../../src/domain/plan/plan';
import { skillIds } from '../../src/domain/instrument/skills';
import { goals, names, notes, ownTitles } from './heavy-prose';
import { days, sentences, spread, uuid, type Random } from './heavy-random';

function buildAction(random: Random, start: Date, isDone: boolean): PlanAction {
  const entry = random.next() < 0.6 ? random.pick(builtInCatalog.entries) : null;
  const due = days(start, 30 + Math.floor(random.next() * 150))
    .toISOString()
    .slice(0, 10);
  return {
    id: uuid(random),
    title: entry?.title.en ?? random.pick(ownTitles),
    catalogId: entry?.id ?? null,
    status: isDone ? 'done' : random.pick(['not-started', 'in-progress'] as const),
    notes: sentences(random, notes, 3),
    dueDate: due,
    doneAt: isDone ? due : null,
  };
}

function buildGoal(random: Random, createdAt: Date, isArchived: boolean): Goal {
  const [what, measure] = random.pick(goals);
  return {
    id: uuid(random),
    skill: random.pick(skillIds),
    what,
    measure,
    targetDate: days(createdAt, 180).toISOString().slice(0, 10),
    createdAt: createdAt.toISOString(),
    archivedAt: isArchived ? days(createdAt, 200).toISOString() : null,
    actions: Array.from({ length: 3 + Math.floor(random.next() * 3) }, () =>
      buildAction(random, createdAt, isArchived),
    ),
  };
}

/** Goals over the years, all but the latest six archived, and a case for the role filled in. */
export function buildPlan(random: Random, goalCount: number): Plan {
  const goalDates = spread(goalCount);
  return {
    goals: goalDates.map((date, i) => buildGoal(random, date, i < goalCount - 6)),
    importance: {
      'executive-presence': 4,
      'strategic-thinking': 5,
      'business-acumen': 5,
      'data-driven-decisions': 3,
      'resilience-adaptability': 2,
    },
    advocacy: {
      ...emptyAdvocacyCase,
      quickWins: ownTitles.slice(0, 3),
      allies: names.slice(1, 4).map((name) => ({ name, role: 'Business partner', kind: 'ally' })),
      objections: {
        needAnother: notes.slice(0, 3).join(' '),
        notReady: notes.slice(3, 5).join(' '),
        value: notes.slice(5).join(' '),
      },
    },
    customCatalog: null,
  };
}
