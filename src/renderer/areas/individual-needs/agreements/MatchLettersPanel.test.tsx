import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { NO_EVENTS, signedInAs, stubApi } from '../../../test-support/stub-api';
import { MatchAgreementDocument } from './MatchAgreementDocument';
import { MatchLettersPanel } from './MatchLettersPanel';

const MATCH = '00000000-0000-4000-8000-000000000001';

/** The bridge: no documents yet; starting letters is refused as the core refuses an active match. */
function bridge() {
  const list = vi.fn(async () => ({ ok: true, value: { documents: [] } }));
  const renderEndingLetters = vi.fn(async () => ({
    ok: false,
    error: {
      code: 'GATE_NOT_MET',
      message: 'Ending letters are written once a match has ended.',
      unmet: ['Record the ending of this match first.'],
    },
  }));
  const renderAgreement = vi.fn();
  stubApi({
    documents: { list, renderEndingLetters, renderAgreement },
    events: NO_EVENTS,
    jobs: { cancel: vi.fn() },
  });
  return { list, renderEndingLetters };
}

describe('the match documents panels', () => {
  it('say when nothing is made yet, and show the core’s reason and what to do when letters are refused', async () => {
    const api = bridge();
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchLettersPanel matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByText('No ending letters have been made yet.')).toBeTruthy();
    expect(api.list).toHaveBeenCalledWith({ matchId: MATCH });
    await user.click(screen.getByRole('button', { name: 'Create the ending letters' }));
    expect(await screen.findByText('Ending letters are written once a match has ended.')).toBeTruthy();
    expect(screen.getByText('Record the ending of this match first.')).toBeTruthy();
  });

  it('offer safeguarding leads the documents but not their creation, and lead mentors nothing', async () => {
    bridge();
    const lead = renderScreen(
      <SessionContext value={signedInAs(['safeguarding_lead'])}>
        <MatchAgreementDocument matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByText('No agreement PDF has been made yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create the agreement PDF' })).toBeNull();
    lead.unmount();

    const { container } = renderScreen(
      <SessionContext value={signedInAs(['lead_mentor'])}>
        <MatchAgreementDocument matchId={MATCH} />
      </SessionContext>,
    );
    expect(container.querySelector('[data-testid="agreement-document"]')).toBeNull();
  });
});
