import { Button, Group, MultiSelect, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconNote, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import { MENTEE_SORTS, type MenteeRow } from '../../../../shared/contract/mentees';
import { MENTEE_STAGES, type MenteeStage } from '../../../../shared/mentees/referral';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { useListSearch } from '../../service-development/establishments/use-list-search';
import { establishmentOptions, inStageText, MENTEE_STAGE_OPTIONS, ukOrBlank } from './mentee-format';
import { menteePath, NEW_REFERRAL_PATH, SELF_REFERRAL_PATH } from './mentee-paths';
import { MenteeStageBadge } from './MenteeStageBadge';

type Sort = (typeof MENTEE_SORTS)[number];
const m = contract.mentees;
const PAGE_SIZE = 50;
const DEFAULTS = {
  search: '',
  stages: '',
  establishmentId: '',
  release: '',
  myCaseload: false,
  sortBy: 'name',
  sortDir: 'asc',
  page: 1,
};
const RELEASE_OPTIONS = [
  { value: '3', label: 'Within 3 months' },
  { value: '6', label: 'Within 6 months' },
  { value: '12', label: 'Within 12 months' },
];

const COLUMNS: Column<MenteeRow, Sort>[] = [
  { key: 'name', header: 'Name', sortKey: 'name', render: (row) => row.displayName },
  { key: 'reference', header: 'Reference', sortKey: 'reference', render: (row) => row.reference, width: 130 },
  {
    key: 'stage',
    header: 'Stage',
    sortKey: 'stageSince',
    render: (row) => (
      <Group gap={6} wrap="nowrap">
        <MenteeStageBadge stage={row.stage} />
        <Text size="xs" c="dimmed">
          {inStageText(row.daysInStage)}
        </Text>
      </Group>
    ),
    width: 260,
  },
  { key: 'where', header: 'Establishment', render: (row) => row.establishmentName ?? '—', width: 180 },
  {
    key: 'release',
    header: 'Release',
    // Only the caseload's release dates reach a caseworker: others show a dash.
    render: (row) => ukOrBlank(row.expectedRelease) || '—',
    width: 110,
  },
  { key: 'caseworker', header: 'Caseworker', render: (row) => row.caseworkerName ?? '—', width: 160 },
];

/** Referrals and mentees the person may see; a caseworker can keep to their own caseload. */
export function MenteesListPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const [searchText, setSearchText] = useState(params.search);
  const applySearch = useDebouncedCallback(
    (search: string) => setParams({ search: search.trim(), page: 1 }),
    250,
  );
  const sortBy = (MENTEE_SORTS as readonly string[]).includes(params.sortBy)
    ? (params.sortBy as Sort)
    : 'name';
  const sortDir = params.sortDir === 'desc' ? 'desc' : 'asc';
  const stages = params.stages
    .split(',')
    .filter((s): s is MenteeStage => (MENTEE_STAGES as readonly string[]).includes(s));
  const release = Number.parseInt(params.release, 10);
  const input: InputOf<typeof m.list> = {
    ...(params.search ? { search: params.search } : {}),
    ...(stages.length ? { stages } : {}),
    ...(params.establishmentId ? { establishmentId: params.establishmentId } : {}),
    ...(Number.isFinite(release) ? { releaseWithinMonths: release } : {}),
    myCaseload: params.myCaseload,
    sortBy,
    sortDir,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(m.list, input, { placeholderData: keepPreviousData });
  const establishments = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const filtered = Boolean(
    params.search || stages.length || params.establishmentId || params.release || params.myCaseload,
  );
  const mayRefer = mayCall(m.create, session.roles);

  return (
    <Page
      title="Referrals and mentees"
      description="People referred for a mentor, from referral to a match."
      actions={
        mayRefer && (
          <>
            <Button
              component={RouterLink}
              to={NEW_REFERRAL_PATH}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              Add a referral
            </Button>
            <Button
              variant="default"
              component={RouterLink}
              to={SELF_REFERRAL_PATH}
              leftSection={<IconNote size={16} aria-hidden />}
            >
              Self-referral slip
            </Button>
          </>
        )
      }
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Find mentees">
          <TextInput
            label="Search"
            description="Name or programme reference"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={240}
          />
          <MultiSelect
            label="Stages"
            placeholder={stages.length ? undefined : 'All stages'}
            data={MENTEE_STAGE_OPTIONS}
            value={stages}
            onChange={(value) => setParams({ stages: value.join(','), page: 1 })}
            clearable
            w={280}
          />
          <Select
            label="Establishment"
            placeholder="All establishments"
            data={establishmentOptions(establishments.data?.items)}
            value={params.establishmentId || null}
            onChange={(value) => setParams({ establishmentId: value ?? '', page: 1 })}
            clearable
            searchable
            nothingFoundMessage="No establishment has that name"
            w={220}
          />
          <Select
            label="Release"
            placeholder="Any time"
            data={RELEASE_OPTIONS}
            value={params.release || null}
            onChange={(value) => setParams({ release: value ?? '', page: 1 })}
            clearable
            w={180}
          />
        </Group>
        <Switch
          label="My caseload only"
          checked={params.myCaseload}
          onChange={(event) => setParams({ myCaseload: event.currentTarget.checked, page: 1 })}
        />
        <FormAlert title="The mentees could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Mentees"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => menteePath(row.id)}
          sort={{ sortBy, sortDir }}
          onSortChange={(sort) => setParams({ ...sort, page: 1 })}
          refreshing={list.isPlaceholderData}
          loadingRows={8}
          empty={filtered ? 'No mentee matches these filters.' : 'No referrals yet.'}
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
        {!list.data && !list.error && (
          <Text size="sm" c="dimmed">
            Loading mentees…
          </Text>
        )}
      </Stack>
    </Page>
  );
}
