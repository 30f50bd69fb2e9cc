import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../../../src/domain/review/review';

describe('isoDateSchema', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-12-01'])('accepts the real day %s', (day) => {
    expect(isoDateSchema.safeParse(day).success).toBe(true);
  });

  it.each(['2025-13-45', '2026-02-30', '2025-02-29', '2026-00-10', '2026-1-5', '2026-01-31T00:00'])(
    'refuses %s, which would crash date formatting',
    (day) => {
      expect(isoDateSchema.safeParse(day).success).toBe(false);
    },
  );
});
