import { Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { PoolRow } from '../../../../shared/contract/matching';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { useListSearch } from '../../service-development/establishments/use-list-search';
import { suggestionsPath } from '../matches/match-paths';
import { monthsText } from './matching-format';

const PAGE_SIZE = 50;
const DEFAULTS = { search: '', page: 1 };

const COLUMNS: Column<PoolRow, 'release'>[] = [
  {
    key: 'name',
    header: 'Mentee',
    render: (row) => (
      <div>
        <Text size="sm">{row.displayName}</Text>
        <Text size="xs" c="dimmed">
          {row.reference}
        </Text>
      </div>
    ),
  },
  { key: 'where', header: 'Establishment', render: (row) => row.establishmentName ?? '—', width: 200 },
  {
    key: 'release',
    header: 'Release',
    render: (row) =>
      row.releaseDate ? (
        <div>
          <Text size="sm">{formatUkDate(row.releaseDate)}</Text>
          <Text size="xs" c="dimmed">
            {monthsText(row.monthsToRelease)}
          </Text>
        </div>
      ) : (
        'Not known'
      ),
    width: 160,
  },
  {
    key: 'warnings',
    header: 'Warnings',
    render: (row) => (
      <Group gap={6}>
        {row.releaseWarning && (
          <Badge color="orange" variant="light">
            Release soon
          </Badge>
        )}
        {row.declines.length > 0 && (
          <Badge color="gray" variant="light">
            {row.declines.length === 1 ? 'Declined once' : `Declined ${row.declines.length} times`}
          </Badge>
        )}
        {!row.releaseWarning && row.declines.length === 0 && '—'}
      </Group>
    ),
    width: 240,
  },
];

/** Ready mentees waiting for a mentor, soonest release first; each opens its suggestions. */
export function MatchingPoolPage() {
  const [params, setParams] = useListSearch(DEFAULTS);
  const [searchText, setSearchText] = useState(params.search);
  const applySearch = useDebouncedCallback(
    (search: string) => setParams({ search: search.trim(), page: 1 }),
    250,
  );
  const list = useChannelQuery(
    contract.matching.pool,
    { ...(params.search ? { search: params.search } : {}), page: params.page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  return (
    <Page
      title="Matching"
      description="Mentees ready for a mentor and not yet matched, the soonest release first. Open one to see suggested mentors and why."
    >
      <Stack gap="md">
        <Group role="search" aria-label="Find mentees waiting for a match">
          <TextInput
            label="Search"
            description="Name or programme reference"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={260}
          />
        </Group>
        <FormAlert title="The mentees waiting for a match could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Mentees waiting for a match"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => suggestionsPath(row.id)}
          sort={{ sortBy: 'release', sortDir: 'asc' }}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={6}
          empty={
            params.search ? 'No waiting mentee matches this search.' : 'No mentee is waiting for a match.'
          }
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'mentee', many: 'mentees' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
      </Stack>
    </Page>
  );
}
