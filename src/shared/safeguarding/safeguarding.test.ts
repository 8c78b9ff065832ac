import { describe, expect, it } from 'vitest';
import { concernDue } from './safeguarding';

const base = { status: 'open', raisedOn: '2026-03-02', lastActionOn: null, nextActionDue: null } as const;

describe('what a safeguarding concern asks of the lead', () => {
  it('a concern with nothing recorded is urgent from the day it is raised', () => {
    expect(concernDue(base, '2026-03-02')).toEqual({ reason: 'new', due: '2026-03-02', urgent: true });
  });

  it('a next action is due on its day: not urgent the day before, urgent on the day', () => {
    const c = { ...base, lastActionOn: '2026-03-03', nextActionDue: '2026-03-10' };
    expect(concernDue(c, '2026-03-09')).toEqual({ reason: 'action_due', due: '2026-03-10', urgent: false });
    expect(concernDue(c, '2026-03-10')?.urgent).toBe(true);
  });

  it('with no next action, comes back 14 days after the latest action', () => {
    const c = { ...base, status: 'monitoring', lastActionOn: '2026-03-03' } as const;
    expect(concernDue(c, '2026-03-16')).toEqual({ reason: 'quiet', due: '2026-03-17', urgent: false });
    expect(concernDue(c, '2026-03-17')?.urgent).toBe(true);
  });

  it('a closed concern asks nothing', () => {
    expect(concernDue({ ...base, status: 'closed' }, '2026-03-02')).toBeNull();
  });
});
