// npx tsx scripts/bench/compare-ref.ts --base <git ref>: Lighthouse on this checkout's build
// against another commit's, in the same run, alternating, so a change's effect is a ratio under
// the same machine load. Options: --runs N (default 3), --pages plan,results (default all),
// --languages en,fr (default en). --offline-start measures the offline start instead, --runs
// rounds of it. The other commit is built in a temporary git worktree.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchPages } from './bench-urls';
import { option, sectionMarkdown, wantedPages } from './cli';
import { benchLighthouseCompare, type BuildOrigin } from './lighthouse-compare';
import { benchOfflineStartCompare } from './offline-start-compare';
import { buildApp, servePreview, stopPreview } from './preview';

const workDir = resolve('reports/compare');
const baseCheckout = join(workDir, 'checkout');
const baseDist = join(workDir, 'dist');

function git(...args: string[]): void {
  const result = spawnSync('git', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed`);
}

/** Builds `ref` as it was, with this checkout's installed packages. */
function buildRef(ref: string): void {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  git('worktree', 'add', '--detach', baseCheckout, ref);
  try {
    symlinkSync(resolve('node_modules'), join(baseCheckout, 'node_modules'));
    buildApp(baseDist, { cwd: baseCheckout });
  } finally {
    git('worktree', 'remove', '--force', baseCheckout);
  }
}

async function main(): Promise<void> {
  const ref = option('--base');
  if (!ref) throw new Error('say which commit to compare with: --base <git ref>');
  const runs = Number(option('--runs') ?? 3);
  const languages = (option('--languages') ?? 'en').split(',');
  const pages = wantedPages(await benchPages());
  buildApp('dist');
  buildRef(ref);
  const servers = [await servePreview('dist', 4196), await servePreview(baseDist, 4195)];
  const builds: [BuildOrigin, BuildOrigin] = [
    { name: 'this checkout', origin: 'http://localhost:4196' },
    { name: ref, origin: 'http://localhost:4195' },
  ];
  try {
    const section = process.argv.includes('--offline-start')
      ? await benchOfflineStartCompare(
          builds,
          pages.filter((page) => page.offlineStart),
          runs,
        )
      : await benchLighthouseCompare(builds, pages, languages, runs);
    console.log(sectionMarkdown(section));
  } finally {
    for (const server of servers) stopPreview(server);
  }
}

await main();
