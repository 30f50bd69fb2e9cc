import { localize, type CatalogEntry } from '../../domain/plan/catalog';
import { MAX_ACTION_TITLE } from '../../domain/plan/plan';
import type { NewAction } from '../../stores/plan-slice';

/** Cut at `max`, ending in "…"; never between the two halves of a character such as an emoji. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A catalog entry as an action of a goal. An organization's catalog may hold titles longer than
 * an action's stored title: they are shortened rather than refused, and the entry stays linked.
 */
export function actionFromEntry(entry: CatalogEntry, language: string): NewAction {
  return {
    title: shorten(localize(entry.title, language), MAX_ACTION_TITLE),
    catalogId: entry.id,
    dueDate: null,
  };
}
