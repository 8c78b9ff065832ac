import { describe, expect, it } from 'vitest';
import { redact } from './redact';
import { isPermitted, readableClasses } from './permissions';

describe('redaction by data class', () => {
  const value = {
    items: [
      { name: 'A', risk: 'high', health: 'x' },
      { name: 'B', risk: 'low', health: 'y' },
    ],
    total: 2,
  };
  const fields = { 'items[].risk': 'criminal', 'items[].health': 'special' } as const;

  it('blanks fields of classes the roles cannot read and leaves the input untouched', () => {
    const out = redact(value, fields, readableClasses(['lead_mentor']));
    expect(out).toEqual({
      items: [
        { name: 'A', risk: null, health: null },
        { name: 'B', risk: null, health: null },
      ],
      total: 2,
    });
    expect(value.items[0]!.risk).toBe('high');
  });

  it('keeps what the roles can read, combining several roles', () => {
    expect(redact(value, fields, readableClasses(['caseworker']))).toEqual(value);
    expect(redact(value, fields, readableClasses(['administrator', 'lead_mentor'])).items[0]).toEqual({
      name: 'A',
      risk: null,
      health: null,
    });
    expect(redact(value, fields, readableClasses([])).items[1]!.name).toBe('B');
  });

  it('keeps administrators and regional managers out of case data classes', () => {
    for (const cls of ['special', 'criminal', 'vetting', 'safeguarding', 'equality'] as const) {
      expect(readableClasses(['administrator']).has(cls)).toBe(false);
      expect(readableClasses(['regional_manager']).has(cls)).toBe(false);
    }
    expect(readableClasses(['coordinator']).has('safeguarding')).toBe(false);
    expect(readableClasses(['safeguarding_lead']).has('safeguarding')).toBe(true);
  });

  it('checks channel access by role', () => {
    expect(isPermitted('public', null)).toBe(true);
    expect(isPermitted('signed-in', null)).toBe(false);
    expect(isPermitted('signed-in', [])).toBe(true);
    expect(isPermitted(['administrator'], ['caseworker'])).toBe(false);
    expect(isPermitted(['administrator'], ['caseworker', 'administrator'])).toBe(true);
  });
});
