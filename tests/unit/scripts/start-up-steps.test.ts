import { describe, expect, it } from 'vitest';
import { startUpStepSources, startUpSteps } from '../../../scripts/prerender/start-up-steps';

describe('the start-up steps', () => {
  it('are the built files of their sources, React first, then the schemas, then the stores', () => {
    const manifest = {
      'src/app/early/stores.ts': { file: 'assets/early-stores-3.js' },
      'src/app/early/schemas.ts': { file: 'assets/early-schemas-2.js' },
      'src/app/early/react.ts': { file: 'assets/early-react-1.js' },
      'index.html': { file: 'assets/app-4.js' },
    };
    expect(startUpSteps(manifest)).toEqual([
      'assets/early-react-1.js',
      'assets/early-schemas-2.js',
      'assets/early-stores-3.js',
    ]);
  });

  it('stop the build when one is missing, rather than writing pages that skip it', () => {
    const [first] = Object.values(startUpStepSources);
    expect(() => startUpSteps({ [first ?? '']: { file: 'assets/a.js' } })).toThrow(
      /no start-up step src\/app\/early\/schemas.ts/,
    );
  });
});
