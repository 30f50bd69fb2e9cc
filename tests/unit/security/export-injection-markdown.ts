import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLines } from '../../../src/domain/files/markdown-text';
import { planToMarkdown, type PlanMarkdownTexts } from '../../../src/domain/plan/plan-markdown';
import { makeAction, makeGoal, makePlan } from '../domain/plan/plan-fixtures';
import { hostileStrings } from './hostile-strings';
import { tried, RUNS } from './export-injection-fixtures';

/* ----------------------------------------------------------------------------------------- */
/* Markdown                                                                                   */
/* ----------------------------------------------------------------------------------------- */

const markdownTexts: PlanMarkdownTexts = {
  title: 'Plan',
  skillName: (skill) => `Skill ${skill}`,
  statusName: (status) => `Status ${status}`,
  labels: {
    measure: 'Measure',
    targetDate: 'Target',
    actions: 'Actions',
    due: 'Due',
    noGoals: '-',
  },
};

/** Characters that start markup, a link or an entity; in the output each must be escaped. */
const MARKUP = ['<', '>', '[', ']', '!', '&', '`', '*', '_', '~', '|', '@'];

/** Positions of `char` not preceded by an odd run of backslashes, i.e. not escaped. */
function rawOccurrences(text: string, char: string): number {
  let count = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) {
    let slashes = 0;
    while (text[index - 1 - slashes] === '\\') slashes += 1;
    if (slashes % 2 === 0) count += 1;
  }
  return count;
}

/** What a CommonMark reader makes of the escapes: each `\x` of ASCII punctuation is `x`. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function expectInertMarkdown(output: string): void {
  // The task boxes are the export's own markup; everything else came from the plan.
  const markdown = output.replace(/^- \[[ x]\] /gm, '- ');
  for (const char of MARKUP) expect(rawOccurrences(markdown, char), char).toBe(0);
  // Bare addresses that GitHub-flavoured viewers would turn into links.
  expect(markdown).not.toMatch(/[^\\]:\/\//);
  expect(markdown).not.toMatch(/www\./i);
}

function markdownOf(text: string): string {
  const goal = makeGoal({
    what: text,
    measure: text,
    actions: [makeAction({ title: text, notes: `${text}\n${text}` })],
  });
  return planToMarkdown(makePlan([goal]), markdownTexts);
}

export function describeMarkdownExport(): void {
  describe('the Markdown export', () => {
    it.each(hostileStrings)('keeps %j as text in every field a person types', (text) => {
      const markdown = markdownOf(text);
      tried.note('markdown: goal, measure, action, notes', 4);

      expectInertMarkdown(markdown);
      // Only the plan title, the skill and the goal are headings: nothing typed starts one.
      expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(3);
    });

    it('keeps any text inert, and a reader gets the same words back', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
          tried.note('markdown: any text');
          expectInertMarkdown(markdownOf(text));

          const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
          expect(unescapeMarkdown(escapeInline(text))).toBe(oneLine);
          const lines = escapeLines(text);
          expect(lines.map(unescapeMarkdown)).toEqual(
            text.split(/\r\n|\r|\n/).map((line) => line.trim()),
          );
          // No typed line may open a block: lists, quotes, headings, setext lines, code.
          for (const line of lines) expect(line).not.toMatch(/^(?:[-+=>#]|\d+[.)]|\s)/);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
