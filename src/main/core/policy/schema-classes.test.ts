import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { classed } from '../../../shared/contract';
import type { DataClass } from '../../../shared/roles';
import { isPermitted } from '../../../shared/permissions';
import { readableClasses } from './permissions';
import { redactBySchema } from './schema-classes';

describe('redaction by data class', () => {
  const value = {
    items: [
      { name: 'A', risk: 'high', health: 'x' },
      { name: 'B', risk: 'low', health: 'y' },
    ],
    total: 2,
  };
  const schema = z.object({
    items: z.array(
      z.object({
        name: classed('directory', z.string()),
        risk: classed('criminal', z.string()),
        health: classed('special', z.string()),
      }),
    ),
    total: classed('directory', z.number()),
  });
  const redact = (v: typeof value, readable: ReadonlySet<DataClass>) =>
    redactBySchema(v, schema, undefined, readable).value;

  it('blanks fields of classes the roles cannot read and leaves the input untouched', () => {
    const out = redact(value, readableClasses(['lead_mentor']));
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
    expect(redact(value, readableClasses(['caseworker']))).toEqual(value);
    expect(redact(value, readableClasses(['administrator', 'lead_mentor'])).items[0]).toEqual({
      name: 'A',
      risk: null,
      health: null,
    });
    // No roles, no classes: nothing leaves, not even names.
    expect(redact(value, readableClasses([])).items[1]!.name).toBeNull();
  });

  it('fails closed: a field with no class, or a key the schema does not know, never leaves', () => {
    const loose = z.object({ name: z.string(), total: classed('directory', z.number()) });
    const out = redactBySchema(
      { name: 'A', total: 1, extra: 'x' },
      loose,
      undefined,
      readableClasses(['coordinator']),
    );
    expect(out.value).toEqual({ name: null, total: 1, extra: null });
    expect([...out.returned]).toEqual(['directory']);
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
