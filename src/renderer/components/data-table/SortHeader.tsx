import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { SortState } from './types';

interface Props<S extends string> {
  header: string;
  sortKey?: S;
  sort: SortState<S>;
  width?: number | string;
  align?: 'right';
  onSort(sortKey: S): void;
}

/**
 * A column heading. A sortable one is a real button (Tab reaches it, Enter or Space sorts), and
 * `aria-sort` tells screen readers which column the rows are in order of.
 */
export function SortHeader<S extends string>({ header, sortKey, sort, width, align, onSort }: Props<S>) {
  if (!sortKey)
    return (
      <Table.Th scope="col" w={width} ta={align}>
        {header}
      </Table.Th>
    );
  const active = sort.sortBy === sortKey;
  const Icon = !active ? IconArrowsSort : sort.sortDir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      scope="col"
      w={width}
      ta={align}
      aria-sort={active ? (sort.sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton className="sort-header" onClick={() => onSort(sortKey)} fw={700} fz="sm">
        {header}
        <Icon size={14} stroke={1.8} aria-hidden style={{ opacity: active ? 1 : 0.45 }} />
      </UnstyledButton>
    </Table.Th>
  );
}
