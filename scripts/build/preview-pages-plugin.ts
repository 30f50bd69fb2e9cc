import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { prerenderedPathFor } from '../../src/lib/prerendered-path.ts';

/**
 * The file that answers a page's address, as deploy/nginx.conf says it (README, Deploying): its
 * prerendered HTML ("plan/case.html", "es.html"), the one page for every review's report, or the
 * empty shell app.html. Undefined for a file's own address (with an extension), served as it is.
 */
export function pageFileFor(path: string, isBuilt: (file: string) => boolean): string | undefined {
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  const [, language = '', inner = ''] = /^\/(?:(es|fr)(?:\/|$))?(.*?)\/?$/.exec(path) ?? [];
  const page = prerenderedPathFor(`/${inner}`).slice(1);
  const file =
    page === '' ? `${language || 'index'}.html` : `${language && `${language}/`}${page}.html`;
  return isBuilt(file) ? file : 'app.html';
}

/**
 * `vite preview` (npm start, the browser tests) answers pages as the shipped servers do; left to
 * itself it would answer an unknown address with the prerendered home page, which the app then
 * replaces: a flash of the wrong page.
 */
export function previewPagesPlugin(): Plugin {
  return {
    name: 'ascent-preview-pages',
    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      const outDir = resolve(root, build.outDir);
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview');
        const inBase = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : null;
        const file =
          inBase === null ? undefined : pageFileFor(inBase, (f) => existsSync(join(outDir, f)));
        if (file !== undefined) request.url = `${base}${file}${url.search}`;
        next();
      });
    },
  };
}
