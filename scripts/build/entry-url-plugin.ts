import type { Plugin } from 'vite';

const suffix = '?entry-url';

/**
 * `import url from './module.ts?entry-url'` gives the address of that module built as an entry of
 * the app's own build, sharing its chunks: a worker started from it loads the library and schema
 * files the page has already fetched, instead of a second copy of them (Vite's own worker
 * import bundles each worker separately). The dev server serves the source module itself.
 */
export function entryUrlPlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'ascent-entry-url',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer);
      return resolved ? `\0${resolved.id}${suffix}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !id.endsWith(suffix)) return null;
      const file = id.slice(1, -suffix.length);
      if (!isBuild) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
