import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EndingView } from '../../../../shared/contract/endings';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import {
  answer,
  answerLatest,
  NO_EVENTS,
  signedInAs,
  stubApi,
  stubFontLoading,
} from '../../../test-support/stub-api';
import { MatchEndingTab } from './MatchEndingTab';

/** The ending tab over a stubbed window.api; the core tests cover the rules and the scope. */
const MATCH = '00000000-0000-4000-8000-0000000000aa';
const MENTEE = '00000000-0000-4000-8000-0000000000bb';
const match = (stage: EndingView['match']['stage']): EndingView['match'] => ({
  id: MATCH,
  reference: 'X-2026-0001',
  stage,
  activeOn: stage === 'active' || stage === 'ended' ? '2026-01-20' : null,
  endedOn: stage === 'ended' ? '2026-09-28' : null,
  menteeId: MENTEE,
  menteeName: 'Jordan Placeholder',
  menteeStage: stage === 'ended' ? 'closed' : 'matched',
  mentorId: '00000000-0000-4000-8000-0000000000cc',
  mentorName: 'Priya Placeholder',
  mentorStage: stage === 'ended' ? 'ready' : 'matched',
  mentorOtherActive: 0,
});

stubFontLoading();

let view: EndingView;
const saveExitInterview = vi.fn(async (input: Record<string, unknown>) => ({
  ok: true,
  value: { id: MATCH, recordedByName: 'Cora', recordedAt: '2026-09-30T10:00:00Z', ...input },
}));
stubApi({
  endings: { get: answerLatest(() => view), end: vi.fn(), saveExitInterview },
  // The letters panel (the documents area's) lists letters and listens for its render job.
  documents: { list: answer({ items: [] }) },
  events: NO_EVENTS,
  jobs: { status: answer({ jobs: [] }) },
});

const show = (roles = ['coordinator']) =>
  renderScreen(
    <SessionContext value={signedInAs(roles as Role[])}>
      <MatchEndingTab matchId={MATCH} />
    </SessionContext>,
  );

beforeEach(() => saveExitInterview.mockClear());

describe('the ending tab', () => {
  it('offers "End this match" for an active match, to those who may end it', async () => {
    view = { match: match('active'), ending: null, interviews: [] };
    show();
    expect(await screen.findByRole('button', { name: 'End this match' })).toBeTruthy();
  });

  it('a safeguarding lead reads but is not offered the ending', async () => {
    view = { match: match('active'), ending: null, interviews: [] };
    show(['safeguarding_lead']);
    expect(await screen.findByText(/record the ending here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'End this match' })).toBeNull();
  });

  it('explains that a match that has not started is declined instead', async () => {
    view = { match: match('mentor_agreed'), ending: null, interviews: [] };
    show();
    expect(await screen.findByText(/declined on the Overview tab/)).toBeTruthy();
  });

  it('after the ending: the summary, where each side goes, and an exit interview sent with its answers', async () => {
    const user = userEvent.setup();
    view = {
      match: match('ended'),
      ending: {
        matchId: MATCH,
        kind: 'unplanned',
        reason: 'lost_contact',
        endedOn: '2026-09-28',
        continuesInformally: false,
        notes: '',
        recordedByName: 'Cora',
        recordedAt: '2026-09-28T10:00:00Z',
      },
      interviews: [],
    };
    show();
    expect(await screen.findByText('Contact was lost')).toBeTruthy();
    expect(screen.getByText('Priya Placeholder is back in the pool of mentors ready to match.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find another mentor' }).getAttribute('href')).toContain(MENTEE);
    const mentor = screen.getByRole('region', { name: 'Exit interview with the mentor' });
    await user.click(
      within(mentor)
        .getAllByLabelText('How did the match go overall?')
        .find((el) => el.tagName === 'INPUT')!,
    );
    await user.click(await screen.findByRole('option', { name: 'Well', hidden: true }));
    await user.click(screen.getAllByRole('button', { name: 'Save the interview' })[0]!);
    await waitFor(() => expect(saveExitInterview).toHaveBeenCalledTimes(1));
    expect(saveExitInterview.mock.calls[0]![0]).toMatchObject({
      matchId: MATCH,
      party: 'mentor',
      answers: { went: 'well', supported: '' },
    });
  });
});
