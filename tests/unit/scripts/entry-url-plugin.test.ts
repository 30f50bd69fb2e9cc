import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { entryUrlPlugin } from '../../../scripts/build/entry-url-plugin';

// A page that starts a worker from `?entry-url`; page and worker both use one library module.
const sources = {
  'index.html': '<script type="module" src="./page.ts"></script>',
  'page.ts': [
    "import { shared } from './library';",
    "import workerUrl from './worker?entry-url';",
    "document.title = shared('page');",
    "new Worker(workerUrl, { type: 'module' });",
  ].join('\n'),
  'worker.ts': "import { shared } from './library';\npostMessage(shared('worker'));",
  'library.ts': 'export function shared(who: string): string { return `LIBRARY-BODY ${who}`; }',
};

const root = mkdtempSync(join(tmpdir(), 'ascent-entry-url-'));
for (const [name, text] of Object.entries(sources)) writeFileSync(join(root, name), text);

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function buildFixture(): Promise<Map<string, string>> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [entryUrlPlugin()],
    build: { outDir: 'dist', minify: false },
  });
  const assets = join(root, 'dist/assets');
  return new Map(
    readdirSync(assets).map((file) => [file, readFileSync(join(assets, file), 'utf8')]),
  );
}

describe('a module imported with ?entry-url', () => {
  it('is built as an entry of the same build, sharing its chunks, and the importer gets its address', async () => {
    const files = await buildFixture();
    const worker = [...files.keys()].find((file) => file.startsWith('worker-'));
    expect(worker, 'the worker is a file of its own').toBeDefined();
    // The library is in one file that both import, not copied into each.
    const withLibrary = [...files].filter(([, code]) => code.includes('LIBRARY-BODY'));
    expect(withLibrary).toHaveLength(1);
    const [libraryFile = ''] = withLibrary.map(([file]) => file);
    expect(files.get(worker ?? '')).toContain(`./${libraryFile}`);
    const page = [...files].find(([file]) => file.startsWith('index-'))?.[1] ?? '';
    expect(page).toContain(worker);
  });
});
