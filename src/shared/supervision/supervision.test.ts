import { describe, expect, it } from 'vitest';
import {
  groupSessionDates,
  missedInARow,
  supervisedWithin,
  supervisionCutoff,
  supervisionOverdue,
  type AttendanceMark,
} from './supervision';

const mark = (on: string, status: AttendanceMark['status']): AttendanceMark => ({ on, status });

describe('missedInARow', () => {
  it('flags nothing on the first miss and flags the second in a row on its date', () => {
    const first = [mark('2026-01-05', 'attended'), mark('2026-02-16', 'did_not_attend')];
    expect(missedInARow(first, 2, null)).toMatchObject({ streak: 1, flaggedOn: null });
    const second = [...first, mark('2026-03-30', 'did_not_attend')];
    expect(missedInARow(second, 2, null)).toMatchObject({ streak: 2, flaggedOn: '2026-03-30' });
  });

  it('counts apologies as missed but says which were apologies', () => {
    const r = missedInARow([mark('2026-02-16', 'apologies'), mark('2026-03-30', 'did_not_attend')], 2, null);
    expect(r.flaggedOn).toBe('2026-03-30');
    expect(r.missed).toEqual([
      { on: '2026-02-16', apologies: true },
      { on: '2026-03-30', apologies: false },
    ]);
  });

  it('resets when the mentor attends in between, whatever order the history comes in', () => {
    const h = [
      mark('2026-03-30', 'did_not_attend'),
      mark('2026-01-05', 'did_not_attend'),
      mark('2026-02-16', 'attended'),
    ];
    expect(missedInARow(h, 2, null)).toMatchObject({ streak: 1, flaggedOn: null });
  });

  it('clears once an individual supervision is recorded on or after the second miss', () => {
    const h = [mark('2026-02-16', 'did_not_attend'), mark('2026-03-30', 'did_not_attend')];
    expect(missedInARow(h, 2, '2026-02-15').flaggedOn).toBe('2026-03-30');
    // Supervised between the two misses: only the later one counts.
    expect(missedInARow(h, 2, '2026-03-29')).toMatchObject({ streak: 1, flaggedOn: null });
    expect(missedInARow(h, 2, '2026-03-30')).toMatchObject({ streak: 0, flaggedOn: null });
    // A later miss starts a new streak of one.
    expect(missedInARow([...h, mark('2026-05-11', 'apologies')], 2, '2026-04-02').streak).toBe(1);
  });

  it('follows the flag setting', () => {
    const h = [mark('2026-02-16', 'did_not_attend'), mark('2026-03-30', 'did_not_attend')];
    expect(missedInARow(h, 3, null).flaggedOn).toBeNull();
    expect(missedInARow(h, 1, null).flaggedOn).toBe('2026-02-16');
  });
});

describe('supervisionOverdue', () => {
  it('is nothing in week 6, due on the last day of the interval, urgent in week 7', () => {
    expect(supervisionOverdue('2026-01-01', '2025-06-01', 6, '2026-02-11')).toBeNull(); // 41 days
    expect(supervisionOverdue('2026-01-01', '2025-06-01', 6, '2026-02-12')).toEqual({
      due: '2026-02-12',
      urgent: false,
    }); // 42 days
    expect(supervisionOverdue('2026-01-01', '2025-06-01', 6, '2026-02-13')).toEqual({
      due: '2026-02-12',
      urgent: true,
    }); // 43 days
  });

  it('counts from the start of mentoring when never supervised', () => {
    expect(supervisionOverdue(null, '2026-01-01', 6, '2026-02-11')).toBeNull();
    expect(supervisionOverdue(null, '2026-01-01', 6, '2026-02-13')?.urgent).toBe(true);
  });

  it('gives the SQL a cut-off that keeps the due day', () => {
    expect(supervisionCutoff(6, '2026-02-12')).toBe('2026-01-01');
  });
});

describe('supervisedWithin (standard 23)', () => {
  it('counts a supervision on the interval’s first day and not the day before', () => {
    expect(supervisedWithin('2026-01-01', 6, '2026-02-12')).toBe(true);
    expect(supervisedWithin('2025-12-31', 6, '2026-02-12')).toBe(false);
    expect(supervisedWithin(null, 6, '2026-02-12')).toBe(false);
  });
});

describe('groupSessionDates', () => {
  it('lists every sixth week for a year, stopping before the anniversary', () => {
    const dates = groupSessionDates('2026-01-07', 6);
    expect(dates[0]).toBe('2026-01-07');
    expect(dates[1]).toBe('2026-02-18');
    expect(dates).toHaveLength(9);
    expect(dates.at(-1)! < '2027-01-07').toBe(true);
    expect(groupSessionDates('2026-01-07', 52)).toEqual(['2026-01-07', '2027-01-06']);
  });
});
