import { describe, expect, it } from 'vitest';
import { startUpStepSources, startUpSteps } from '../../../scripts/prerender/start-up-steps';

describe('the start-up steps', () => {
  it('are the built files of their sources, React first', () => {
    const manifest = {
      'src/app/early/stores.ts': { file: 'assets/early-stores-2.js' },
      'src/app/early/react.ts': { file: 'assets/early-react-1.js' },
      'index.html': { file: 'assets/app-3.js' },
    };
    expect(startUpSteps(manifest)).toEqual(['assets/early-react-1.js', 'assets/early-stores-2.js']);
  });

  it('stop the build when one is missing, rather than writing pages that skip it', () => {
    const [first] = Object.values(startUpStepSources);
    expect(() => startUpSteps({ [first ?? '']: { file: 'assets/a.js' } })).toThrow(
      /no start-up step src\/app\/early\/stores.ts/,
    );
  });
});
