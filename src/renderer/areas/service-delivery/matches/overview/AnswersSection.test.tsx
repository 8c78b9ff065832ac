import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Match } from '../../../../../shared/contract/matches';
import { activationUnmet } from '../../../../../shared/matching/activation';
import { SessionContext } from '../../../../session/session-context';
import { renderScreen } from '../../../../test-support/render';
import { NO_DRAFTS, signedInAs, stubApi, stubFontLoading } from '../../../../test-support/stub-api';
import { MatchGatePanel } from '../MatchGatePanel';
import { AnswersSection } from './AnswersSection';

/** A fictional proposal; the core tests cover the workflow's order, the gate and scope. */
const ID = '00000000-0000-4000-8000-0000000000aa';
const proposal = (stage: Match['stage']): Match => ({
  id: ID,
  reference: 'X-2026-0001',
  stage,
  stageSince: '2026-11-10',
  proposedOn: '2026-11-10',
  proposedByName: 'Casey Placeholder',
  suggestionRank: 2,
  score: 61,
  overrideReason: 'Nearer the mentee’s home area.',
  releaseWarning: false,
  mentorToldOn: '2026-11-10',
  mentorAgreedOn: stage === 'proposed' ? null : '2026-11-11',
  menteeToldOn: null,
  menteeAgreedOn: null,
  declinedBy: null,
  declinedOn: null,
  declineReason: '',
  activeOn: null,
  endedOn: null,
  previousMatchId: null,
  lastContactOn: null,
  noShowStreak: 0,
  nextReviewDue: null,
  mentee: {
    id: ID,
    reference: 'M-2026-0001',
    displayName: 'Jordan Invented',
    firstName: 'Jordan',
    stage: 'ready',
    establishmentName: 'HMP Northmoor',
    caseworkerName: null,
    releaseDate: null,
    caseManagerName: '',
  },
  mentor: { id: ID, displayName: 'Priya Fictional', stage: 'ready', clusterName: null },
  history: [],
  unmet: activationUnmet({
    stage,
    riskSignedOff: false,
    meetingRecorded: false,
    agreementSaved: false,
    mentorSignedOn: null,
    menteeSignedOn: null,
  }),
  riskAssessments: [],
  meeting: null,
  agreement: null,
  earlierMatches: [],
  defaults: { meetingMinMinutes: 60, meetingMaxMinutes: 90, reviewMonths: 3 },
});

const respond = vi.fn(async () => ({ ok: true, value: { ...proposal('declined'), declinedBy: 'mentee' } }));
stubApi({ drafts: NO_DRAFTS, matches: { respond } });
stubFontLoading();

describe('the match overview', () => {
  it('asks the mentor first, and lists every unmet condition with activation held back', () => {
    renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchGatePanel match={proposal('proposed')} mayWrite />
        <AnswersSection match={proposal('proposed')} mayWrite />
      </SessionContext>,
    );
    expect(screen.getByRole('button', { name: 'Record the mentor’s answer' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record the mentee’s answer' })).toBeNull();
    expect(screen.getByText('Asked once the mentor agrees')).toBeTruthy();
    const gate = screen.getByRole('region', { name: 'What is still needed before the match is active' });
    expect(within(gate).getAllByRole('listitem')).toHaveLength(7);
    expect(
      (within(gate).getByRole('button', { name: 'Make the match active' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByText(/Nearer the mentee’s home area/)).toBeTruthy();
  });

  it('needs a reason before a decline is recorded', async () => {
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={signedInAs(['caseworker'])}>
        <AnswersSection match={proposal('mentor_agreed')} mayWrite />
      </SessionContext>,
    );
    await user.click(screen.getByRole('button', { name: 'Record the mentee’s answer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jordan Invented’s answer' });
    await user.click(within(dialog).getByRole('radio', { name: 'Declined the match' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record the decline' }));
    expect(await within(dialog).findByText(/Say why they declined/)).toBeTruthy();
    expect(respond).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: /Why they declined/ }), 'Wants to wait.');
    await user.click(within(dialog).getByRole('button', { name: 'Record the decline' }));
    await waitFor(() =>
      expect(respond).toHaveBeenCalledWith(
        expect.objectContaining({
          matchId: ID,
          party: 'mentee',
          answer: 'declined',
          reason: 'Wants to wait.',
        }),
      ),
    );
  });

  it('offers no answers to someone who only reads', () => {
    renderScreen(
      <SessionContext value={signedInAs(['safeguarding_lead'])}>
        <MatchGatePanel match={proposal('proposed')} mayWrite={false} />
        <AnswersSection match={proposal('proposed')} mayWrite={false} />
      </SessionContext>,
    );
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
