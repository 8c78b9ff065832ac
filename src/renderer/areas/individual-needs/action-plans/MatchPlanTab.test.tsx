import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionPlan, Goal } from '../../../../shared/contract/plans';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import {
  answerLatest,
  NO_DRAFTS,
  signedInAs,
  stubApi,
  stubFontLoading,
} from '../../../test-support/stub-api';
import { MatchPlanTab } from './MatchPlanTab';

/** A fictional match; the core tests cover grouping, status updates, ordering and scope. */
const MATCH = '00000000-0000-4000-8000-0000000000aa';
const goal = (n: number, fields: Partial<Goal> = {}): Goal => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  matchId: MATCH,
  pathway: 'ete',
  phase: 'pre_release',
  specific: `Goal number ${n}`,
  measure: 'A letter',
  achievable: '',
  targetDate: '2027-01-31',
  status: 'not_started',
  outcomeType: 'hard',
  evidence: '',
  sortOrder: n,
  pastTarget: false,
  updatedAt: '2026-11-01T00:00:00Z',
  updates: [],
  ...fields,
});
let plan: ActionPlan;
const saveGoal = vi.fn(async () => ({ ok: true, value: { goal: goal(9), warnings: [] } }));
const updateGoal = vi.fn(async () => ({ ok: true, value: goal(1) }));
stubApi({
  drafts: NO_DRAFTS,
  plans: { goals: answerLatest(() => plan), saveGoal, updateGoal, moveGoal: vi.fn() },
});

stubFontLoading();

describe('the plan tab', () => {
  it('shows goals by phase and pathway in SMART words, adds a goal with its phase preset, and records progress', async () => {
    plan = {
      matchId: MATCH,
      stage: 'active',
      mayPlan: true,
      defaultPhase: 'post_release',
      phases: [
        {
          phase: 'pre_release',
          pathways: [{ pathway: 'ete', goals: [goal(1, { pastTarget: true }), goal(2)] }],
        },
      ],
    };
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={signedInAs(['caseworker'])}>
        <MatchPlanTab matchId={MATCH} />
      </SessionContext>,
    );
    const first = await screen.findByRole('article', { name: 'Goal number 1' });
    expect(screen.getByRole('heading', { name: 'Before release' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Education, training and employment' })).toBeTruthy();
    for (const label of ['Specific', 'How we’ll know', 'Achievable and realistic', 'By'])
      expect(within(first).getByText(label)).toBeTruthy();
    expect(within(first).getByText('Past its date')).toBeTruthy();
    // The first cannot move up, the last cannot move down.
    expect(
      (screen.getByRole('button', { name: 'Move up: Goal number 1' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Move down: Goal number 2' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a goal' });
    // Each SMART letter explained on its box.
    expect(within(dialog).getByText(/for a job, what kind, where/)).toBeTruthy();
    expect(within(dialog).getByText(/Break big goals into steps/)).toBeTruthy();
    expect((within(dialog).getByLabelText(/^Before or after release/) as HTMLInputElement).value).toBe(
      'After release',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add the goal' }));
    expect(await within(dialog).findByText('Say exactly what the goal is.')).toBeTruthy();
    expect(saveGoal).not.toHaveBeenCalled();

    // Nothing typed: Cancel closes without asking.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a goal' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Record progress: Goal number 2' }));
    const progress = await screen.findByRole('dialog', { name: 'Record progress' });
    await user.type(within(progress).getByLabelText(/^What has happened/), 'Letter posted.');
    await user.click(within(progress).getByRole('button', { name: 'Save progress' }));
    await waitFor(() =>
      expect(updateGoal).toHaveBeenCalledWith(
        expect.objectContaining({
          matchId: MATCH,
          goalId: goal(2).id,
          status: 'in_progress',
          note: 'Letter posted.',
        }),
      ),
    );
  });

  it('offers nothing to change before the three-way meeting, or to a safeguarding lead', async () => {
    plan = { matchId: MATCH, stage: 'proposed', mayPlan: false, defaultPhase: 'pre_release', phases: [] };
    const first = renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchPlanTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByText('Not open for planning')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a goal' })).toBeNull();
    first.unmount();
    plan = {
      matchId: MATCH,
      stage: 'active',
      mayPlan: true,
      defaultPhase: 'pre_release',
      phases: [{ phase: 'pre_release', pathways: [{ pathway: 'ete', goals: [goal(1)] }] }],
    };
    renderScreen(
      <SessionContext value={signedInAs(['safeguarding_lead'])}>
        <MatchPlanTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByRole('article', { name: 'Goal number 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a goal' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Record progress/ })).toBeNull();
  });
});
