import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

// V8 compiles most functions only when they are first called, on the main thread: on a first
// visit the start-up code's compile time, not its running time, was most of its long tasks (a
// warm renderer ran the three start-up steps in 4/6/4 ms instead of 91/44/29). Functions V8
// expects to run are compiled instead while the file streams in, on a background thread. This
// plugin tells it which, in the two ways V8 reads (README, Performance, for the figures).

/**
 * The bundler wraps each CommonJS module (React, ReactDOM, the scheduler) in an arrow function
 * that runs on first `require`; V8 compiles a *function expression* in parentheses eagerly, an
 * arrow not. Called as a plain function in strict code, `this` stays undefined as in the arrow.
 */
const arrowWrapper =
  /(__commonJS(?:Min)?\(\()\(((?:exports|module)(?:, (?:exports|module))?)?\) => \{/g;

/** A wrapper the expression above did not turn into a function expression. */
const otherWrapper = /__commonJS(?:Min)?\(\((?!function \()/;

/** The chunk with every CommonJS wrapper as a parenthesized function expression. */
export function eagerCommonJs(code: string): string {
  return code.replace(arrowWrapper, (_match, call: string, parameters = '') => {
    return `${call}function (${parameters}) {`;
  });
}

/** V8's file-level compile hint (Chrome 136+): compile every function of this file eagerly. */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/** The given entries' chunks and every chunk they import statically: the code that starts a page. */
export function startUpChunks(bundle: OutputBundle, entryNames: readonly string[]): OutputChunk[] {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk | undefined) => {
    if (!chunk || found.has(chunk)) return;
    found.add(chunk);
    chunk.imports.forEach((file) => {
      visit(byFile.get(file));
    });
  };
  chunks.filter((chunk) => chunk.isEntry && entryNames.includes(chunk.name)).forEach(visit);
  return [...found];
}

/**
 * `startUpEntries`: the entries every page runs at start (the app and its start-up steps). Only
 * their code is marked: a page's own code, marked too, measured no better (README).
 */
export function eagerCompilePlugin({ startUpEntries }: { startUpEntries: string[] }): Plugin {
  return {
    name: 'ascent-eager-compile',
    apply: 'build',
    // Before minification, where the wrapper still has the bundler's own names.
    renderChunk(code, chunk) {
      const eager = eagerCommonJs(code);
      // A new wrapper form from the bundler would silently bring the main-thread compile back.
      if (otherWrapper.test(eager)) {
        this.error(`${chunk.fileName}: a CommonJS wrapper of an unknown form`);
      }
      return eager === code ? null : { code: eager, map: null };
    },
    // After minification, which would drop the comment; the hint must be the file's first line.
    generateBundle(_options, bundle) {
      for (const chunk of startUpChunks(bundle, startUpEntries)) {
        chunk.code = compileHint + chunk.code;
      }
    },
  };
}
