import { lazy, Suspense } from 'react';
import { useHydrated } from '../../lib/use-hydrated';
import { useStorageHealthStore } from '../../stores/storage-health-store';

const ProblemNotice = lazy(() =>
  import('./problem-notice').then((module) => ({ default: module.ProblemNotice })),
);

/** Says what went wrong with saved data, and offers the way out, on every page. */
export function StorageBanner() {
  const problems = useStorageHealthStore((state) => state.problems);
  // Problems are found by reading saved data, which the prerendered page has not done.
  const isStoredDataShown = useHydrated();
  if (!isStoredDataShown || problems.length === 0) return null;
  return (
    <div className="storage-banner">
      <Suspense fallback={null}>
        {problems.map((problem) => (
          <ProblemNotice key={problem} problem={problem} />
        ))}
      </Suspense>
    </div>
  );
}
