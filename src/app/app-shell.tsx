import { useEffect } from 'react';
import { syncFromOtherTabs } from '../stores/app-store';
import { AppRoutes } from './app-routes';
import { Layout } from './layout';

/** Everything inside the router: the same tree in the browser and in the build's prerender. */
export function AppShell() {
  useEffect(() => syncFromOtherTabs(window), []);
  // Marks the page as live (its HTML taken over or drawn), for browser tests and the benchmark.
  useEffect(() => {
    document.documentElement.dataset['started'] = 'true';
  }, []);
  return (
    <Layout>
      <AppRoutes />
    </Layout>
  );
}
