import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Feedback, FeedbackSummary } from '../../../../shared/contract/feedback';
import { renderScreen } from '../../../test-support/render';
import { countText } from './feedback-format';
import { SummaryFigures } from './FeedbackSummaryCard';
import { FeedbackTable } from './FeedbackTable';
import { PublishedPage } from './PublishedPage';

/** Fictional feedback; the core tests cover filters, counts, links and the rules. */
const piece = (over: Partial<Feedback>): Feedback => ({
  id: '00000000-0000-4000-8000-000000000001',
  receivedOn: '2026-11-02',
  fromKind: 'mentee',
  method: 'exit_interview',
  anonymous: false,
  rating: 4,
  wentWell: 'Turned up every week.',
  couldBeBetter: '',
  comments: '',
  themes: ['contact', 'expenses'],
  menteeId: '00000000-0000-4000-8000-0000000000aa',
  menteeName: 'Jordan Placeholder',
  mentorId: null,
  mentorName: null,
  matchId: null,
  matchReference: null,
  partnerId: null,
  partnerName: null,
  actions: 1,
  recordedAt: '2026-11-02T10:00:00.000Z',
  ...over,
});

Object.defineProperty(window, 'api', {
  configurable: true,
  value: {
    feedback: {
      published: async () => ({
        ok: true,
        value: [
          {
            id: '00000000-0000-4000-8000-0000000000b1',
            youSaid: 'Claims were slow.',
            weDid: 'Paid every Friday.',
            doneOn: '2026-10-30',
          },
        ],
      }),
    },
  },
});

describe('feedback screens', () => {
  it('lists feedback with UK dates, the rating, themes, who it names and whether an action answers it', () => {
    renderScreen(
      <FeedbackTable
        items={[
          piece({}),
          piece({
            id: '00000000-0000-4000-8000-000000000002',
            anonymous: true,
            menteeId: null,
            menteeName: null,
            rating: null,
            actions: 0,
            fromKind: 'carer',
            method: 'comment_card',
          }),
        ]}
        onEdit={() => undefined}
      />,
    );
    expect(screen.getAllByText('02/11/2026', { selector: 'td' })).toHaveLength(2);
    expect(screen.getByText('4 out of 5')).toBeTruthy();
    expect(screen.getByText('Exit interview; Jordan Placeholder')).toBeTruthy();
    expect(screen.getByText('Comment card; Anonymous')).toBeTruthy();
    expect(screen.getAllByText('Expenses')).toHaveLength(2);
    expect(screen.getAllByText('In a “you said, we did” action')).toHaveLength(1);
    expect(
      screen.getByRole('button', { name: /Correct: feedback of 02\/11\/2026 from parent or carer/ }),
    ).toBeTruthy();
  });

  it('shows hidden small counts as “fewer than 5” and leaves out kinds with none', () => {
    expect(countText({ shown: null, exact: null })).toBe('Fewer than 5');
    expect(countText({ shown: null, exact: 3 })).toBe('3');
    const summary: FeedbackSummary = {
      from: '2026-10-01',
      to: '2026-12-31',
      total: 7,
      rated: 6,
      averageRating: 3.5,
      byFrom: [
        { fromKind: 'mentee', shown: 5, exact: null, averageRating: null },
        { fromKind: 'carer', shown: null, exact: null, averageRating: null },
        { fromKind: 'partner', shown: 0, exact: null, averageRating: null },
      ],
      byTheme: [],
    };
    renderScreen(<SummaryFigures summary={summary} />);
    expect(screen.getByText('3.5 out of 5')).toBeTruthy();
    expect(screen.getByText('From mentees')).toBeTruthy();
    expect(screen.getByText('Fewer than 5')).toBeTruthy();
    expect(screen.getByText('From parents and carers')).toBeTruthy();
    expect(screen.queryByText('From partner agencies')).toBeNull();
  });

  it('prints the published list as plain “you said, we did” pairs', async () => {
    renderScreen(<PublishedPage />);
    expect(await screen.findByRole('heading', { name: 'You said: Claims were slow.' })).toBeTruthy();
    expect(screen.getByText('We did: Paid every Friday.')).toBeTruthy();
    expect(screen.getByText('30/10/2026')).toBeTruthy();
  });
});
