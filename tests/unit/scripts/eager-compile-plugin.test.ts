import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { eagerCommonJs, eagerCompilePlugin } from '../../../scripts/build/eager-compile-plugin';

describe('eagerCommonJs', () => {
  it('turns each form of the bundler’s CommonJS wrapper into a function expression', () => {
    const chunk = [
      'var a = /* @__PURE__ */ __commonJSMin(((exports) => {',
      '\texports.one = 1;',
      '}));',
      'var b = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
      '\tmodule.exports = a();',
      '}));',
      'var c = __commonJSMin((() => {',
      '\tsideEffect();',
      '}));',
    ].join('\n');
    expect(eagerCommonJs(chunk)).toBe(
      [
        'var a = /* @__PURE__ */ __commonJSMin((function (exports) {',
        '\texports.one = 1;',
        '}));',
        'var b = /* @__PURE__ */ __commonJSMin((function (exports, module) {',
        '\tmodule.exports = a();',
        '}));',
        'var c = __commonJSMin((function () {',
        '\tsideEffect();',
        '}));',
      ].join('\n'),
    );
  });

  it('leaves every other arrow function as it is', () => {
    const chunk = 'const f = ((exports) => { return exports; });\nlist.map((x) => { return x; });';
    expect(eagerCommonJs(chunk)).toBe(chunk);
  });

  it('keeps what the module exports and what `this` is inside it', () => {
    const source = [
      'const __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod), cb = null), mod.exports);',
      'var lib = __commonJSMin(((exports, module) => {',
      '\tmodule.exports = { answer: 42, self: this };',
      '}));',
      'return JSON.stringify({ answer: lib().answer, thisIsUndefined: lib().self === undefined });',
    ].join('\n');
    const run = (code: string): unknown =>
      runInNewContext(`(function () { 'use strict';\n${code}\n})()`);
    expect(run(eagerCommonJs(source))).toBe(run(source));
    expect(run(eagerCommonJs(source))).toBe('{"answer":42,"thisIsUndefined":true}');
  });
});

describe('the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'ascent-eager-compile-'));
  const sources = {
    'index.html': '<script type="module" src="./page.js"></script>',
    'page.js': "import lib from './lib.cjs';\ndocument.title = lib.title;",
    'lib.cjs': "module.exports = { title: 'COMMONJS-BODY' };",
  };

  for (const [name, text] of Object.entries(sources)) writeFileSync(join(root, name), text);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function buildFixture(): Promise<string[]> {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [eagerCompilePlugin()],
      build: { outDir: 'dist' },
    });
    const assets = join(root, 'dist/assets');
    return readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'));
  }

  it('minifies a CommonJS module into a parenthesized function expression', async () => {
    const files = await buildFixture();
    const holding = files.filter((code) => code.includes('COMMONJS-BODY'));
    expect(holding).toHaveLength(1);
    const [page = ''] = holding;
    // The CommonJS module's body sits in a function expression with its opening parenthesis.
    const body = page.indexOf('COMMONJS-BODY');
    const wrapper = page.slice(0, body).lastIndexOf('function(');
    expect(wrapper).toBeGreaterThan(0);
    expect(page[wrapper - 1]).toBe('(');
    expect(page.slice(wrapper, body)).not.toContain('=>');
  });
});
