import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once.ts';

describe('once', () => {
  it('makes nothing until first asked, then makes the value exactly once and keeps it', () => {
    let made = 0;
    const value = once(() => ({ made: ++made }));
    expect(made).toBe(0);
    const first = value();
    expect(first).toEqual({ made: 1 });
    expect(value()).toBe(first);
    expect(made).toBe(1);
  });
});
