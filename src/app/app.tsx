import { AppRouter } from './app-router';
import { AppShell } from './app-shell';

export function App() {
  return (
    <AppRouter>
      <AppShell />
    </AppRouter>
  );
}
