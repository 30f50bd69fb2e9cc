// npm run screenshots: every main page at 390 and 1280 px, light and dark, into docs/screens/.
// Builds first when dist/ is missing or older than src/, then serves dist/ on a free port.
// `--full` captures whole pages instead of the first screen; `--only name,name` limits the pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { screenshotShots, type Shot } from './shots';

const outDir = 'docs/screens';
const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const changed = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    return Math.max(newest, changed);
  }, 0);
}

function buildIfNeeded(): void {
  const built = (() => {
    try {
      return statSync('dist/index.html').mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built > newestChange('src')) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function capture(
  browser: Browser,
  origin: string,
  shot: Shot,
  width: number,
  scheme: string,
) {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width, height: width < 600 ? 844 : 800 },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
  await context.addInitScript((entries: Record<string, string>) => {
    // Only on the first load, so a page that writes to storage keeps what it wrote.
    if (sessionStorage.getItem('screens:seeded')) return;
    sessionStorage.setItem('screens:seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, shot.storage);
  const page = await context.newPage();
  await page.goto(shot.path, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  // Charts draw on the next frame; the heading focus ring (if any) would show as it is.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const file = join(outDir, `${shot.name}-${width}-${scheme}.png`);
  await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
  await context.close();
  return file;
}

async function main(): Promise<void> {
  buildIfNeeded();
  mkdirSync(outDir, { recursive: true });
  const port = await freePort();
  const server = await preview({ preview: { port, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const only = argument('--only')?.split(',');
    const shots = (await screenshotShots()).filter((shot) => !only || only.includes(shot.name));
    for (const shot of shots) {
      for (const width of widths) {
        for (const scheme of schemes) {
          console.log(await capture(browser, `http://localhost:${port}`, shot, width, scheme));
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
