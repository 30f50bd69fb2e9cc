import { LinkFormatError } from './link-result';

/** Far above the largest body the schemas allow (two 1,000-character comments in UTF-8). */
export const MAX_INFLATED_BYTES = 16 * 1024;

/** A stream over bytes already in memory; jsdom's Blob has no .stream(), so Blob is avoided. */
function streamBytes(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function collectChunks(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      // Stop inflating at once: a few hundred bytes can expand to gigabytes.
      await reader.cancel().catch(() => undefined);
      throw new LinkFormatError('too-large');
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = streamBytes(bytes).pipeThrough(new CompressionStream('deflate-raw'));
  return collectChunks(stream, Number.POSITIVE_INFINITY);
}

/** Rejects with LinkFormatError: 'too-large' past `maxBytes`, 'damaged' for invalid deflate data. */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes = MAX_INFLATED_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = streamBytes(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
  try {
    return await collectChunks(stream, maxBytes);
  } catch (error) {
    throw error instanceof LinkFormatError ? error : new LinkFormatError('damaged');
  }
}
