import { describe, expect, it } from 'vitest';
import { pageKitModules, type ModuleFacts } from '../../../scripts/build/page-kit-group';

function module(facts: Partial<ModuleFacts>): ModuleFacts {
  return { imports: [], dynamicImports: [], size: 400, isEntry: false, ...facts };
}

// An app like ours: the entry reaches React and a formatter at start-up, and loads two pages
// lazily. Each page imports a mix of small and large, shared and unshared modules.
const shared = [
  '/app/src/ui/notice.tsx',
  '/app/src/lib/format.ts',
  '/app/src/ui/likert.tsx',
  '/app/src/lib/big.ts',
  '/app/src/lib/wraps-big.ts',
  '/app/src/links/link-url.ts',
  '/app/node_modules/uqr/index.js',
];
const graph = new Map<string, ModuleFacts>([
  [
    '/app/src/main.tsx',
    module({
      isEntry: true,
      imports: ['/app/node_modules/react/index.js', '/app/src/lib/format.ts'],
      dynamicImports: ['/app/src/pages/a.tsx', '/app/src/pages/b.tsx'],
    }),
  ],
  ['/app/node_modules/react/index.js', module({ size: 9000 })],
  ['/app/src/pages/a.tsx', module({ imports: [...shared, '/app/src/ui/only-a.tsx'] })],
  ['/app/src/pages/b.tsx', module({ imports: shared })],
  ['/app/src/ui/notice.tsx', module({ imports: ['/app/node_modules/react/index.js'] })],
  ['/app/src/ui/only-a.tsx', module({ imports: ['/app/node_modules/react/index.js'] })],
  ['/app/src/lib/format.ts', module({})],
  ['/app/src/ui/likert.tsx', module({ imports: ['/app/src/ui/likert.css'] })],
  ['/app/src/ui/likert.css', module({ size: 100 })],
  ['/app/src/lib/big.ts', module({ size: 5000 })],
  ['/app/src/lib/wraps-big.ts', module({ imports: ['/app/src/lib/big.ts'] })],
  ['/app/src/links/link-url.ts', module({ imports: ['/app/src/links/base64url.ts'] })],
  ['/app/src/links/base64url.ts', module({})],
  ['/app/node_modules/uqr/index.js', module({})],
]);

describe('the modules pages share in one chunk', () => {
  const kit = pageKitModules(graph);

  it('takes small modules of our own that two lazily loaded pages use', () => {
    expect(kit.has('/app/src/ui/notice.tsx')).toBe(true);
  });

  it('takes a small module together with the small module it imports', () => {
    expect(kit.has('/app/src/links/link-url.ts')).toBe(true);
    expect(kit.has('/app/src/links/base64url.ts')).toBe(true);
  });

  it('leaves the start-up code where it is', () => {
    expect(kit.has('/app/src/lib/format.ts')).toBe(false);
    expect(kit.has('/app/src/main.tsx')).toBe(false);
  });

  it('leaves a module only one page uses with that page', () => {
    expect(kit.has('/app/src/ui/only-a.tsx')).toBe(false);
  });

  it('leaves large modules, and small ones that would bring a large one along', () => {
    expect(kit.has('/app/src/lib/big.ts')).toBe(false);
    expect(kit.has('/app/src/lib/wraps-big.ts')).toBe(false);
  });

  it('leaves style sheets with their pages, and the components that import them', () => {
    expect(kit.has('/app/src/ui/likert.css')).toBe(false);
    expect(kit.has('/app/src/ui/likert.tsx')).toBe(false);
  });

  it('takes no library code: libraries have chunks of their own', () => {
    expect(kit.has('/app/node_modules/uqr/index.js')).toBe(false);
  });
});
