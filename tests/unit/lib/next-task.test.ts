import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/lib/next-task';

describe('nextTask', () => {
  it('resolves in a later task, after the microtasks already queued', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'next task']);
  });
});
