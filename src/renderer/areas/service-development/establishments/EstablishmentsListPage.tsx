import { Badge, Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { EstablishmentRow } from '../../../../shared/contract/establishments';
import {
  ESTABLISHMENT_KINDS,
  ESTABLISHMENT_SORTS,
  type EstablishmentKind,
} from '../../../../shared/establishments';
import { useChannelQuery } from '../../../api/channels';
import { errorMessage } from '../../../api/api-error';
import { RouterLink } from '../../../app/RouterLink';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ESTABLISHMENTS_PATH, establishmentPath } from './establishment-paths';
import { KIND_OPTIONS, kindLabel } from './establishment-format';
import { useListSearch } from './use-list-search';

type Sort = (typeof ESTABLISHMENT_SORTS)[number];
const PAGE_SIZE = 50;
const DEFAULTS = {
  search: '',
  kind: '',
  clusterId: '',
  includeArchived: false,
  sortBy: 'name',
  sortDir: 'asc',
  page: 1,
};

const COLUMNS: Column<EstablishmentRow, Sort>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    render: (row) => (
      <>
        {row.name}
        {row.archived && (
          <Badge ml="xs" size="sm" variant="outline" color="gray">
            Archived
          </Badge>
        )}
      </>
    ),
  },
  { key: 'kind', header: 'Kind', sortKey: 'kind', render: (row) => kindLabel(row.kind), width: 220 },
  { key: 'town', header: 'Town', sortKey: 'town', render: (row) => row.town || '—', width: 180 },
  {
    key: 'cluster',
    header: 'Cluster',
    sortKey: 'cluster',
    render: (row) => (row.clusterName ? `${row.clusterName} (${row.regionName ?? 'no region'})` : 'None'),
    width: 260,
  },
];

/** Every establishment, searched, filtered, sorted and a page at a time by the core. */
export function EstablishmentsListPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const [searchText, setSearchText] = useState(params.search);
  const applySearch = useDebouncedCallback(
    (search: string) => setParams({ search: search.trim(), page: 1 }),
    250,
  );

  const sortBy = (ESTABLISHMENT_SORTS as readonly string[]).includes(params.sortBy)
    ? (params.sortBy as Sort)
    : 'name';
  const sortDir = params.sortDir === 'desc' ? 'desc' : 'asc';
  const kind = (ESTABLISHMENT_KINDS as readonly string[]).includes(params.kind)
    ? (params.kind as EstablishmentKind)
    : undefined;
  const input: InputOf<typeof contract.establishments.list> = {
    ...(params.search ? { search: params.search } : {}),
    ...(kind ? { kind } : {}),
    ...(params.clusterId ? { clusterId: params.clusterId } : {}),
    includeArchived: params.includeArchived,
    sortBy,
    sortDir,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(contract.establishments.list, input, { placeholderData: keepPreviousData });
  const clusters = useChannelQuery(contract.establishments.clusters, {});

  return (
    <Page
      title="Establishments"
      description="Prisons, young offender institutions, probation offices and community venues the programme works with."
      actions={
        mayCall(contract.establishments.create, session.roles) && (
          <Button
            component={RouterLink}
            to={`${ESTABLISHMENTS_PATH}/new`}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            Add an establishment
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Find establishments">
          <TextInput
            label="Search"
            description="Name, town or postcode"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={260}
          />
          <Select
            label="Kind"
            placeholder="All kinds"
            data={KIND_OPTIONS}
            value={kind ?? null}
            onChange={(value) => setParams({ kind: value ?? '', page: 1 })}
            clearable
            w={240}
          />
          <Select
            label="Cluster"
            placeholder="All clusters"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.regionName})` }))}
            value={params.clusterId || null}
            onChange={(value) => setParams({ clusterId: value ?? '', page: 1 })}
            clearable
            searchable
            nothingFoundMessage="No cluster has that name"
            w={260}
          />
          <Switch
            label="Include archived"
            checked={params.includeArchived}
            onChange={(event) => setParams({ includeArchived: event.currentTarget.checked, page: 1 })}
            mb={8}
          />
        </Group>
        <FormAlert title="The establishments could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Establishments"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => establishmentPath(row.id)}
          sort={{ sortBy, sortDir }}
          onSortChange={(sort) => setParams({ ...sort, page: 1 })}
          refreshing={list.isPlaceholderData}
          loadingRows={8}
          empty={
            params.search || kind || params.clusterId
              ? 'No establishment matches these filters.'
              : 'No establishments yet.'
          }
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'establishment', many: 'establishments' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
        {!list.data && !list.error && (
          <Text size="sm" c="dimmed">
            Loading establishments…
          </Text>
        )}
      </Stack>
    </Page>
  );
}
