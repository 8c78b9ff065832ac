import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mentor } from '../../../../shared/contract/mentors';
import { renderScreen } from '../../../test-support/render';
import { SessionContext, type SessionContextValue } from '../../../session/session-context';
import { MoveStageModal } from './MoveStageModal';

const ID = '00000000-0000-4000-8000-000000000001';
const UNMET = [
  'No decision to approve them as a mentor has been recorded.',
  'No passed interview has been recorded.',
];
const mentor = {
  id: ID,
  displayName: 'Robin Example',
  stage: 'clearance',
  stageSince: '2026-11-01',
  history: [],
} as unknown as Mentor;

/** The bridge: readiness lists two unmet conditions; moving refuses (the gate) unless a reason is given. */
const moveStage = vi.fn(async (input: { exceptionReason?: string }) =>
  input.exceptionReason
    ? { ok: true, value: { ...mentor, stage: 'ready' } }
    : {
        ok: false,
        error: {
          code: 'GATE_NOT_MET',
          message: 'They cannot be “Ready to match” yet: 2 conditions are not met.',
          unmet: UNMET,
        },
      },
);
Object.defineProperty(window, 'api', {
  configurable: true,
  value: {
    mentors: {
      moveStage,
      readiness: async () => ({
        ok: true,
        value: {
          unmet: UNMET.map((message, i) => ({ condition: String(i), message })),
          clearedEstablishments: 0,
          advisory: null,
          exceptions: [],
        },
      }),
    },
  },
});
afterEach(() => moveStage.mockClear());
// happy-dom has no font loading; Mantine's growing text boxes listen for it.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });

const session = {
  state: {
    kind: 'unlocked',
    organisationName: 'Test',
    idleLockMinutes: 10,
    session: {
      accountId: ID,
      username: 'cora',
      displayName: 'Cora',
      roles: ['coordinator'],
      mustChangePassphrase: false,
    },
  },
} as unknown as SessionContextValue;

/** Mantine's select: the input itself (its list of options shares the label). */
const stageBox = async () =>
  (await screen.findAllByLabelText(/^New stage/)).find((el) => el.tagName === 'INPUT')!;

describe('moving a mentor to ready', () => {
  it('shows what the gate still needs, refuses without a reason, and sends the exception with one', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderScreen(
      <SessionContext value={session}>
        <MoveStageModal mentor={mentor} opened onClose={onClose} />
      </SessionContext>,
    );
    await user.click(await stageBox());
    await user.click(await screen.findByRole('option', { name: 'Ready to match', hidden: true }));
    for (const u of UNMET) expect(await screen.findByText(u)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record this step' }));
    await screen.findByText(/cannot be “Ready to match” yet/);
    expect(onClose).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Reason for the exception' }), 'Panel agreed.');
    await user.click(screen.getByRole('button', { name: 'Record this step' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(moveStage).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: ID, stage: 'ready', exceptionReason: 'Panel agreed.' }),
    );
  });

  it('asks why when pausing, before anything is sent', async () => {
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={session}>
        <MoveStageModal mentor={mentor} opened onClose={vi.fn()} />
      </SessionContext>,
    );
    await user.click(await stageBox());
    await user.click(await screen.findByRole('option', { name: 'On hold', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Record this step' }));
    expect(await screen.findByText('Say why they are pausing.')).toBeTruthy();
    expect(moveStage).not.toHaveBeenCalled();
  });
});
