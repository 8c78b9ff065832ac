import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MenteeInduction, MenteeRiskAssessment } from '../../../../../shared/contract/assessment';
import { INDUCTION_ITEMS } from '../../../../../shared/mentees/assessment';
import type { Role } from '../../../../../shared/roles';
import { SessionContext, type SessionContextValue } from '../../../../session/session-context';
import { renderScreen } from '../../../../test-support/render';
import { todayIso } from './assessment-format';
import { MenteeInductionTab } from './MenteeInductionTab';
import { MenteeRiskTab } from './MenteeRiskTab';

/** A fictional mentee; the core tests cover versions, sign-off and scope. */
const MENTEE = '00000000-0000-4000-8000-0000000000aa';
const version = (n: number, signed: boolean): MenteeRiskAssessment => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  menteeId: MENTEE,
  version: n,
  answers: { medical: { answer: 'yes', notes: 'Carries an inhaler' } },
  sourceDocument: 'oasys',
  sourceReference: 'OA-1',
  sourceDated: '2026-10-01',
  overallLevel: n === 1 ? 'low' : 'medium',
  safeguards: '',
  assessor: 'Casey Placeholder',
  assessedOn: '2026-10-05',
  reviewDue: '2027-01-05',
  signedOffOn: signed ? '2026-10-06' : null,
  signedOffBy: signed ? 'Casey Placeholder' : null,
});

let versions: MenteeRiskAssessment[] = [];
const signOffRisk = vi.fn(async () => ({ ok: true, value: version(2, true) }));
const setInductionItem = vi.fn(async (i: { item: string; doneOn: string | null }) => ({
  ok: true,
  value: induction(i.item, i.doneOn),
}));
const induction = (item?: string, doneOn?: string | null): MenteeInduction => ({
  items: INDUCTION_ITEMS.map((i) => ({ item: i.key, doneOn: i.key === item ? (doneOn ?? null) : null })),
  accessibleFormat: false,
  adaptations: '',
});
Object.defineProperty(window, 'api', {
  configurable: true,
  value: {
    drafts: {
      get: async () => ({ ok: true, value: null }),
      save: async () => ({ ok: true, value: null }),
      discard: async () => ({ ok: true, value: null }),
    },
    assessment: {
      riskAssessments: async () => ({ ok: true, value: { items: versions } }),
      saveRiskDraft: vi.fn(),
      signOffRisk,
      induction: async () => ({ ok: true, value: induction() }),
      setInductionItem,
      setAccessibleFormat: vi.fn(),
    },
  },
});

// happy-dom has no font loading; Mantine's growing text boxes listen for it.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });

const as = (roles: Role[]) =>
  ({
    state: {
      kind: 'unlocked',
      organisationName: 'Test',
      idleLockMinutes: 10,
      session: { accountId: MENTEE, username: 'x', displayName: 'X', roles, mustChangePassphrase: false },
    },
  }) as unknown as SessionContextValue;

describe('the risk tab', () => {
  it('shows the draft as a form with the twelve questions and signs it off after asking', async () => {
    versions = [version(2, false), version(1, true)];
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={as(['caseworker'])}>
        <MenteeRiskTab menteeId={MENTEE} />
      </SessionContext>,
    );
    expect(await screen.findByRole('heading', { name: 'Draft: version 2' })).toBeTruthy();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(12);
    expect(screen.getByRole('heading', { name: 'Version 1' })).toBeTruthy();
    // The signed-off version is shown, not offered for change.
    expect(screen.getByRole('table', { name: 'Answers in version 1' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign off version 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign off' }));
    await waitFor(() => expect(signOffRisk).toHaveBeenCalledWith({ menteeId: MENTEE, id: versions[0]!.id }));
  });

  it('offers a review, not a form, when the latest version is signed off; and only reads for a safeguarding lead', async () => {
    versions = [version(1, true)];
    const first = renderScreen(
      <SessionContext value={as(['coordinator'])}>
        <MenteeRiskTab menteeId={MENTEE} />
      </SessionContext>,
    );
    expect(await screen.findByRole('button', { name: 'Start a review' })).toBeTruthy();
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    first.unmount();
    renderScreen(
      <SessionContext value={as(['safeguarding_lead'])}>
        <MenteeRiskTab menteeId={MENTEE} />
      </SessionContext>,
    );
    expect(await screen.findByRole('heading', { name: 'Version 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a review' })).toBeNull();
  });
});

describe('the induction tab', () => {
  it('marks an item done today in one click', async () => {
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={as(['caseworker'])}>
        <MenteeInductionTab menteeId={MENTEE} />
      </SessionContext>,
    );
    await user.click(await screen.findByRole('button', { name: 'Mark “Boundaries” done today' }));
    await waitFor(() =>
      expect(setInductionItem).toHaveBeenCalledWith({
        menteeId: MENTEE,
        item: 'boundaries',
        doneOn: todayIso(),
      }),
    );
  });
});
