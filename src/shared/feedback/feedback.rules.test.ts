import { describe, expect, it } from 'vitest';
import { actionDue, involvedDuring, involvementYearOf, lastDueDay, quarterOf } from './feedback.rules';

describe('a "you said, we did" action on the work queue', () => {
  const today = '2026-11-24';
  const open = (targetOn: string | null) => ({ status: 'planned' as const, targetOn });

  it('is due, not urgent, on its target day and up to seven days ahead', () => {
    expect(actionDue(open('2026-11-24'), today)).toEqual({ due: true, urgent: false });
    expect(actionDue(open('2026-11-25'), today)).toEqual({ due: true, urgent: false });
    expect(actionDue(open('2026-12-01'), today)).toEqual({ due: true, urgent: false });
  });
  it('is not due eight days ahead', () => {
    expect(actionDue(open('2026-12-02'), today)).toEqual({ due: false, urgent: false });
    expect(lastDueDay(today)).toBe('2026-12-01');
  });
  it('is urgent from the day after its target date', () => {
    expect(actionDue(open('2026-11-23'), today)).toEqual({ due: true, urgent: true });
  });
  it('never when done or without a target date', () => {
    expect(actionDue({ status: 'done', targetOn: '2026-11-23' }, today).due).toBe(false);
    expect(actionDue({ status: 'in_progress', targetOn: '2026-11-23' }, today).due).toBe(true);
    expect(actionDue(open(null), today).due).toBe(false);
  });
});

describe('periods', () => {
  it('quarters run January–March, April–June…', () => {
    expect(quarterOf('2026-03-31')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-04-01')).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterOf('2026-11-24')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      label: 'October to December 2026',
    });
  });
  it('the involvement year is the financial year: 31 March vs 1 April', () => {
    expect(involvementYearOf('2026-03-31')).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    expect(involvementYearOf('2026-04-01')).toMatchObject({ from: '2026-04-01', to: '2027-03-31' });
  });
  it('an involvement counts in a year it overlaps, ongoing or not', () => {
    const year = { from: '2026-04-01', to: '2027-03-31' };
    expect(involvedDuring({ fromOn: '2025-01-01', toOn: null }, year)).toBe(true);
    expect(involvedDuring({ fromOn: '2025-01-01', toOn: '2026-04-01' }, year)).toBe(true);
    expect(involvedDuring({ fromOn: '2025-01-01', toOn: '2026-03-31' }, year)).toBe(false);
    expect(involvedDuring({ fromOn: '2027-03-31', toOn: null }, year)).toBe(true);
    expect(involvedDuring({ fromOn: '2027-04-01', toOn: null }, year)).toBe(false);
  });
});
