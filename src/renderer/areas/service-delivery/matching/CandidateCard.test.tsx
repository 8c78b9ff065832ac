import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../../../shared/contract/matching';
import { renderScreen } from '../../../test-support/render';
import { CandidateCard } from './CandidateCard';

/** A fictional mentor's explanation; the scorer and the core have their own tests. */
const candidate: Candidate = {
  mentorId: '00000000-0000-4000-8000-0000000000b1',
  name: 'Robin Placeholder',
  rank: 2,
  eligible: true,
  score: 75,
  maxScore: 130,
  gates: [
    { gate: 'mentorReady', outcome: 'pass', detail: 'Stage: Ready to match' },
    { gate: 'capacity', outcome: 'pass', detail: '0 of 1 place taken' },
    { gate: 'clearance', outcome: 'pending', detail: 'Clearance at HMP Fellgate: Forms submitted' },
    { gate: 'exclusion', outcome: 'pass', detail: 'No exclusion applies' },
  ],
  criteria: [
    {
      criterion: 'interests',
      menteeValue: 'Football, Music',
      mentorValue: 'music',
      outcome: 'partial',
      points: 10,
      maxPoints: 20,
      note: 'In common: music.',
    },
    {
      criterion: 'travel',
      menteeValue: 'Kendal',
      mentorValue: 'Barrow',
      outcome: 'mismatch',
      points: 0,
      maxPoints: 30,
      note: '',
    },
  ],
};

describe('a suggested mentor', () => {
  it('shows rank, score and a pending clearance, and opens the side-by-side explanation from its button', async () => {
    const user = userEvent.setup();
    const onPropose = vi.fn();
    renderScreen(<CandidateCard candidate={candidate} onPropose={onPropose} />);
    expect(screen.getByRole('heading', { name: '2. Robin Placeholder' })).toBeTruthy();
    expect(screen.getByText('75 of 130 points')).toBeTruthy();
    expect(screen.getByText('Clearance pending')).toBeTruthy();
    const why = screen.getByRole('button', { name: 'Show why' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(screen.getByRole('button', { name: 'Hide why' }).getAttribute('aria-expanded')).toBe('true');
    const row = screen
      .getByRole('rowheader', { name: 'Mentor travels to where the mentee will live' })
      .closest('tr')!;
    expect(row.textContent).toContain('Kendal');
    expect(row.textContent).toContain('Barrow');
    expect(row.textContent).toContain('No match');
    expect(row.textContent).toContain('0 / 30');
    expect(screen.getByText('In common: music.')).toBeTruthy();
    expect(screen.getByText('Pending')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Propose this match' }));
    expect(onPropose).toHaveBeenCalledTimes(1);
  });

  it('offers no proposal to someone who may only read', () => {
    renderScreen(<CandidateCard candidate={{ ...candidate, rank: 1 }} />);
    expect(screen.getByText('Top suggestion')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Propose this match' })).toBeNull();
  });
});
