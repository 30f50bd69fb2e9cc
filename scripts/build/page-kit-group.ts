import type { Plugin } from 'vite';

/** What the bundler knows of one module once every module is loaded. */
export interface ModuleFacts {
  imports: readonly string[];
  dynamicImports: readonly string[];
  size: number;
  isEntry: boolean;
}

export type ModuleGraph = ReadonlyMap<string, ModuleFacts>;

/** A source module small enough that grouping it costs a page that does not need it little. */
const smallModule = 1500;

/** Every module the given modules reach through static imports, themselves included. */
function staticallyReached(graph: ModuleGraph, from: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...from];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(graph.get(id)?.imports ?? []));
  }
  return reached;
}

/** For each module, how many lazily loaded pages or parts reach it through static imports. */
function lazyPartsReaching(graph: ModuleGraph): Map<string, number> {
  const lazyParts = new Set([...graph.values()].flatMap((facts) => facts.dynamicImports));
  const count = new Map<string, number>();
  for (const part of lazyParts) {
    for (const id of staticallyReached(graph, [part])) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return count;
}

/**
 * Small scripts of our own that only lazily loaded code uses, that more than one lazily loaded
 * page or part reaches, and whose imports are all start-up code or other such modules: grouped
 * into page kits, they bring no page's code with them, run after everything they need, and leave
 * the start-up files as they were. Style sheets stay with their pages.
 */
export function pageKitModules(graph: ModuleGraph): Set<string> {
  const ids = [...graph.keys()];
  const startUp = staticallyReached(
    graph,
    ids.filter((id) => graph.get(id)?.isEntry),
  );
  const reachCount = lazyPartsReaching(graph);
  const kit = new Set(
    ids.filter(
      (id) =>
        /[\\/]src[\\/].*\.tsx?$/.test(id) &&
        !startUp.has(id) &&
        (graph.get(id)?.size ?? Infinity) <= smallModule &&
        (reachCount.get(id) ?? 0) >= 2,
    ),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const id of kit) {
      const imports = graph.get(id)?.imports ?? [];
      if (imports.every((imported) => startUp.has(imported) || kit.has(imported))) continue;
      kit.delete(id);
      changed = true;
    }
  }
  return kit;
}

/**
 * A few chunks, the page kits, for the small modules pages share. Offline, the service worker
 * answers each file at once, but the page's main thread still pays a fixed cost per file
 * (receiving it, compiling and linking a module): an invitation loaded ten such files of
 * 0.1–0.9 KB each.
 */
export function pageKitGroup() {
  let members = new Set<string>();

  const plugin: Plugin = {
    name: 'ascent-page-kit',
    apply: 'build',
    buildEnd() {
      const graph = new Map<string, ModuleFacts>();
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info) continue;
        graph.set(id, {
          imports: info.importedIds,
          dynamicImports: info.dynamicallyImportedIds,
          size: info.code?.length ?? Infinity,
          isEntry: info.isEntry,
        });
      }
      members = pageKitModules(graph);
    },
  };

  const group = {
    name: 'page-kit',
    test: (id: string) => members.has(id),
    // Members import only start-up code and each other: pulling in their start-up imports would
    // only make this chunk part of the start-up.
    includeDependenciesRecursively: false,
    // Modules the same pages use go together, so a page loads little it does not use; groups
    // under 3 KB join their nearest neighbour, so there are few files. Against one chunk for all
    // (two files fewer for an invitation), this kept the plan's start-up 1 KB smaller (gzip),
    // and offline starts were the same within noise.
    entriesAware: true,
    entriesAwareMergeThreshold: 3000,
  };

  return { plugin, group };
}
