// Builds the app and serves the build with `vite preview`, for the scripts that open it in Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

interface BuildOptions {
  /** The checkout to build, this one by default; `outDir` is relative to it. */
  cwd?: string;
  /** False builds the client-only app (PRERENDER=0), which the bench measures against. */
  prerender?: boolean;
}

export function buildApp(outDir = 'dist', { cwd, prerender = true }: BuildOptions = {}): void {
  const args = ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir];
  const env = { ...process.env, PRERENDER: prerender ? '1' : '0' };
  const result = spawnSync('npx', args, { stdio: 'inherit', cwd, env });
  if (result.status !== 0) throw new Error('the build failed');
}

function isAnswering(origin: string): Promise<boolean> {
  return fetch(origin).then(
    (response) => response.ok,
    () => false,
  );
}

/** Serves `outDir` on `port` and resolves once it answers; stop it with `stopPreview`. */
export async function servePreview(outDir: string, port: number): Promise<ChildProcess> {
  const origin = `http://localhost:${port}`;
  // Another server there would answer for this one and be measured instead.
  if (await isAnswering(origin)) throw new Error(`something already answers on ${origin}`);
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir];
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await isAnswering(origin)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopPreview(server);
  throw new Error(`the preview server did not answer on ${origin}`);
}

export function stopPreview(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid);
}
