// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_INFLATED_BYTES, deflateRaw, inflateRaw } from '../../../src/links/compression';
import { LinkFormatError } from '../../../src/links/link-result';

async function refusalCode(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
  } catch (error) {
    return error instanceof LinkFormatError ? error.code : 'other';
  }
  return null;
}

describe('deflate-raw', () => {
  it('round-trips text and shrinks repetition', async () => {
    const bytes = new TextEncoder().encode('Zoë Ñúñez 李 '.repeat(100));
    const deflated = await deflateRaw(bytes);

    expect(deflated.length).toBeLessThan(bytes.length / 10);
    expect(await inflateRaw(deflated)).toEqual(bytes);
  });

  it('round-trips nothing', async () => {
    expect(await inflateRaw(await deflateRaw(new Uint8Array(0)))).toEqual(new Uint8Array(0));
  });

  it('inflates exactly the cap but stops one byte past it', async () => {
    const atCap = await deflateRaw(new Uint8Array(MAX_INFLATED_BYTES));
    const pastCap = await deflateRaw(new Uint8Array(MAX_INFLATED_BYTES + 1));

    expect(await inflateRaw(atCap)).toHaveLength(MAX_INFLATED_BYTES);
    expect(await refusalCode(inflateRaw(pastCap))).toBe('too-large');
  });

  it('stops a decompression bomb without inflating it', async () => {
    const bomb = await deflateRaw(new Uint8Array(20 * 1024 * 1024));

    expect(bomb.length).toBeLessThan(25_000);
    expect(await refusalCode(inflateRaw(bomb))).toBe('too-large');
  });

  it('refuses bytes that are not deflate data as damaged', async () => {
    expect(await refusalCode(inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff])))).toBe(
      'damaged',
    );
  });

  it('refuses a cut-off stream as damaged', async () => {
    const deflated = await deflateRaw(new TextEncoder().encode('Zoë Ñúñez 李'));

    expect(await refusalCode(inflateRaw(deflated.slice(0, -2)))).toBe('damaged');
  });
});
