import { describe, expect, it } from 'vitest';
import { noticeHorizon, reviewDue, reviewState } from './review-due';

describe('reviewState (policy reviews, insurance renewals, partner agreement reviews)', () => {
  const today = '2026-11-24';
  it('a date tomorrow or today is due, not overdue; yesterday is overdue', () => {
    expect(reviewState('2026-11-25', today, 30)).toBe('due');
    expect(reviewState('2026-11-24', today, 30)).toBe('due');
    expect(reviewState('2026-11-23', today, 30)).toBe('overdue');
  });
  it('comes onto the queue exactly noticeDays before the date, not a day earlier', () => {
    expect(reviewState('2026-12-24', today, 30)).toBe('due'); // 30 days ahead: first day of notice
    expect(reviewState('2026-12-25', today, 30)).toBe('in_date'); // 31 days ahead
    expect(noticeHorizon(today, 30)).toBe('2026-12-24');
  });
  it('with no notice, only the day itself is due', () => {
    expect(reviewState('2026-11-25', today, 0)).toBe('in_date');
    expect(reviewState('2026-11-24', today, 0)).toBe('due');
  });
  it('no date means nothing to do', () => {
    expect(reviewState(null, today, 30)).toBe('none');
  });
});

describe('reviewDue (the work queue item)', () => {
  const today = '2026-11-23';
  it('today is due but not urgent; yesterday is urgent; tomorrow is due', () => {
    expect(reviewDue(today, today, 30)).toEqual({ due: today, urgent: false });
    expect(reviewDue('2026-11-24', today, 30)).toEqual({ due: '2026-11-24', urgent: false });
    expect(reviewDue('2026-11-22', today, 30)).toEqual({ due: '2026-11-22', urgent: true });
  });
  it('on the horizon it is due; a day past the horizon it is not on the queue', () => {
    expect(noticeHorizon(today, 30)).toBe('2026-12-23');
    expect(reviewDue('2026-12-23', today, 30)).not.toBeNull();
    expect(reviewDue('2026-12-24', today, 30)).toBeNull();
  });
  it('no date, no item', () => {
    expect(reviewDue(null, today, 30)).toBeNull();
  });
});
