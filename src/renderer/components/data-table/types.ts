import type { ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';

export interface SortState<S extends string> {
  sortBy: S;
  sortDir: SortDir;
}

export interface Column<Row, S extends string = string> {
  key: string;
  header: string;
  /** The channel's `sortBy` value for this column; columns without one are not sortable. */
  sortKey?: S;
  render(row: Row): ReactNode;
  width?: number | string;
  /** 'right' for money and counts, so the figures line up under their heading. */
  align?: 'right';
}

/** Clicking the sorted column turns it round; another column starts ascending. */
export function nextSort<S extends string>(current: SortState<S>, sortKey: S): SortState<S> {
  if (current.sortBy === sortKey)
    return { sortBy: sortKey, sortDir: current.sortDir === 'asc' ? 'desc' : 'asc' };
  return { sortBy: sortKey, sortDir: 'asc' };
}
