import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugin } from './scripts/prerender/plugin.ts';
import { startUpStepSources } from './scripts/prerender/start-up-steps.ts';
import { localeChunksPlugin, localeModule } from './scripts/build/locale-chunks-plugin.ts';
import { previewPagesPlugin } from './scripts/build/preview-pages-plugin.ts';
import { entryUrlPlugin } from './scripts/build/entry-url-plugin.ts';
import { eagerCompilePlugin } from './scripts/build/eager-compile-plugin.ts';
import { pageKitGroup } from './scripts/build/page-kit-group.ts';
import { localeChunksFile, precachedLanguage, textsCacheName } from './src/lib/locale-chunks.ts';

/**
 * Deploying under a sub-path is one setting: BASE_PATH=/ascent/ npm run build.
 * Everything else (router, service worker, manifest, links) derives from it.
 */
const base = process.env.BASE_PATH ?? '/';

const pageKit = pageKitGroup();

/** Each visitor reads one language: the others' texts are cached when used, not precached. */
const otherLanguageText = new RegExp(
  `assets/locale-(?!${precachedLanguage}-)\\w+-\\w+-[\\w-]+\\.js$`,
);

/** Only the app's own origin: no inline script, no eval, no third-party request of any kind. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server injects inline styles for hot reload, so the policy goes into builds only. */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'ascent-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    entryUrlPlugin(),
    eagerCompilePlugin(),
    pageKit.plugin,
    contentSecurityPolicyPlugin(),
    prerenderPlugin(base),
    previewPagesPlugin(),
    localeChunksPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already lists every icon; adding them again would precache them twice.
      includeManifestIcons: false,
      manifest: {
        name: 'Ascent — executive-skills readiness',
        short_name: 'Ascent',
        description:
          'An executive-skills readiness assessment for learning leaders. Your answers stay in your browser.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, lazy chunks included, so any page works offline. The PNG icons are
        // left out: the system fetches them once when the app is installed, and no page draws
        // them, so precaching them only cost every visitor 10 KB.
        // The prerendered pages (39 files, about 100 KB gzip) are left out too: they make the
        // first visit fast, but once the worker runs every page is drawn from local code, so each
        // navigation gets the empty shell app.html, in whatever language it is.
        globPatterns: ['**/*.{js,css,svg,ico,txt}', 'app.html', localeChunksFile],
        // Texts: English only (44 KB less for everyone). The app puts the visitor's own language
        // into the texts cache once the worker is active (src/lib/offline-texts.ts), and any
        // language chunk fetched through the worker is kept there too.
        manifestTransforms: [
          (entries) => ({
            manifest: entries.filter((entry) => !otherLanguageText.test(entry.url)),
            warnings: [],
          }),
        ],
        runtimeCaching: [
          {
            urlPattern: otherLanguageText,
            handler: 'CacheFirst',
            options: {
              cacheName: textsCacheName,
              cacheableResponse: { statuses: [200] },
              // Servers may answer "Vary: Origin"; a module request sends Origin, the app's
              // own fetch that filled the cache did not, and the file is the same for both.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
        navigateFallback: 'app.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Browsers without modulepreload still load every module through its imports, so the
    // polyfill would only add bytes to the first visit.
    modulePreload: { polyfill: false },
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      input: { index: 'index.html', ...startUpStepSources },
      output: {
        // Named chunks, so the size report says what each holds: libraries by name, texts by
        // language ("locale-fr-pages"), the start-up code as "app".
        entryFileNames: ({ name }) =>
          name === 'index' ? 'assets/app-[hash].js' : 'assets/[name]-[hash].js',
        chunkFileNames: ({ facadeModuleId, name }) => {
          const locale = localeModule.exec(facadeModuleId ?? '');
          if (locale) return `assets/locale-${locale[1]}-${locale[2]}-[hash].js`;
          // The bundler names each part of the page kit after every page that uses it.
          return name.startsWith(pageKit.group.name)
            ? 'assets/page-kit-[hash].js'
            : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'state', test: /node_modules[\\/]zustand[\\/]/ },
            { name: 'forms', test: /node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
            { name: 'chartjs', test: /node_modules[\\/](chart\.js|@kurkle)[\\/]/ },
            pageKit.group,
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // Property tests run hundreds of cases; on a busy two-core machine 5 s was not enough.
    testTimeout: 20_000,
    // vitest leaves one core idle by default; the main process does little, so use them all.
    maxWorkers: '100%',
    projects: [
      {
        // Pure code needs no DOM: without jsdom each file starts about a second sooner.
        extends: true,
        test: {
          name: 'pure',
          // Pure functions keep no state between files, so files share a worker's modules instead
          // of loading them again each: 20 → 7 s for this project, in any file order.
          isolate: false,
          environment: 'node',
          include: [
            'tests/unit/domain/**/*.test.ts',
            'tests/unit/content/**/*.test.ts',
            'tests/unit/scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          // Files share a worker's jsdom, which takes a second to set up (122 → 55–64 s for this
          // project); tests/setup.ts still gives each file its own modules, so its own store.
          isolate: false,
          environment: 'jsdom',
          include: [
            'tests/unit/**/*.test.{ts,tsx}',
            'tests/component/**/*.test.{ts,tsx}',
            'tests/lint/**/*.test.ts',
          ],
          exclude: ['tests/unit/domain/**', 'tests/unit/content/**', 'tests/unit/scripts/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
