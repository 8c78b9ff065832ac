import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MatchReviews } from '../../../../shared/contract/plans';
import { addMonths, ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, NO_DRAFTS, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { MatchReviewsTab } from './MatchReviewsTab';

/** A fictional match; the core tests cover the dates, the goal check and scope. */
const MATCH = '00000000-0000-4000-8000-0000000000aa';
const GOAL = '00000000-0000-4000-8000-0000000000bb';
const reviews: MatchReviews = {
  matchId: MATCH,
  stage: 'active',
  mayReview: true,
  nextReviewDue: '2026-01-10',
  reviewMonths: 3,
  pathwaysToRate: ['accommodation', 'ete'],
  goalsToRate: [
    { id: GOAL, pathway: 'ete', specific: 'Apply for the college course', status: 'in_progress' },
  ],
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000cc',
      heldOn: '2025-10-10',
      pathwayRatings: [{ pathway: 'ete', rating: 'some_progress' }],
      goalRatings: [{ goalId: GOAL, specific: 'Apply for the college course', rating: 'some_progress' }],
      achievements: 'Form collected.',
      menteeGained: '',
      mentorGained: '',
      planChanges: '',
      lengthChange: '',
      nextReviewDue: '2026-01-10',
      recordedByName: 'Cora Coordinator',
      recordedAt: '2025-10-10T12:00:00Z',
    },
  ],
};
const recordReview = vi.fn(async () => ({
  ok: true,
  value: { ...reviews.items[0], nextReviewDue: '2027-01-01' },
}));
stubApi({ drafts: NO_DRAFTS, plans: { reviews: answer(reviews), recordReview } });

stubFontLoading();

describe('the reviews tab', () => {
  it('shows past reviews and an overdue date; the form’s next date follows the review date until changed by hand', async () => {
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchReviewsTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByRole('article', { name: 'Review held 10/10/2025' })).toBeTruthy();
    expect(screen.getByText('Review overdue')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Record a review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a review' });
    const today = ukToday(new Date());
    const next = within(dialog).getByLabelText(/^Next review/) as HTMLInputElement;
    expect(next.value).toBe(formatUkDate(addMonths(today, 3)));
    // A rating box for each pathway worth rating and each goal in play.
    for (const label of [
      /^Accommodation/,
      /^Education, training and employment/,
      /^Apply for the college course/,
    ])
      expect(within(dialog).getAllByLabelText(label).length).toBeGreaterThan(0);

    const held = within(dialog).getByLabelText(/^Held on/) as HTMLInputElement;
    await user.clear(held);
    await user.type(held, '30/11/2025');
    await waitFor(() => expect(next.value).toBe('28/02/2026'));
    // Once the next date is typed by hand, a new review date leaves it alone.
    await user.clear(next);
    await user.type(next, '15/01/2026');
    await user.clear(held);
    await user.type(held, '01/12/2025');
    expect(next.value).toBe('15/01/2026');

    await user.click(within(dialog).getByRole('button', { name: 'Save the review' }));
    await waitFor(() =>
      expect(recordReview).toHaveBeenCalledWith(
        expect.objectContaining({ matchId: MATCH, heldOn: '2025-12-01', nextReviewDue: '2026-01-15' }),
      ),
    );
  });

  it('only reads for a safeguarding lead', async () => {
    renderScreen(
      <SessionContext value={signedInAs(['safeguarding_lead'])}>
        <MatchReviewsTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByRole('article', { name: 'Review held 10/10/2025' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record a review' })).toBeNull();
  });
});
