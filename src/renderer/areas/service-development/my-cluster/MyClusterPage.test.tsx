import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ClusterMentorRow, ClusterOverview } from '../../../../shared/contract/mentors';
import type { Role } from '../../../../shared/roles';
import { SessionContext, type SessionContextValue } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { MyClusterPage } from './MyClusterPage';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const FELLSIDE = { id: ID(9), name: 'Fellside' };
const row = (n: number, name: string, extra: Partial<ClusterMentorRow>): ClusterMentorRow => ({
  id: ID(n),
  displayName: name,
  stage: 'clearance',
  daysInStage: 4,
  isLeadMentor: false,
  clusterId: FELLSIDE.id,
  clusterName: FELLSIDE.name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  phone: '07700 900100',
  initialHours: 12,
  initialHoursMet: true,
  nextSessionOn: null,
  nextSessionCourse: null,
  step: 'no_clearance',
  nextStep: 'No prison clearance begun',
  clearances: [],
  ...extra,
});

/** The bridge answers with `answer`, whatever the input. */
function bridge(answer: ClusterOverview) {
  const clusterOverview = vi.fn(async () => ({ ok: true, value: answer }));
  Object.defineProperty(window, 'api', { configurable: true, value: { mentors: { clusterOverview } } });
  return clusterOverview;
}
const as = (roles: Role[]) =>
  ({
    state: {
      kind: 'unlocked',
      organisationName: 'Test',
      idleLockMinutes: 10,
      session: { accountId: ID(1), username: 'x', displayName: 'X', roles, mustChangePassphrase: false },
    },
  }) as unknown as SessionContextValue;
const show = (roles: Role[]) =>
  renderScreen(
    <SessionContext value={as(roles)}>
      <MyClusterPage />
    </SessionContext>,
  );

describe('the My cluster screen', () => {
  it('tells a lead mentor with no cluster whom to ask, and a co-ordinator what is missing', async () => {
    bridge({ initialTrainingHours: 12, clusters: [], items: [] });
    const lead = show(['lead_mentor']);
    expect(
      await screen.findByText('Ask a co-ordinator to link your account to your mentor record and cluster.'),
    ).toBeTruthy();
    lead.unmount();
    show(['coordinator']);
    expect(await screen.findByText(/No mentor belongs to a cluster yet/)).toBeTruthy();
  });

  it('puts the most urgent step first and narrows the table to one step', async () => {
    const user = userEvent.setup();
    bridge({
      initialTrainingHours: 12,
      clusters: [FELLSIDE],
      items: [
        row(2, 'Ash Able', {}),
        row(3, 'Bea Brisk', {
          step: 'id_to_be_seen',
          nextStep: 'ID to be seen',
          initialHours: 6,
          initialHoursMet: false,
        }),
        row(4, 'Cal Crisp', { step: 'clearance_expired', nextStep: 'Expired' }),
      ],
    });
    show(['lead_mentor']);
    expect(await screen.findByText(/^Fellside: where each mentor/)).toBeTruthy();
    const names = () =>
      within(screen.getByRole('table'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(names()).toEqual(['Cal Crisp', 'Bea Brisk', 'Ash Able']);
    expect(screen.getByText('6 of 12 hours')).toBeTruthy();
    // One cluster: nothing to choose.
    expect(screen.queryByRole('textbox', { name: 'Cluster' })).toBeNull();

    const stepBox = (await screen.findAllByLabelText('Next step')).find((el) => el.tagName === 'INPUT')!;
    await user.click(stepBox);
    await user.click(await screen.findByRole('option', { name: 'ID to be seen (1)', hidden: true }));
    expect(names()).toEqual(['Bea Brisk']);
    expect(screen.getByText('1 mentor with this next step, of 3')).toBeTruthy();
  });
});
