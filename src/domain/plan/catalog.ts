import * as z from 'zod/mini';
import { skillIdSchema } from '../instrument/skills';

/** Text in each app language; English is required, and the built-in catalog has all three. */
export const localizedTextSchema = z.object({
  en: z.string().check(z.minLength(1), z.maxLength(600)),
  es: z.optional(z.string().check(z.minLength(1), z.maxLength(600))),
  fr: z.optional(z.string().check(z.minLength(1), z.maxLength(600))),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const catalogTypes = [
  'experience',
  'relationship',
  'credential',
  'program',
  'course',
  'reading',
] as const;
export const catalogTypeSchema = z.enum(catalogTypes);
export type CatalogType = z.infer<typeof catalogTypeSchema>;

/** 70-20-10: challenging experiences, learning from others, formal learning. */
export type LearningMix = 'experience' | 'relationship' | 'formal';

export function mixOf(type: CatalogType): LearningMix {
  if (type === 'experience') return 'experience';
  if (type === 'relationship') return 'relationship';
  return 'formal';
}

export const catalogLevelSchema = z.enum(['foundational', 'advanced']);
export type CatalogLevel = z.infer<typeof catalogLevelSchema>;

export const MAX_URL_LENGTH = 500;

/**
 * The address exactly as it will sit in an href: lower-case `https://`, a host name, then
 * printable ASCII. No whitespace or control characters (a browser strips them, so `java\tscript:`
 * would turn into `javascript:`), no backslash (read as a slash), no `user@` before the host
 * (`https://trusted.org@elsewhere.example` opens elsewhere). Checked before the URL parser, which
 * would quietly strip some of these, so what is stored is what was checked.
 */
const HTTPS_ADDRESS = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][\x21-\x5b\x5d-\x7e]*)?$/;

/** Only https addresses: an imported catalog must not smuggle in javascript: or data: links. */
export const officialUrlSchema = z.pipe(
  z.string().check(
    z.maxLength(MAX_URL_LENGTH),
    z.refine((url: string) => HTTPS_ADDRESS.test(url), {
      message: 'not an https address',
      params: { httpsOnly: true },
    }),
  ),
  z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
);

/** For views that put an address from data into an href: true only for what the schema allows. */
export function isOfficialUrl(url: unknown): url is string {
  return officialUrlSchema.safeParse(url).success;
}

export const catalogEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/)),
  type: catalogTypeSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  /** Null for experiences and relationships, which nobody sells. */
  provider: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  skills: z.array(skillIdSchema).check(z.minLength(1), z.maxLength(5)),
  level: catalogLevelSchema,
  /** As the provider states them; null where not stated, never guessed. */
  effort: z.nullable(localizedTextSchema),
  format: z.nullable(localizedTextSchema),
  prerequisites: z.nullable(localizedTextSchema),
  url: z.nullable(officialUrlSchema),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z
  .object({
    version: z.string().check(z.minLength(1), z.maxLength(40)),
    entries: z.array(catalogEntrySchema).check(z.minLength(1), z.maxLength(2000)),
  })
  .check(
    z.refine(
      (catalog) => new Set(catalog.entries.map((e) => e.id)).size === catalog.entries.length,
      {
        message: 'entry ids must be unique',
      },
    ),
  );
export type Catalog = z.infer<typeof catalogSchema>;

export function localize(text: LocalizedText, language: string): string {
  if (language === 'es' && text.es) return text.es;
  if (language === 'fr' && text.fr) return text.fr;
  return text.en;
}
