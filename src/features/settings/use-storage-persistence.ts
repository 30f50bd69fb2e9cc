import { useEffect, useState } from 'react';

/** Whether the browser has promised not to evict Ascent's storage; null while unknown. */
export function useStoragePersistence(): boolean | null {
  const [isPersisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let isCurrent = true;
    if (!('storage' in navigator) || typeof navigator.storage.persisted !== 'function') return;
    navigator.storage.persisted().then(
      (value) => {
        if (isCurrent) setPersisted(value);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return isPersisted;
}
