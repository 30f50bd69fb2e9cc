import * as z from 'zod/mini';

// Imports nothing of the app's own: vite.config.ts reads this file too.

/**
 * The build writes which chunks hold each language's texts into this file, since their names
 * carry content hashes; the app reads it to keep its own language for offline use.
 */
export const localeChunksFile = 'locale-chunks.json';

/** Where the texts of languages other than the precached one are kept once used. */
export const textsCacheName = 'ascent-texts';

/** English is the fallback every visitor may need, so only its texts are precached. */
export const precachedLanguage = 'en';

/** Only the app's own text chunks: nothing else may be put into the cache from this list. */
const chunkFileSchema = z.string().check(z.regex(/^assets\/locale-[a-z]+-[a-z]+-[\w-]+\.js$/));

/** Language code → its chunks; the build checks every language has its two. */
export const localeChunksSchema = z.record(z.string(), z.array(chunkFileSchema));
export type LocaleChunks = z.infer<typeof localeChunksSchema>;
