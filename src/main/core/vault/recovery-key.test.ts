import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';
import { delaySeconds, recordFailure, retryAfterSeconds, clearedThrottle } from './throttle';

describe('recovery keys', () => {
  it('are 160-bit, grouped, unambiguous and different each time', () => {
    const keys = new Set(Array.from({ length: 200 }, generateRecoveryKey));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('are read back however they were typed, and junk is refused', () => {
    const k = generateRecoveryKey();
    expect(normaliseRecoveryKey(k.toLowerCase().replace(/-/g, ' '))).toBe(k);
    expect(normaliseRecoveryKey('OOOO-IIII-LLLL-0000-1111-2222-3333-4444')).toBe(
      '0000-1111-1111-0000-1111-2222-3333-4444',
    );
    expect(normaliseRecoveryKey('too short')).toBeNull();
    expect(normaliseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});

describe('throttle arithmetic', () => {
  it('lets five attempts through, then doubles the wait from 30 seconds up to 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 20].map(delaySeconds)).toEqual([0, 0, 30, 60, 120, 900]);
    let state = clearedThrottle();
    const t0 = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 5; i++) state = recordFailure(state, t0, 'wrong-passphrase');
    expect(retryAfterSeconds(state, t0)).toBe(30);
    expect(retryAfterSeconds(state, new Date(t0.getTime() + 29_500))).toBe(1);
    expect(retryAfterSeconds(state, new Date(t0.getTime() + 30_000))).toBe(0);
  });
});
