import type { Plugin } from 'vite';

// V8 compiles most functions only when they are first called, on the main thread: on a first
// visit the start-up code's compile time, not its running time, was most of its long tasks (a
// warm renderer ran the three start-up steps in 4/6/4 ms instead of 91/44/29). Functions V8
// expects to run are compiled instead while the file streams in, on a background thread
// (README, Performance, for the figures, and V8's file-level hint, tried and not kept).

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

export function eagerCompilePlugin(): Plugin {
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
  };
}
