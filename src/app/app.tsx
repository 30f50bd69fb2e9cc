import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { syncFromOtherTabs } from '../stores/app-store';
import { AppRoutes } from './app-routes';
import { basename } from './base-path';
import { Layout } from './layout';

export function App() {
  useEffect(() => syncFromOtherTabs(window), []);
  return (
    <BrowserRouter basename={basename}>
      <Layout>
        <AppRoutes />
      </Layout>
    </BrowserRouter>
  );
}
