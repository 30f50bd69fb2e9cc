import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A real web server serving the built app through the configuration shipped in deploy/. */
export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

const repository = resolve(import.meta.dirname, '../../..');
const dist = join(repository, 'dist');

/** nginx with deploy/nginx.conf as it is, but for the root and the port. */
export async function startNginx(port: number): Promise<StaticServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'ascent-nginx-'));
  const site = readFileSync(join(repository, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen \d+;/, `listen 127.0.0.1:${String(port)};`)
    .replace(/root \/srv\/ascent;/, `root ${dist};`);
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'worker_processes 1;',
      `error_log ${prefix}/error.log;`,
      `pid ${prefix}/nginx.pid;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${prefix}/${kind};`,
      ),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-g', 'daemon off;']);
  return await whenListening(child, port);
}

/** Caddy with deploy/Caddyfile as it is; the site address and root come from its variables. */
export async function startCaddy(port: number): Promise<StaticServer> {
  const home = mkdtempSync(join(tmpdir(), 'ascent-caddy-'));
  const child = spawn(
    'caddy',
    ['run', '--config', join(repository, 'deploy/Caddyfile'), '--adapter', 'caddyfile'],
    {
      env: {
        ...process.env,
        ASCENT_SITE: `http://127.0.0.1:${String(port)}`,
        ASCENT_ROOT: dist,
        XDG_DATA_HOME: home,
        XDG_CONFIG_HOME: home,
      },
    },
  );
  return await whenListening(child, port);
}

async function whenListening(child: ChildProcess, port: number): Promise<StaticServer> {
  const origin = `http://127.0.0.1:${String(port)}`;
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      reject(new Error(`server exited (${String(code)}): ${output}`));
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    const ended = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await ended;
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const isUp = await Promise.race([
      fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      ),
      exited,
    ]);
    if (isUp) return { origin, stop };
    await new Promise((tick) => setTimeout(tick, 100));
  }
  await stop();
  throw new Error(`server did not answer on ${origin}: ${output}`);
}
