import type { Plugin } from 'vite';
import { localeChunksFile, localeChunksSchema } from '../../src/lib/locale-chunks.ts';

/** The module behind a language's text chunk: its language and part ("shell" or "pages"). */
export const localeModule = /locales\/(\w+)\/(\w+)\.json$/;

/** Emits locale-chunks.json: for each language, the file names of its two text chunks. */
export function localeChunksPlugin(): Plugin {
  return {
    name: 'ascent-locale-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const byLanguage: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const language = localeModule.exec(output.facadeModuleId ?? '')?.[1];
        if (language) (byLanguage[language] ??= []).push(output.fileName);
      }
      for (const [language, files] of Object.entries(byLanguage)) {
        if (files.length !== 2) this.error(`${language}: expected a shell and a pages chunk`);
        files.sort();
      }
      // The app reads this file through the same schema, so a build it would refuse fails here.
      const source = JSON.stringify(localeChunksSchema.parse(byLanguage));
      this.emitFile({ type: 'asset', fileName: localeChunksFile, source });
    },
  };
}
