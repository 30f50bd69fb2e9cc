import { useMemo } from 'react';
import { builtInCatalog } from '../../content/catalog';
import type { CatalogEntry } from '../../domain/plan/catalog';
import { useHydrated } from '../../lib/use-hydrated';
import { useAppStore } from '../../stores/app-store';

/**
 * The built-in catalog, replaced or extended by an organization's imported one (saved data, so
 * the prerendered page and its take-over list the built-in one).
 */
export function useActiveCatalog(): CatalogEntry[] {
  const saved = useAppStore((state) => state.plan.customCatalog);
  const custom = useHydrated() ? saved : null;
  return useMemo(() => {
    if (!custom) return builtInCatalog.entries;
    if (custom.mode === 'replace') return custom.catalog.entries;
    // An imported entry with a built-in id replaces that entry.
    const ids = new Set(custom.catalog.entries.map((entry) => entry.id));
    const kept = builtInCatalog.entries.filter((entry) => !ids.has(entry.id));
    return [...kept, ...custom.catalog.entries];
  }, [custom]);
}
