import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { navigate } from '../../app/router';
import { RouterLink } from '../../app/RouterLink';
import { SortHeader } from './SortHeader';
import { nextSort, type Column, type SortState } from './types';

export interface DataTableProps<Row, S extends string> {
  /** Names the table (and its scrolling box) for screen readers. */
  label: string;
  columns: readonly Column<Row, S>[];
  /** The current page of rows; undefined while the first answer is awaited. */
  rows: readonly Row[] | undefined;
  rowKey(row: Row): string;
  /** The detail page of a row: a click anywhere on the row opens it (the first cell holds the link). */
  rowHref?(row: Row): string;
  sort: SortState<S>;
  onSortChange(sort: SortState<S>): void;
  /** A newer page is being fetched while the old one is shown. */
  refreshing?: boolean;
  /** How many placeholder rows to show while loading, so the page does not jump when rows arrive. */
  loadingRows?: number;
  empty: ReactNode;
  /** Above this many rows only the rows in view are in the page (a scrolling box of `height`). */
  virtualiseAbove?: number;
  height?: number;
  /** Row height in pixels: estimated for the placeholders and for virtualisation. */
  rowHeight?: number;
}

/**
 * A table over one page of a channel's answer. Sorting, filtering and paging are the channel's
 * job (its input carries page, pageSize, sortBy, sortDir and the filters); this draws the page,
 * the sortable headings, the empty and loading states, and keeps very long pages smooth by
 * putting only the visible rows in the document.
 */
export function DataTable<Row, S extends string>(props: DataTableProps<Row, S>) {
  const { label, columns, rows, sort, onSortChange, refreshing = false, empty } = props;
  const { virtualiseAbove = 200, height = 560, rowHeight = 45, loadingRows = 10 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = (rows?.length ?? 0) > virtualiseAbove;
  const virtualizer = useVirtualizer({
    count: virtual ? (rows?.length ?? 0) : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // The scrolling box's height is fixed (`height`), so a box not yet laid out (or a test's
    // document, where nothing has a size) still shows a full window of rows.
    initialRect: { width: 1000, height },
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report({ width: rect.width, height: rect.height || height })),
  });

  const head = (
    <Table.Thead className={virtual ? 'data-table-sticky-head' : undefined}>
      <Table.Tr>
        {columns.map((column) => (
          <SortHeader
            key={column.key}
            header={column.header}
            sortKey={column.sortKey}
            sort={sort}
            width={column.width}
            align={column.align}
            onSort={(key) => onSortChange(nextSort(sort, key))}
          />
        ))}
      </Table.Tr>
    </Table.Thead>
  );

  let body: ReactNode;
  if (!rows) {
    body = Array.from({ length: loadingRows }, (_, i) => (
      <Table.Tr key={i} h={rowHeight} aria-hidden>
        {columns.map((column) => (
          <Table.Td key={column.key}>
            <Skeleton height={12} radius="sm" width="70%" />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else if (rows.length === 0) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={columns.length} py="xl">
          <Text c="dimmed" ta="center">
            {empty}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  } else if (!virtual) {
    body = rows.map((row) => <DataRow key={props.rowKey(row)} row={row} {...props} />);
  } else {
    const items = virtualizer.getVirtualItems();
    const before = items[0]?.start ?? 0;
    const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
    body = (
      <>
        {before > 0 && <tr aria-hidden style={{ height: before }} />}
        {items.map((item) => {
          const row = rows[item.index] as Row;
          return <DataRow key={props.rowKey(row)} row={row} {...props} />;
        })}
        {after > 0 && <tr aria-hidden style={{ height: after }} />}
      </>
    );
  }

  return (
    <div
      ref={scroller}
      role="region"
      aria-label={label}
      aria-busy={!rows || refreshing}
      tabIndex={0}
      className="data-table"
      // A table wider than a narrow window scrolls sideways inside its own box (which takes focus,
      // so the arrow keys scroll it) instead of widening the whole page past the header.
      style={virtual ? { height, overflowY: 'auto' } : { overflowX: 'auto' }}
      data-virtual={virtual || undefined}
    >
      <Table
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: refreshing ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        {head}
        <Table.Tbody>{body}</Table.Tbody>
      </Table>
    </div>
  );
}

function DataRow<Row, S extends string>({
  row,
  columns,
  rowHref,
  rowHeight = 45,
}: DataTableProps<Row, S> & { row: Row }) {
  const href = rowHref?.(row);
  return (
    <Table.Tr
      h={rowHeight}
      data-row
      style={href ? { cursor: 'pointer' } : undefined}
      // The link in the first cell is what the keyboard reaches; the rest of the row is a bigger
      // target for the mouse.
      onClick={(event) => {
        if (!href || (event.target as HTMLElement).closest('a,button,input')) return;
        void navigate(href);
      }}
    >
      {columns.map((column, i) =>
        i === 0 ? (
          <Table.Th key={column.key} scope="row" fw={600}>
            {href ? (
              <Anchor component={RouterLink} to={href} fw={600}>
                {column.render(row)}
              </Anchor>
            ) : (
              column.render(row)
            )}
          </Table.Th>
        ) : (
          <Table.Td key={column.key} ta={column.align}>
            {column.render(row)}
          </Table.Td>
        ),
      )}
    </Table.Tr>
  );
}
