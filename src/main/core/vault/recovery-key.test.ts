import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';

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
