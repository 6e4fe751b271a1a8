import { memoryStorage, type KeyValueStorage } from '../../../src/lib/storage/index.ts';

/** A storage that throws SecurityError on every call, as Safari private mode and blocked site data do. */
export const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

/** Memory storage whose writes fail with QuotaExceededError while `full()` says so. */
export function quotaStorage(initial: Record<string, string>, full: () => boolean): ReturnType<typeof memoryStorage> {
  const inner = memoryStorage(initial);
  return {
    ...inner,
    setItem(key, value) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  };
}
