// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundaryZones } from '../../eslint/boundaries.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

/** Only the boundary rule, as eslint.config.js sets it: the fixtures are not type-checked code. */
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'import-x': importX },
      settings: {
        'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx'] })],
      },
      rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones }] },
    },
  ],
});

async function boundaryMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: root + filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

const cases = readdirSync(fixtures).map((name) => {
  const code = readFileSync(new URL(name, fixtures), 'utf8');
  const lintAs = /^\/\/ lint-as: (\S+)/.exec(code)?.[1] ?? '';
  return { name, code, lintAs };
});

describe('layer boundaries', () => {
  it('has a fixture for each boundary inside domain and the 360 feature', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const { name, lintAs } of cases) expect(lintAs, name).toMatch(/^src\//);
  });

  it.each(cases)(
    'refuses the forbidden import in $name with a reason',
    async ({ code, lintAs }) => {
      const messages = await boundaryMessages(code, lintAs);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^import-x\/no-restricted-paths: .+\. /);
    },
  );

  it.each([
    ['src/domain/plan/fixture.ts', "import { reviewSchema } from '../review/review';"],
    ['src/domain/review/fixture.ts', "import { scoreAssessment } from '../assessment/scoring';"],
    ['src/domain/assessment/fixture.ts', "import { skillIds } from '../instrument/skills';"],
    ['src/domain/instrument/fixture.ts', "import { maxEntries } from '../files/record-limit';"],
    [
      'src/features/review/shared/fixture.tsx',
      "import { ReportView } from '../report/report-view';",
    ],
    [
      'src/features/review/reviews/fixture.tsx',
      "import { CollectPanel } from '../collect/collect-panel';",
    ],
    ['src/domain/team/fixture.ts', "import { chooseLevel } from '../plan/recommendations';"],
    [
      'src/features/review/team/fixture.tsx',
      "import { createOwnedReview } from '../new-review/create-owned-review';",
    ],
  ])('allows the permitted direction in %s', async (filePath, code) => {
    expect(await boundaryMessages(`${code}\nexport {};\n`, filePath)).toEqual([]);
  });
});
