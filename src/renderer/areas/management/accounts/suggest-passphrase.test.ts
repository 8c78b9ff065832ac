import { describe, expect, it } from 'vitest';
import { checkPassphrase } from '../../../../shared/passphrase';
import { PASSPHRASE_WORDS } from './passphrase-words';
import { suggestPassphrase } from './suggest-passphrase';

describe('suggested temporary passphrases', () => {
  it('are four plain words and a digit that pass the passphrase rules', () => {
    const context = { displayName: 'Maple Otter', username: 'maple.otter', organisationName: 'Canal Trust' };
    for (let i = 0; i < 500; i++) {
      const p = suggestPassphrase(context);
      expect(p).toMatch(/^[a-z]+( [a-z]+){3} \d$/);
      expect(checkPassphrase(p, context).problems).toEqual([]);
      expect(p).not.toMatch(/maple|otter|canal/);
    }
  });

  it('come from a list of a few hundred distinct, plain words', () => {
    expect(PASSPHRASE_WORDS.length).toBeGreaterThanOrEqual(250);
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    for (const w of PASSPHRASE_WORDS) expect(w).toMatch(/^[a-z]{4,9}$/);
  });
});
