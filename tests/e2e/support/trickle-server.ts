import { createServer } from 'node:http';
import type { StaticServer } from './static-servers';

interface Trickle {
  /** Bytes of a page sent at a time. */
  chunk: number;
  /** Pause after each piece, long enough for the browser to paint what it has. */
  pauseMs: number;
}

/**
 * Serves the app from `upstream`, but sends each HTML page a piece at a time, as a slow phone
 * network does: the browser paints a page it has only partly read, and anything that moves when
 * the rest arrives is a layout shift a user sees. Other files are sent whole.
 */
export async function startTrickleServer(
  upstream: string,
  { chunk, pauseMs }: Trickle,
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const answer = await fetch(new URL(request.url ?? '/', upstream));
      const body = Buffer.from(await answer.arrayBuffer());
      const type = answer.headers.get('content-type') ?? 'application/octet-stream';
      response.writeHead(answer.status, { 'content-type': type, 'cache-control': 'no-cache' });
      if (!type.startsWith('text/html')) {
        response.end(body);
        return;
      }
      for (let start = 0; start < body.length; start += chunk) {
        response.write(body.subarray(start, start + chunk));
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      response.end();
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  // A port of its own for each test worker that starts one.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port to listen on');
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
