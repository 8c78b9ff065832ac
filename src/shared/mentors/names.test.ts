import { describe, expect, it } from 'vitest';
import { nameKey, namesLookAlike, nameSimilarity } from './names';

describe('mentor names', () => {
  it('makes one key however a name is typed', () => {
    expect(nameKey('  Zoë ', "O'Brien")).toBe("zoe o'brien");
    expect(nameKey('JOSÉ', 'Núñez   García')).toBe('jose nunez garcia');
    expect(nameKey('Ann', 'Lee')).toBe(nameKey('ann ', ' LEE'));
  });

  it('scores similarity from 0 to 1', () => {
    expect(nameSimilarity('martha', 'martha')).toBe(1);
    expect(nameSimilarity('', 'a')).toBe(0);
    expect(nameSimilarity('abc', 'xyz')).toBe(0);
    // The textbook Jaro–Winkler figures.
    expect(nameSimilarity('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(nameSimilarity('dwayne', 'duane')).toBeCloseTo(0.84, 2);
  });

  it('treats typical typos as look-alikes and different people as not', () => {
    expect(namesLookAlike('jon smith', 'john smith')).toBe(true);
    expect(namesLookAlike('catherine jones', 'catherine jone')).toBe(true);
    expect(namesLookAlike('sarah o connor', "sarah o'connor")).toBe(true);
    expect(namesLookAlike('sam smith', 'sue smith')).toBe(false);
    expect(namesLookAlike('john smith', 'jane smythe')).toBe(false);
    expect(namesLookAlike('robin example', 'robert example')).toBe(false);
  });
});
