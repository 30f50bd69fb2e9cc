import { describe, expect, it } from 'vitest';
import { planToMarkdown, type PlanMarkdownTexts } from '../../../../src/domain/plan/plan-markdown';
import { makeAction, makeGoal, makePlan } from './plan-fixtures';

const texts: PlanMarkdownTexts = {
  title: 'My development plan',
  skillName: (skill) => `Skill ${skill}`,
  statusName: (status) => `Status ${status}`,
  labels: {
    measure: 'Measure',
    targetDate: 'Target date',
    actions: 'Actions',
    due: 'Due',
    noGoals: 'No goals yet.',
  },
};

const linesOf = (markdown: string) => markdown.split('\n');

describe('planToMarkdown', () => {
  it('groups goals by skill in skill order with measure, target date and task items', () => {
    const plan = makePlan([
      makeGoal({
        id: 'g-1',
        skill: 'business-acumen',
        what: 'Read the annual report',
        measure: 'Explain three ratios',
        targetDate: '2025-05-01',
        actions: [
          makeAction({ id: 'a-1', title: 'Book time with finance', status: 'done' }),
          makeAction({
            id: 'a-2',
            title: 'Summarize the report',
            status: 'in-progress',
            dueDate: '2025-04-15',
            notes: 'Start with cash flow\n\nThen margins',
          }),
        ],
      }),
      makeGoal({ id: 'g-2', skill: 'executive-presence', what: 'Open the town hall' }),
    ]);

    expect(linesOf(planToMarkdown(plan, texts))).toEqual([
      '# My development plan',
      '',
      '## Skill executive-presence',
      '',
      '### Open the town hall',
      '',
      '- Measure: Two business leaders sign off the priorities',
      '- Target date: 2025-06-30',
      '',
      '## Skill business-acumen',
      '',
      '### Read the annual report',
      '',
      '- Measure: Explain three ratios',
      '- Target date: 2025-05-01',
      '',
      'Actions:',
      '',
      '- [x] Book time with finance — Status done',
      '- [ ] Summarize the report — Status in-progress · Due 2025-04-15',
      '  Start with cash flow',
      '',
      '  Then margins',
      '',
    ]);
  });

  it('leaves archived goals out and says when there are none', () => {
    const plan = makePlan([makeGoal({ archivedAt: '2025-02-01T00:00:00.000Z' })]);

    expect(planToMarkdown(plan, texts)).toBe('# My development plan\n\nNo goals yet.\n');
  });

  it('formats dates with the given formatter', () => {
    const markdown = planToMarkdown(makePlan([makeGoal({ targetDate: '2025-06-30' })]), {
      ...texts,
      formatDate: (iso) => `on ${iso.slice(8)}/${iso.slice(5, 7)}`,
    });

    expect(linesOf(markdown)).toContain('- Target date: on 30/06');
  });

  it.each([
    ['# x', '### \\# x'],
    ['## Injected heading', '### \\#\\# Injected heading'],
    ['[a](javascript:x)', '### \\[a\\](javascript:x)'],
    ['![img](https://evil.example/x.png)', '### \\!\\[img\\](https\\://evil.example/x.png)'],
    ['<script>alert(1)</script>', '### \\<script\\>alert(1)\\</script\\>'],
    ['`code` *bold* _em_ ~~gone~~', '### \\`code\\` \\*bold\\* \\_em\\_ \\~\\~gone\\~\\~'],
    ['&lt;b&gt; | a table', '### \\&lt;b\\&gt; \\| a table'],
    ['already \\[escaped\\]', '### already \\\\\\[escaped\\\\\\]'],
    ['line one\n# line two', '### line one \\# line two'],
  ])('keeps a hostile goal %j as plain text: %j', (what, heading) => {
    const lines = linesOf(planToMarkdown(makePlan([makeGoal({ what })]), texts));

    expect(lines[4]).toBe(heading);
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(3);
  });

  it.each([
    ['- a list item', '\\- a list item'],
    ['+ another', '\\+ another'],
    ['1. ordered', '1\\. ordered'],
    ['2) ordered', '2\\) ordered'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['> quoted', '\\> quoted'],
    ['    # indented heading', '\\# indented heading'],
  ])('escapes a notes line %j that would start a block as %j', (line, escaped) => {
    const action = makeAction({ notes: `intro\n${line}` });
    const lines = linesOf(planToMarkdown(makePlan([makeGoal({ actions: [action] })]), texts));

    expect(lines).toContain(`  ${escaped}`);
  });

  it('escapes action titles and the words passed in', () => {
    const plan = makePlan([
      makeGoal({ actions: [makeAction({ title: '[click](javascript:alert(1))' })] }),
    ]);
    const markdown = planToMarkdown(plan, { ...texts, title: '<b>Plan</b>' });

    expect(markdown).toContain('# \\<b\\>Plan\\</b\\>\n');
    expect(markdown).toContain('- [ ] \\[click\\](javascript:alert(1)) — Status not-started\n');
  });
});
