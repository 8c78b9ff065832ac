import { describe, expect, it } from 'vitest';
import { lastMeetingCutoff, nextMeetingDue, supportGroupDue } from './support-groups';

const TODAY = '2026-11-23';

describe('support group due rule (six weeks)', () => {
  it('is due from the day six weeks after the last meeting, urgent the day after', () => {
    expect(nextMeetingDue('2026-10-12', 6, TODAY)).toBe('2026-11-23');
    expect(supportGroupDue('2026-10-12', 6, TODAY)).toEqual({ due: TODAY, urgent: false });
    expect(supportGroupDue('2026-10-13', 6, TODAY)).toBeNull();
    expect(supportGroupDue('2026-10-11', 6, TODAY)).toEqual({ due: '2026-11-22', urgent: true });
  });
  it('a group that has never met is due today', () => {
    expect(supportGroupDue(null, 6, TODAY)).toEqual({ due: TODAY, urgent: false });
  });
  it('the SQL cut-off keeps exactly the clusters the rule puts on the queue', () => {
    expect(lastMeetingCutoff(6, TODAY)).toBe('2026-10-12');
    expect(lastMeetingCutoff(4, TODAY)).toBe('2026-10-26');
  });
});
