import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../shared/settings';
import { formatUkDate } from '../../../shared/uk-date';
import { renderScreen } from '../../test-support/render';
import { SessionFormModal } from './SessionFormModal';

/** The bridge answers the two reads the form makes; saving is not exercised here (the e2e does it). */
const saveSession = vi.fn();
function withBridge(noticeWeeks: number) {
  Object.defineProperty(window, 'api', {
    configurable: true,
    value: {
      training: {
        courses: async () => ({
          ok: true,
          value: [
            {
              id: '00000000-0000-4000-8000-000000000001',
              title: 'Initial mentor training',
              kind: 'initial',
              topics: [],
              description: '',
              archived: false,
              sessions: 0,
              waiting: 0,
            },
          ],
        }),
        saveSession,
      },
      settings: {
        get: async () => ({
          ok: true,
          value: {
            idleLockMinutes: 10,
            thresholds: { ...DEFAULT_THRESHOLDS, trainingNoticeWeeks: noticeWeeks },
          },
        }),
      },
    },
  });
}
afterEach(() => saveSession.mockReset());
// happy-dom has no font loading; Mantine's growing text boxes listen for it.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('the new session form', () => {
  it('warns as the date is typed when there is less notice than the programme’s setting, and says nothing otherwise', async () => {
    withBridge(6);
    const user = userEvent.setup();
    renderScreen(<SessionFormModal session={null} onClose={vi.fn()} />);
    const date = await screen.findByRole('textbox', { name: /^Date/ });
    await user.type(date, formatUkDate(inDays(41)));
    await waitFor(() => expect(screen.getByText(/5 weeks and 6 days’ notice/)).toBeTruthy());
    await user.clear(date);
    await user.type(date, formatUkDate(inDays(42)));
    await waitFor(() => expect(screen.queryByText(/notice of this session/)).toBeNull());
    await user.clear(screen.getByRole('textbox', { name: /^Places/ }));
    await user.type(screen.getByRole('textbox', { name: /^Places/ }), '20');
    await waitFor(() => expect(screen.getByText(/Room for 20/)).toBeTruthy());
    expect(saveSession).not.toHaveBeenCalled();
  });

  it('follows the co-ordinator’s own notice setting', async () => {
    withBridge(2);
    const user = userEvent.setup();
    renderScreen(<SessionFormModal session={null} onClose={vi.fn()} />);
    const date = await screen.findByRole('textbox', { name: /^Date/ });
    await user.type(date, formatUkDate(inDays(13)));
    await waitFor(() => expect(screen.getByText(/1 week and 6 days’ notice.*at least 2 weeks/)).toBeTruthy());
  });
});
