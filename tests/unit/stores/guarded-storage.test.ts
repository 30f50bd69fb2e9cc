import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { listQuarantined } from '../../../src/storage/quarantine';
import { DATA_KEY, type KeyValueStorage } from '../../../src/storage/storage-contract';
import { createGuardedStorage } from '../../../src/stores/guarded-storage';
import type { StorageProblem } from '../../../src/stores/storage-health-store';

const CURRENT_VERSION = 1;
const validEnvelope = {
  state: { assessments: [], draft: null, settings: { language: 'fr' } },
  version: 1,
};

function setup(options: { stored?: string; quotaChars?: number } = {}) {
  const storage = createMemoryStorage(
    options.quotaChars === undefined ? {} : { quotaChars: options.quotaChars },
  );
  if (options.stored !== undefined) storage.setItem(DATA_KEY, options.stored);
  const report = vi.fn<(problem: StorageProblem) => void>();
  const guarded = createGuardedStorage(storage, CURRENT_VERSION, report);
  return { storage, report, guarded };
}

describe('createGuardedStorage', () => {
  it('reads nothing and reports nothing when storage is empty', () => {
    const { guarded, report } = setup();

    expect(guarded.getItem(DATA_KEY)).toBeNull();
    expect(report).not.toHaveBeenCalled();
  });

  it.each([0, 1])('reads a stored envelope at version %d', (version) => {
    const envelope = { ...validEnvelope, version };
    const { guarded, report } = setup({ stored: JSON.stringify(envelope) });

    expect(guarded.getItem(DATA_KEY)).toEqual(envelope);
    expect(report).not.toHaveBeenCalled();
  });

  it('writes the envelope as JSON and removes it on request', () => {
    const { guarded, storage } = setup();

    void guarded.setItem(DATA_KEY, validEnvelope);

    expect(storage.getItem(DATA_KEY)).toBe(JSON.stringify(validEnvelope));

    void guarded.removeItem(DATA_KEY);

    expect(storage.getItem(DATA_KEY)).toBeNull();
  });

  it.each([
    ['unparseable JSON', '{"state":'],
    ['an envelope without version', '{"state":{}}'],
    ['an envelope without state', '{"version":1}'],
    ['a version given as text', '{"state":{},"version":"1"}'],
    ['a negative version', '{"state":{},"version":-1}'],
    ['a fractional version', '{"state":{},"version":0.5}'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a bare string', '"text"'],
  ])('quarantines %s and reads nothing', (_case, raw) => {
    const { guarded, storage, report } = setup({ stored: raw });

    expect(guarded.getItem(DATA_KEY)).toBeNull();
    expect(report).toHaveBeenCalledWith('quarantined');
    expect(storage.getItem(DATA_KEY)).toBeNull();
    expect(listQuarantined(storage).map((entry) => entry.value)).toEqual([raw]);
  });

  it('accepts writes again after quarantining', () => {
    const { guarded, storage } = setup({ stored: 'not json' });
    guarded.getItem(DATA_KEY);

    void guarded.setItem(DATA_KEY, validEnvelope);

    expect(storage.getItem(DATA_KEY)).toBe(JSON.stringify(validEnvelope));
    expect(listQuarantined(storage).map((entry) => entry.value)).toEqual(['not json']);
  });

  it('refuses data from a newer version and blocks every later write', () => {
    const raw = JSON.stringify({ state: { future: true }, version: CURRENT_VERSION + 1 });
    const { guarded, storage, report } = setup({ stored: raw });

    expect(guarded.getItem(DATA_KEY)).toBeNull();
    expect(report).toHaveBeenCalledWith('newer-version');

    void guarded.setItem(DATA_KEY, validEnvelope);
    void guarded.removeItem(DATA_KEY);

    expect(storage.getItem(DATA_KEY)).toBe(raw);
    expect(listQuarantined(storage)).toEqual([]);
  });

  it('reports a full quota on write without throwing and keeps the previous value', () => {
    const previous = JSON.stringify(validEnvelope);
    const { guarded, storage, report } = setup({
      stored: previous,
      quotaChars: DATA_KEY.length + previous.length + 10,
    });
    const larger = { ...validEnvelope, state: { ...validEnvelope.state, padding: 'x'.repeat(50) } };

    expect(() => guarded.setItem(DATA_KEY, larger)).not.toThrow();
    expect(report).toHaveBeenCalledWith('full');
    expect(storage.getItem(DATA_KEY)).toBe(previous);
  });

  it('reports storage that fails for another reason as unavailable', () => {
    const broken: KeyValueStorage = {
      ...createMemoryStorage(),
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const report = vi.fn<(problem: StorageProblem) => void>();
    const guarded = createGuardedStorage(broken, CURRENT_VERSION, report);

    expect(() => guarded.setItem(DATA_KEY, validEnvelope)).not.toThrow();
    expect(report).toHaveBeenCalledWith('unavailable');
  });

  it('keeps unreadable data in place and blocks writes when the quarantine copy does not fit', () => {
    const raw = '{"state":';
    const { guarded, storage, report } = setup({
      stored: raw,
      quotaChars: DATA_KEY.length + raw.length + 20,
    });

    expect(guarded.getItem(DATA_KEY)).toBeNull();
    expect(report).toHaveBeenCalledWith('full');
    expect(report).not.toHaveBeenCalledWith('quarantined');

    void guarded.setItem(DATA_KEY, { state: {}, version: 1 });
    void guarded.removeItem(DATA_KEY);

    expect(storage.getItem(DATA_KEY)).toBe(raw);
    expect(listQuarantined(storage)).toEqual([]);
  });

  it('quarantines the current value on request, for data that parses but fails validation', () => {
    const raw = JSON.stringify({ state: { assessments: 'nope' }, version: 1 });
    const { guarded, storage, report } = setup({ stored: raw });

    guarded.quarantineCurrent();

    expect(report).toHaveBeenCalledWith('quarantined');
    expect(storage.getItem(DATA_KEY)).toBeNull();
    expect(listQuarantined(storage).map((entry) => entry.value)).toEqual([raw]);
  });
});
