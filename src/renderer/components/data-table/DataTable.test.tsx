import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test-support/render';
import { DataTable } from './DataTable';
import type { Column } from './types';

interface Row {
  id: string;
  name: string;
  town: string;
}
type Sort = 'name' | 'town';

const columns: Column<Row, Sort>[] = [
  { key: 'name', header: 'Name', sortKey: 'name', render: (r) => r.name },
  { key: 'town', header: 'Town', sortKey: 'town', render: (r) => r.town },
  { key: 'note', header: 'Note', render: () => 'x' },
];
const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: String(i), name: `Place ${i}`, town: `Town ${i}` }));

function table(props: Partial<Parameters<typeof DataTable<Row, Sort>>[0]> = {}) {
  const onSortChange = vi.fn();
  renderScreen(
    <DataTable<Row, Sort>
      label="Places"
      columns={columns}
      rows={rows(5)}
      rowKey={(r) => r.id}
      rowHref={(r) => `/places/${r.id}`}
      sort={{ sortBy: 'name', sortDir: 'asc' }}
      onSortChange={onSortChange}
      empty="Nothing here."
      {...props}
    />,
  );
  return { onSortChange };
}

describe('DataTable', () => {
  it('asks for the other direction on the sorted column and ascending on another, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    const { onSortChange } = table();
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ sortBy: 'name', sortDir: 'desc' });

    // Keyboard: Tab reaches the headings (after the table's scrolling box), Enter sorts.
    screen.getByRole('button', { name: /Town/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSortChange).toHaveBeenLastCalledWith({ sortBy: 'town', sortDir: 'asc' });
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Town/ }).getAttribute('aria-sort')).toBe('none');
    // A column with no sort key is plain text, not a button.
    expect(screen.queryByRole('button', { name: 'Note' })).toBeNull();
  });

  it('links each row to its detail page', () => {
    table();
    expect(screen.getByRole('link', { name: 'Place 3' }).getAttribute('href')).toBe('#/places/3');
  });

  it('shows the empty state, and placeholder rows (not a jump) while loading', () => {
    table({ rows: [] });
    expect(screen.getByText('Nothing here.')).toBeTruthy();
    document.body.innerHTML = '';
    table({ rows: undefined, loadingRows: 6 });
    const region = screen.getByRole('region', { name: 'Places' });
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(region.querySelectorAll('tbody tr')).toHaveLength(6);
  });

  it('puts only a window of 10,000 rows in the document', () => {
    table({ rows: rows(10_000), height: 560, rowHeight: 45 });
    const rendered = document.querySelectorAll('tr[data-row]');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(screen.getByText('Place 0')).toBeTruthy();
    expect(screen.queryByText('Place 9999')).toBeNull();
    // The spacer below stands in for the rest, so the scrollbar is the full length.
    const region = screen.getByRole('region', { name: 'Places' });
    expect(region.getAttribute('data-virtual')).toBe('true');
    const spacer = region.querySelector('tbody tr:last-child') as HTMLElement;
    expect(parseInt(spacer.style.height, 10)).toBeGreaterThan(440_000);
  });
});
