import { describe, expect, it } from 'vitest';
import { checkPassphrase } from './passphrase';

describe('passphrase rules', () => {
  it.each([
    ['short', /at least 12/],
    ['password1234', /common password/],
    ['P@ssw0rd2024!', /common password/],
    ['Waymark12345!', /common password/],
    ['aaaaaaaaaaaaaaa', /repeated characters/],
    ['123456789012', /sequences/],
    ['abcabcabcabcabc', /repeated/],
  ])('refuses %s', (p, problem) => {
    const c = checkPassphrase(p);
    expect(c.acceptable).toBe(false);
    expect(c.problems.join(' ')).toMatch(problem);
    expect(c.score).toBeLessThanOrEqual(1);
  });

  it('refuses a passphrase containing the person’s own name, username or organisation', () => {
    expect(
      checkPassphrase('alexandra rules the harbour', { displayName: 'Alexandra Example' }).problems,
    ).toContain('Do not include your name.');
    expect(checkPassphrase('my name is casey.worker ok', { username: 'casey.worker' }).problems).toContain(
      'Do not include your username.',
    );
    expect(
      checkPassphrase('Northgate Trust forever 9', { organisationName: 'Northgate Trust' }).problems,
    ).toContain('Do not include the organisation name.');
  });

  it('accepts long unrelated phrases and scores them higher', () => {
    const good = checkPassphrase('Harbour lantern 7 violet kettle');
    expect(good).toMatchObject({ acceptable: true, problems: [] });
    expect(good.score).toBeGreaterThanOrEqual(3);
    expect(checkPassphrase('correct staple ferry').acceptable).toBe(true);
  });
});
