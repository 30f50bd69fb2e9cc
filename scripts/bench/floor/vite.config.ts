// Builds the floor page of `npm run bench:floor` (scripts/bench/floor.ts) into reports/bench/floor.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../../reports/bench/floor'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(here, 'index.html'),
        react: resolve(here, 'react.ts'),
      },
      output: { entryFileNames: '[name].js' },
    },
  },
});
