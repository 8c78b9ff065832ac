import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Candidate, Suggestions } from '../../../../shared/contract/matching';
import { renderScreen } from '../../../test-support/render';
import { stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { ProposeMatchModal } from './ProposeMatchModal';

/** Fictional people; the core refuses gates and missing reasons on its own (matching.test.ts). */
const MENTEE = '00000000-0000-4000-8000-0000000000a1';
const card = (n: number, name: string): Candidate => ({
  mentorId: `00000000-0000-4000-8000-0000000000b${n}`,
  name,
  rank: n,
  eligible: true,
  score: 100 - n,
  maxScore: 130,
  gates: [],
  criteria: [],
});
const suggestions: Suggestions = {
  mentee: {
    id: MENTEE,
    reference: 'M-2026-0001',
    displayName: 'Casey Fictional',
    stage: 'ready',
    establishmentName: 'HMP Fellgate',
    releaseDate: '2027-03-01',
    monthsToRelease: 4,
    homeArea: 'Kendal',
    openMatchId: null,
  },
  weights: {
    preferences: 3,
    interests: 2,
    learningStyle: 1,
    travel: 3,
    languages: 2,
    load: 1,
    timeSinceLastMatch: 1,
  },
  releaseWarning: 'Release is less than 6 months away.',
  candidates: [card(1, 'Alex Madeup'), card(2, 'Billie Madeup')],
  candidatesTotal: 2,
  notSuggested: [],
  notSuggestedTotal: 0,
  declines: [],
};

const propose = vi.fn(async () => ({
  ok: true,
  value: { id: '00000000-0000-4000-8000-0000000000c1', reference: 'X-2026-0001' },
}));
stubApi({ matching: { propose } });

stubFontLoading();

describe('proposing a match', () => {
  it('asks why when the mentor is not the top suggestion, then sends the reason', async () => {
    const user = userEvent.setup();
    renderScreen(
      <ProposeMatchModal
        suggestions={suggestions}
        candidate={suggestions.candidates[1]!}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByText('Release is less than 6 months away.')).toBeTruthy();
    expect(screen.getByText(/The top suggestion is Alex Madeup/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Propose this match' }));
    expect(
      await screen.findByText('Say why you chose this mentor rather than the top suggestion.'),
    ).toBeTruthy();
    expect(propose).not.toHaveBeenCalled();
    await user.type(
      screen.getByRole('textbox', { name: /Why this mentor rather than the top suggestion/ }),
      'Knows the hostel.',
    );
    await user.click(screen.getByRole('button', { name: 'Propose this match' }));
    await waitFor(() => expect(propose).toHaveBeenCalledTimes(1));
    expect(propose.mock.calls[0]).toMatchObject([
      {
        menteeId: MENTEE,
        mentorId: suggestions.candidates[1]!.mentorId,
        overrideReason: 'Knows the hostel.',
      },
    ]);
  });

  it('asks for no reason for the top suggestion', async () => {
    renderScreen(
      <ProposeMatchModal
        suggestions={suggestions}
        candidate={suggestions.candidates[0]!}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByText(/suggestion 1 of 2/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Why this mentor/ })).toBeNull();
  });
});
