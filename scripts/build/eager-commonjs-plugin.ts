import type { Plugin } from 'vite';

/**
 * The bundler wraps each CommonJS module (React, ReactDOM, the scheduler) in an arrow function
 * that runs on first `require`. V8 compiles a function when it is first called, on the main
 * thread — for ReactDOM's wrapper, 130 KB of code in one piece during the start-up step. A
 * *function expression* in parentheses is what V8 guesses will run at once and compiles while
 * the file streams in, off the main thread. So each wrapper becomes `(function (exports, module)
 * {…})`; it is called as a plain function in strict code, so `this` stays undefined as in the
 * arrow. Measured on React's chunk, the start-up step went from 69–91 to 19–41 ms (README,
 * Performance).
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

export function eagerCommonJsPlugin(): Plugin {
  return {
    name: 'ascent-eager-commonjs',
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
