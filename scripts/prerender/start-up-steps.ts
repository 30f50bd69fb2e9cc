import type { Manifest } from './page-assets';

/**
 * Modules built as entries of their own, which the boot script runs one by one before the app
 * (public/boot.js). Run as one script, the app's modules are evaluated in one long task, React's
 * the largest part; run as steps, the same work comes in several shorter tasks, and the app's
 * script finds them done. Their order is the order they run in.
 */
export const startUpStepSources = {
  'early-react': 'src/app/early/react.ts',
  'early-schemas': 'src/app/early/schemas.ts',
  'early-stores': 'src/app/early/stores.ts',
};

/** The built files of the start-up steps, in the order they run. */
export function startUpSteps(manifest: Manifest): string[] {
  return Object.values(startUpStepSources).map((source) => {
    const entry = manifest[source];
    if (!entry) throw new Error(`the build has no start-up step ${source}`);
    return entry.file;
  });
}
