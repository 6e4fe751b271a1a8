import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserStorage, isQuotaError, memoryStorage } from '../../../src/lib/storage/key-value-storage.ts';

afterEach(() => vi.unstubAllGlobals());

describe('browserStorage', () => {
  it('is null where there is no localStorage, and where touching it throws', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(browserStorage()).toBeNull();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is the browser’s localStorage when there is one', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(browserStorage()).toBe(storage);
  });
});

describe('isQuotaError', () => {
  it('recognizes each browser’s name for a full quota, and nothing else', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
