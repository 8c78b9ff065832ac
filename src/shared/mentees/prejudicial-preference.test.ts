import { describe, expect, it } from 'vitest';
import { couldBePrejudicial, needsCoordinatorView } from './prejudicial-preference';

describe('preferences that could be prejudicial', () => {
  it.each([
    'No black mentors',
    'not gay',
    'I don’t want a Muslim',
    'only white people',
    'Never anyone Asian',
  ])('flags "%s"', (text) => expect(couldBePrejudicial(text)).toBe(true));

  it.each([
    'No preference',
    'Someone who likes football',
    'Not too old',
    'Black coffee drinker would be fun',
  ])('leaves "%s" alone', (text) => expect(couldBePrejudicial(text)).toBe(false));

  it('flags any ethnicity preference', () => {
    expect(needsCoordinatorView({ ethnicity: 'Same as me', other: '' })).toBe(true);
    expect(needsCoordinatorView({ ethnicity: ' ', other: 'Likes music' })).toBe(false);
  });
});
