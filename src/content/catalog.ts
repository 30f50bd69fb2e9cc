import { catalogSchema, type Catalog } from '../domain/plan/catalog';
import { courses } from './catalog/courses';
import { credentials } from './catalog/credentials';
import { experiences } from './catalog/experiences';
import { programs } from './catalog/programs';
import { readings } from './catalog/readings';
import { relationships } from './catalog/relationships';

/** Bump when an entry's meaning changes; ids stay stable because plans refer to them. */
export const CATALOG_VERSION = '2026.1';

/**
 * 70-20-10 order: recommendations take each mix in catalog order, so experiences come first and
 * formal learning last. Parsed at load so a malformed entry fails every test, not one screen.
 */
export const builtInCatalog: Catalog = catalogSchema.parse({
  version: CATALOG_VERSION,
  entries: [...experiences, ...relationships, ...credentials, ...programs, ...courses, ...readings],
});
