import { Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { ClaimRow } from '../../../../shared/contract/expenses';
import { formatPence } from '../../../../shared/expenses/expenses';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column, SortState } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { ClaimStatusBadge } from './ClaimStatusBadge';
import { claimPath } from './expense-paths';

type Filter = Omit<InputOf<typeof contract.expenses.list>, 'sort' | 'page' | 'pageSize'>;
const PAGE_SIZE = 25;

const columns: Column<ClaimRow, 'received'>[] = [
  {
    key: 'reference',
    header: 'Claim',
    render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.reference}</span>,
    width: 140,
  },
  { key: 'mentor', header: 'Mentor', render: (r) => r.mentorName },
  {
    key: 'received',
    header: 'Received',
    sortKey: 'received',
    width: 120,
    render: (r) => formatUkDate(r.receivedOn),
  },
  {
    key: 'total',
    header: 'Total',
    width: 110,
    align: 'right',
    render: (r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatPence(r.totalPence)}</span>,
  },
  { key: 'receipts', header: 'Receipts', width: 90, align: 'right', render: (r) => String(r.receiptCount) },
  {
    key: 'status',
    header: 'Status',
    width: 260,
    render: (r) => <ClaimStatusBadge status={r.status} late={r.late} />,
  },
];

/**
 * One page of claims under fixed filters (a queue) or chosen ones (all claims). The queues run
 * oldest first, so the claim waiting longest is at the top; late claims carry a red "Late".
 */
export function ClaimList({
  label,
  filter,
  oldestFirst = false,
  empty,
}: {
  label: string;
  filter: Filter;
  oldestFirst?: boolean;
  empty: string;
}) {
  const [sort, setSort] = useState<SortState<'received'>>({
    sortBy: 'received',
    sortDir: oldestFirst ? 'asc' : 'desc',
  });
  const [page, setPage] = useState(1);
  const list = useChannelQuery(
    contract.expenses.list,
    { ...filter, sort: sort.sortDir === 'asc' ? 'oldest' : 'newest', page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  return (
    <Stack gap="sm">
      <FormAlert title="The claims could not be loaded">
        {list.error ? errorMessage(list.error) : null}
      </FormAlert>
      <DataTable
        label={label}
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        rowHref={(r) => claimPath(r.id)}
        sort={sort}
        onSortChange={(s) => {
          setSort(s);
          setPage(1);
        }}
        refreshing={list.isFetching && !!list.data}
        loadingRows={3}
        empty={<Text c="dimmed">{empty}</Text>}
      />
      {list.data && list.data.total > PAGE_SIZE && (
        <Pager
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          noun={{ one: 'claim', many: 'claims' }}
          onPageChange={setPage}
        />
      )}
    </Stack>
  );
}
