import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../shared/contract/search';
import { renderScreen } from '../../test-support/render';
import { HeaderSearch } from './HeaderSearch';

const MENTOR = '00000000-0000-4000-8000-000000000001';
const MENTEE = '00000000-0000-4000-8000-000000000002';
const HITS: SearchHit[] = [
  { id: `mentor:${MENTOR}`, kind: 'mentor', recordId: MENTOR, name: 'Nia Sampleford', detail: 'Matched' },
  { id: `mentee:${MENTEE}`, kind: 'mentee', recordId: MENTEE, name: 'Niall Example', detail: 'M-2026-0007' },
];

/** The bridge: everyone whose name starts with what was typed. */
const people = vi.fn(async ({ query }: { query: string }) => ({
  ok: true,
  value: { items: HITS.filter((h) => h.name.toLowerCase().startsWith(query.toLowerCase())) },
}));
Object.defineProperty(window, 'api', { configurable: true, value: { search: { people } } });

const box = () => screen.getByRole('textbox', { name: 'Find a person' });

describe('the header search box', () => {
  it('is reached with Ctrl+K, asks once typing pauses, and opens the chosen person with arrows and Enter', async () => {
    const user = userEvent.setup();
    const { router } = renderScreen(
      <>
        <label>
          Notes <input />
        </label>
        <HeaderSearch />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('/');
    expect(document.activeElement).not.toBe(box()); // "/" is a character while typing in a field
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(box());
    await user.keyboard('ni');
    await screen.findByText('Niall Example');
    expect(people).toHaveBeenCalledTimes(1);
    expect(people).toHaveBeenLastCalledWith({ query: 'ni', limit: 8 });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/assessment/mentees/${MENTEE}`));
    expect(box()).toHaveProperty('value', '');
  });

  it('says so when no one is found', async () => {
    const user = userEvent.setup();
    renderScreen(<HeaderSearch />);
    await user.click(box());
    await user.keyboard('zz');
    expect(await screen.findByText('No one found with that name or number.')).toBeTruthy();
  });
});
