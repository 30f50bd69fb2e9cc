import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepTextsOffline } from '../../../src/lib/offline-texts';
import { localeChunksFile, textsCacheName } from '../../../src/lib/locale-chunks';

const origin = window.location.origin;
const chunks = {
  en: ['assets/locale-en-pages-E1.js', 'assets/locale-en-shell-E2.js'],
  es: ['assets/locale-es-pages-S1.js', 'assets/locale-es-shell-S2.js'],
  fr: ['assets/locale-fr-pages-F1.js', 'assets/locale-fr-shell-F2.js'],
};
const url = (file: string): string => `${origin}/${file}`;

/** The browser's Cache Storage, in memory: the edge these functions write to. */
class MemoryCaches {
  readonly stores = new Map<string, Map<string, Response>>();

  open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    return Promise.resolve({
      keys: () => Promise.resolve([...store.keys()].map((key) => new Request(key))),
      delete: (request: Request) => Promise.resolve(store.delete(request.url)),
      add: async (key: string) => {
        store.set(key, await fetch(key));
      },
    });
  }

  match(key: string) {
    const found = [...this.stores.values()].find((store) => store.has(key));
    return Promise.resolve(found?.get(key));
  }

  cached(name: string): string[] {
    return [...(this.stores.get(name)?.keys() ?? [])].sort();
  }
}

let memory: MemoryCaches;
let list: unknown;
let fetched: string[];

beforeEach(() => {
  memory = new MemoryCaches();
  list = chunks;
  fetched = [];
  vi.stubGlobal('caches', memory);
  vi.stubGlobal('fetch', (input: URL | string) => {
    const address = String(input);
    fetched.push(address);
    if (address === url(localeChunksFile)) return Promise.resolve(Response.json(list));
    return Promise.resolve(new Response('export default {}', { status: 200 }));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('keepTextsOffline', () => {
  it('caches both text chunks of the language', async () => {
    await keepTextsOffline('es');
    expect(memory.cached(textsCacheName)).toEqual(chunks.es.map(url));
  });

  it('fetches nothing that a cache, the precache included, already holds', async () => {
    const precache = await memory.open('workbox-precache-v2');
    for (const file of chunks.en) await precache.add(url(file));
    fetched = [];
    await keepTextsOffline('en');
    expect(memory.cached(textsCacheName)).toEqual([]);
    expect(fetched).toEqual([url(localeChunksFile)]);
  });

  it('drops the chunks an earlier version left, and keeps other languages of this one', async () => {
    const texts = await memory.open(textsCacheName);
    for (const file of ['assets/locale-es-shell-OLD.js', ...chunks.fr]) await texts.add(url(file));
    await keepTextsOffline('es');
    expect(memory.cached(textsCacheName)).toEqual([...chunks.es, ...chunks.fr].map(url).sort());
  });

  it.each([
    ['names a file outside the text chunks', { ...chunks, es: ['https://elsewhere.example/x.js'] }],
    ['is not a list of files', { es: 'assets/locale-es-shell-S2.js' }],
    ['is not JSON of the expected shape', ['assets/locale-es-shell-S2.js']],
  ])('caches nothing when the list %s', async (_case, hostile) => {
    list = hostile;
    await keepTextsOffline('es');
    expect(memory.cached(textsCacheName)).toEqual([]);
  });

  it('rejects when the network fails, leaving the cache as it was', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(keepTextsOffline('es')).rejects.toThrow('Failed to fetch');
    expect(memory.cached(textsCacheName)).toEqual([]);
  });
});
