import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { entryUrlPlugin } from '../build/entry-url-plugin.ts';
import { pageScripts, pageStyles, readBuildManifest } from './page-assets.ts';
import { prerenderedFile, prerenderedRoutes, prerenderLanguages } from './routes.ts';
import { startUpSteps } from './start-up-steps.ts';
import { fillTemplate } from './template.ts';
import { inlineStyles } from './inline-styles.ts';
import { withShellPreloads } from './shell-preloads.ts';

interface PageRenderer {
  prerenderPage(path: string, language: string): Promise<{ html: string; title: string }>;
}

function isPageRenderer(
  module: Record<string, unknown>,
): module is Record<string, unknown> & PageRenderer {
  return typeof module['prerenderPage'] === 'function';
}

/** The service worker's registration is a browser-only virtual module: the prerender needs none. */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register/react';
  return {
    name: 'ascent-prerender-no-sw',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (loaded) =>
      loaded === `\0${id}`
        ? 'export const useRegisterSW = () => ({ needRefresh: [false, () => {}], updateServiceWorker: async () => {} });'
        : undefined,
  };
}

/**
 * Writes every main page in every language as HTML into the build, after the bundle is written
 * and before the service worker lists the files to precache. PRERENDER=0 builds the client-only
 * app (one empty index.html), which the benchmark measures next to this one.
 */
export function prerenderPlugin(base: string): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'ascent-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      async handler() {
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        // The service worker answers every navigation with this empty shell, which draws the page
        // from local code in any language (see vite.config.ts); servers use it for unknown paths.
        const manifest = readBuildManifest(outDir);
        writeFileSync(join(outDir, 'app.html'), withShellPreloads(template, manifest, base));
        if (process.env['PRERENDER'] === '0') return;
        const server = await createServer({
          configFile: false,
          root,
          base,
          appType: 'custom',
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [react(), entryUrlPlugin(), noServiceWorker()],
        });
        try {
          const module = await server.ssrLoadModule('/src/app/prerender-page.tsx');
          if (!isPageRenderer(module)) throw new Error('prerender-page exports no prerenderPage');
          const steps = startUpSteps(manifest);
          const readBuiltFile = (href: string) =>
            readFileSync(join(outDir, href.slice(base.length)), 'utf8');
          for (const language of prerenderLanguages) {
            for (const { path, modules } of prerenderedRoutes) {
              const page = await module.prerenderPage(path, language);
              const styles = pageStyles(manifest, modules);
              const scripts = pageScripts(manifest, modules);
              const file = join(outDir, prerenderedFile(path, language));
              mkdirSync(dirname(file), { recursive: true });
              const values = { ...page, path, language, base, styles, scripts, steps };
              writeFileSync(file, inlineStyles(fillTemplate(template, values), readBuiltFile));
            }
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
