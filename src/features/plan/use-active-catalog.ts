import { useMemo } from 'react';
import { builtInCatalog } from '../../content/catalog';
import type { CatalogEntry } from '../../domain/plan/catalog';
import { useAppStore } from '../../stores/app-store';

/** The built-in catalog, replaced or extended by an organization's imported one. */
export function useActiveCatalog(): CatalogEntry[] {
  const custom = useAppStore((state) => state.plan.customCatalog);
  return useMemo(() => {
    if (!custom) return builtInCatalog.entries;
    if (custom.mode === 'replace') return custom.catalog.entries;
    // An imported entry with a built-in id replaces that entry.
    const ids = new Set(custom.catalog.entries.map((entry) => entry.id));
    const kept = builtInCatalog.entries.filter((entry) => !ids.has(entry.id));
    return [...kept, ...custom.catalog.entries];
  }, [custom]);
}
