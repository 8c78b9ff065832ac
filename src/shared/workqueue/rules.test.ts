import { describe, expect, it } from 'vitest';
import { addDays } from '../mentors/dates';
import {
  isOverdue,
  noContactFlag,
  noContactReleaseWindow,
  noShowFlag,
  urgencyGroup,
  weekAfterRelease,
  type MatchRuleThresholds,
} from './rules';

const T: MatchRuleThresholds = { noContactDays: 7, weeklyContactWeeksAfterRelease: 12, noShowsInARow: 3 };
const RELEASE = '2026-09-01';
const day = (n: number) => addDays(RELEASE, n);

describe('weekAfterRelease', () => {
  it('counts the release day as day 0 of week 1, and day 84 as week 13', () => {
    expect(weekAfterRelease(RELEASE, day(-1))).toBeNull();
    expect(weekAfterRelease(RELEASE, day(0))).toBe(1);
    expect(weekAfterRelease(RELEASE, day(6))).toBe(1);
    expect(weekAfterRelease(RELEASE, day(7))).toBe(2);
    expect(weekAfterRelease(RELEASE, day(83))).toBe(12);
    expect(weekAfterRelease(RELEASE, day(84))).toBe(13);
  });
});

describe('noContactFlag', () => {
  it('day 7 without contact is not flagged; day 8 is', () => {
    const last = day(20);
    expect(noContactFlag(RELEASE, last, addDays(last, 7), T)).toBeNull();
    expect(noContactFlag(RELEASE, last, addDays(last, 8), T)).toEqual({
      daysWithout: 8,
      since: last,
      due: addDays(last, 7),
    });
  });

  it('counts from the release day when the last contact was before release, or never', () => {
    expect(noContactFlag(RELEASE, day(-3), day(7), T)).toBeNull();
    expect(noContactFlag(RELEASE, day(-3), day(8), T)?.since).toBe(RELEASE);
    expect(noContactFlag(RELEASE, null, day(8), T)?.daysWithout).toBe(8);
  });

  it('applies in week 12 after release and not in week 13', () => {
    const last = day(60);
    expect(weekAfterRelease(RELEASE, day(83))).toBe(12);
    expect(noContactFlag(RELEASE, last, day(83), T)?.daysWithout).toBe(23);
    expect(noContactFlag(RELEASE, last, day(84), T)).toBeNull();
  });

  it('does not apply before release or without a release date', () => {
    expect(noContactFlag(day(1), null, RELEASE, T)).toBeNull();
    expect(noContactFlag(null, null, RELEASE, T)).toBeNull();
  });

  it('follows the thresholds', () => {
    const t = { ...T, noContactDays: 14, weeklyContactWeeksAfterRelease: 4 };
    expect(noContactFlag(RELEASE, null, day(14), t)).toBeNull();
    expect(noContactFlag(RELEASE, null, day(15), t)).not.toBeNull();
    expect(noContactFlag(RELEASE, null, day(27), t)).not.toBeNull();
    expect(noContactFlag(RELEASE, null, day(28), t)).toBeNull();
  });
});

describe('noContactReleaseWindow', () => {
  it('holds exactly the release dates for which today is in weeks 1 to 12', () => {
    const today = '2026-11-24';
    const { from, to } = noContactReleaseWindow(today, T);
    expect(to).toBe(today);
    expect(weekAfterRelease(from, today)).toBe(12);
    expect(weekAfterRelease(addDays(from, -1), today)).toBe(13);
  });
});

describe('noShowFlag', () => {
  it('the third no-show in a row flags; the second does not', () => {
    expect(noShowFlag(2, T)).toBe(false);
    expect(noShowFlag(3, T)).toBe(true);
    expect(noShowFlag(4, T)).toBe(true);
    expect(noShowFlag(0, T)).toBe(false);
  });
});

describe('isOverdue and urgencyGroup', () => {
  const today = '2026-11-24';
  it('a date of today is due, not overdue; yesterday is overdue', () => {
    expect(isOverdue(today, today)).toBe(false);
    expect(isOverdue(addDays(today, -1), today)).toBe(true);
  });
  it('groups by urgency: urgent or past, the next seven days, later', () => {
    expect(urgencyGroup({ due: addDays(today, 30), urgent: true }, today)).toBe('overdue');
    expect(urgencyGroup({ due: addDays(today, -1), urgent: false }, today)).toBe('overdue');
    expect(urgencyGroup({ due: today, urgent: false }, today)).toBe('week');
    expect(urgencyGroup({ due: addDays(today, 7), urgent: false }, today)).toBe('week');
    expect(urgencyGroup({ due: addDays(today, 8), urgent: false }, today)).toBe('later');
  });
});
