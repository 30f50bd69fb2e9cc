import { useEffect } from 'react';
import { syncFromOtherTabs } from '../stores/app-store';
import { AppRoutes } from './app-routes';
import { Layout } from './layout';

/** Everything inside the router: the same tree in the browser and in the build's prerender. */
export function AppShell() {
  useEffect(() => syncFromOtherTabs(window), []);
  return (
    <Layout>
      <AppRoutes />
    </Layout>
  );
}
