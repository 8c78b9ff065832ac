import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WorkItem } from '../../../shared/contract/workqueue';
import { addDays } from '../../../shared/mentors/dates';
import { renderScreen } from '../../test-support/render';
import { WorkList } from './WorkList';

const TODAY = '2026-11-23';
const MATCH = '00000000-0000-4000-8000-000000000001';
const MENTEE = '00000000-0000-4000-8000-000000000002';
const MENTOR = '00000000-0000-4000-8000-000000000003';

const item = (over: Partial<WorkItem> & Pick<WorkItem, 'key' | 'link'>): WorkItem => ({
  id: `${over.link.area}:${over.link.id}`,
  kind: 'no_contact',
  due: TODAY,
  urgent: false,
  title: 'Something to do',
  subject: 'Someone',
  ...over,
});

const ITEMS: WorkItem[] = [
  item({
    key: 'no_contact:1',
    due: addDays(TODAY, -1),
    urgent: true,
    title: 'No contact for 8 days',
    subject: 'Casey Fictional with Robin Example',
    link: { area: 'match', id: MATCH, tab: 'contacts' },
  }),
  item({
    key: 'review_due:1',
    kind: 'review_due',
    due: addDays(TODAY, 3),
    title: 'Review due',
    subject: 'Casey Fictional with Robin Example',
    link: { area: 'match', id: MATCH, tab: 'reviews' },
  }),
  item({
    key: 'release_unmatched:2',
    kind: 'release_unmatched',
    due: addDays(TODAY, 60),
    title: 'Release 22/01/2027: not yet matched',
    subject: 'Jo Sample',
    link: { area: 'mentee', id: MENTEE, tab: null },
  }),
  item({
    key: 'dbs:3',
    kind: 'dbs_renewal',
    due: addDays(TODAY, 5),
    title: 'Enhanced DBS check due for renewal',
    subject: 'Robin Example',
    link: { area: 'mentor', id: MENTOR, tab: null },
  }),
];

describe('the work list', () => {
  it('groups items by urgency with counts, each a link to where it is done', async () => {
    const user = userEvent.setup();
    const { router } = renderScreen(<WorkList items={ITEMS} today={TODAY} />);
    const group = (name: string) => screen.getByRole('region', { name });
    expect(within(group('Overdue or urgent')).getAllByRole('listitem')).toHaveLength(1);
    expect(within(group('This week')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(group('Later')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByLabelText('2 items')).toBeTruthy();
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `#/service-delivery/matches/${MATCH}?tab=contacts`,
      `#/service-delivery/matches/${MATCH}?tab=reviews`,
      `#/service-development/mentors/${MENTOR}`,
      `#/assessment/mentees/${MENTEE}`,
    ]);
    await user.click(within(group('Later')).getByRole('link', { name: 'Jo Sample' }));
    expect(router.state.location.pathname).toBe(`/assessment/mentees/${MENTEE}`);
  });

  it('shows the first 25 of a long group, then all on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 30 }, (_, i) =>
      item({ key: `k${i}`, due: addDays(TODAY, 20), link: { area: 'mentee', id: MENTEE, tab: null } }),
    );
    renderScreen(<WorkList items={many} today={TODAY} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
  });

  it('counts what the answer left out, and says it comes later', async () => {
    const user = userEvent.setup();
    const some = Array.from({ length: 30 }, (_, i) =>
      item({ key: `k${i}`, due: addDays(TODAY, 20), link: { area: 'mentee', id: MENTEE, tab: null } }),
    );
    renderScreen(<WorkList items={some} counts={{ overdue: 0, week: 0, later: 45 }} today={TODAY} />);
    expect(screen.getByLabelText('45 items')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
    expect(screen.getByText('15 more, due later, appear as the ones above are done.')).toBeTruthy();
  });

  it('says when nothing is due', () => {
    renderScreen(<WorkList items={[]} today={TODAY} />);
    expect(screen.getByText('Nothing is due.')).toBeTruthy();
  });
});
