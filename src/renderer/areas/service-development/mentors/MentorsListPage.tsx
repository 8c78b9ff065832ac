import { Badge, Button, Group, MultiSelect, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import { MENTOR_SORTS, type MentorRow } from '../../../../shared/contract/mentors';
import {
  CLOSED_STAGES,
  GATED_STAGES,
  MENTOR_STAGES,
  type MentorStage,
} from '../../../../shared/mentors/pipeline';
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
import { useListSearch } from '../establishments/use-list-search';
import { daysText, STAGE_OPTIONS } from './mentor-format';
import { MENTORS_PATH, mentorPath } from './mentor-paths';
import { StageBadge } from './StageBadge';

type Sort = (typeof MENTOR_SORTS)[number];
const m = contract.mentors;
const PAGE_SIZE = 50;
const DEFAULTS = {
  search: '',
  stages: '',
  clusterId: '',
  heardVia: '',
  leadMentorsOnly: false,
  missingBeforeReady: false,
  sortBy: 'name',
  sortDir: 'asc',
  page: 1,
};

function columns(showUnmet: boolean): Column<MentorRow, Sort>[] {
  const cols: Column<MentorRow, Sort>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (row) => (
        <>
          {row.displayName}
          {row.isLeadMentor && (
            <Badge ml="xs" size="sm" variant="outline" style={{ textTransform: 'none' }}>
              Lead mentor
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'stage',
      header: 'Stage',
      sortKey: 'stage',
      render: (row) => <StageBadge stage={row.stage} />,
      width: 200,
    },
    {
      key: 'since',
      header: 'In stage for',
      sortKey: 'stageSince',
      render: (row) => daysText(row.daysInStage),
      width: 140,
    },
    { key: 'cluster', header: 'Cluster', render: (row) => row.clusterName ?? '—', width: 180 },
  ];
  if (showUnmet)
    cols.push({
      key: 'unmet',
      header: 'Still missing before ready',
      render: (row) => {
        const n = row.unmetCount;
        const conditions = `${n} condition${n === 1 ? '' : 's'}`;
        if (CLOSED_STAGES.includes(row.stage) || n === null) return '—';
        // A ready or matched mentor whose DBS check has since lapsed (or similar) must stand out.
        if (GATED_STAGES.includes(row.stage))
          return n === 0 ? '—' : <Text c="red.8" fw={600} size="sm">{`${conditions} no longer met`}</Text>;
        return n === 0 ? 'Nothing' : conditions;
      },
      width: 200,
    });
  return cols;
}

/** Every mentor the person may see, searched, filtered, sorted and a page at a time by the core. */
export function MentorsListPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const [searchText, setSearchText] = useState(params.search);
  const applySearch = useDebouncedCallback(
    (search: string) => setParams({ search: search.trim(), page: 1 }),
    250,
  );
  const mayVet = mayCall(m.readiness, session.roles);

  const sortBy = (MENTOR_SORTS as readonly string[]).includes(params.sortBy)
    ? (params.sortBy as Sort)
    : 'name';
  const sortDir = params.sortDir === 'desc' ? 'desc' : 'asc';
  const stages = params.stages
    .split(',')
    .filter((s): s is MentorStage => (MENTOR_STAGES as readonly string[]).includes(s));
  const input: InputOf<typeof m.list> = {
    ...(params.search ? { search: params.search } : {}),
    ...(stages.length ? { stages } : {}),
    ...(params.clusterId ? { clusterId: params.clusterId } : {}),
    ...(params.heardVia ? { heardVia: params.heardVia } : {}),
    leadMentorsOnly: params.leadMentorsOnly,
    missingBeforeReady: mayVet && params.missingBeforeReady,
    sortBy,
    sortDir,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(m.list, input, { placeholderData: keepPreviousData });
  const clusters = useChannelQuery(contract.establishments.clusters, {});
  const sources = useChannelQuery(m.recruitmentSources, {});
  const filtered = Boolean(
    params.search ||
    stages.length ||
    params.clusterId ||
    params.heardVia ||
    params.leadMentorsOnly ||
    input.missingBeforeReady,
  );

  return (
    <Page
      title="Mentors"
      description="Volunteer mentors from their first enquiry onwards."
      actions={
        mayCall(m.create, session.roles) && (
          <Button
            component={RouterLink}
            to={`${MENTORS_PATH}/new`}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            Add a mentor
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Find mentors">
          <TextInput
            label="Search"
            description="First, last or preferred name"
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
            data={STAGE_OPTIONS}
            value={stages}
            onChange={(value) => setParams({ stages: value.join(','), page: 1 })}
            clearable
            w={280}
          />
          <Select
            label="Cluster"
            placeholder="All clusters"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={params.clusterId || null}
            onChange={(value) => setParams({ clusterId: value ?? '', page: 1 })}
            clearable
            searchable
            nothingFoundMessage="No cluster has that name"
            w={200}
          />
          <Select
            label="How they heard"
            placeholder="Any way"
            data={(sources.data ?? []).map((s) => s.name)}
            value={params.heardVia || null}
            onChange={(value) => setParams({ heardVia: value ?? '', page: 1 })}
            clearable
            searchable
            w={220}
          />
        </Group>
        <Group gap="lg">
          <Switch
            label="Lead mentors only"
            checked={params.leadMentorsOnly}
            onChange={(event) => setParams({ leadMentorsOnly: event.currentTarget.checked, page: 1 })}
          />
          {mayVet && (
            <Switch
              label="Only those still missing something before ready"
              checked={params.missingBeforeReady}
              onChange={(event) => setParams({ missingBeforeReady: event.currentTarget.checked, page: 1 })}
            />
          )}
        </Group>
        <FormAlert title="The mentors could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Mentors"
          columns={columns(mayVet)}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => mentorPath(row.id)}
          sort={{ sortBy, sortDir }}
          onSortChange={(sort) => setParams({ ...sort, page: 1 })}
          refreshing={list.isPlaceholderData}
          loadingRows={8}
          empty={filtered ? 'No mentor matches these filters.' : 'No mentors yet.'}
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'mentor', many: 'mentors' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
        {!list.data && !list.error && (
          <Text size="sm" c="dimmed">
            Loading mentors…
          </Text>
        )}
      </Stack>
    </Page>
  );
}
