import { Badge, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ActionPlanRow } from '../../../../shared/contract/plans';
import { GOAL_STATUS_LABELS, GOAL_STATUSES } from '../../../../shared/matching/relationship';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { useSignedIn } from '../../../session/session-context';
import { useListSearch } from '../../service-development/establishments/use-list-search';
import { matchPath } from '../../service-delivery/matches/match-paths';
import { MatchStageBadge } from '../../service-delivery/matches/MatchStageBadge';
import { STATUS_COLOURS, ukOrDash } from './plan-format';

const PAGE_SIZE = 50;
const DEFAULTS = { search: '', myCaseload: false, page: 1 };
const NO_SORT = { sortBy: 'name', sortDir: 'asc' } as const;

/** Goals counted by status, as small badges; another caseworker's counts are withheld (null). */
function GoalCounts({ row }: { row: ActionPlanRow }) {
  if (row.goals === null) return <Text c="dimmed">—</Text>;
  if (row.goals === 0) return <Text c="dimmed">No goals yet</Text>;
  return (
    <Group gap={4}>
      {GOAL_STATUSES.filter((s) => row.byStatus[s]).map((s) => (
        <Badge key={s} variant="light" color={STATUS_COLOURS[s]} style={{ textTransform: 'none' }}>
          {row.byStatus[s]} {GOAL_STATUS_LABELS[s].toLowerCase()}
        </Badge>
      ))}
    </Group>
  );
}

const COLUMNS: Column<ActionPlanRow, 'name'>[] = [
  { key: 'mentee', header: 'Mentee', render: (row) => row.menteeName },
  { key: 'mentor', header: 'Mentor', render: (row) => row.mentorName, width: 180 },
  { key: 'stage', header: 'Match', render: (row) => <MatchStageBadge stage={row.stage} />, width: 150 },
  { key: 'goals', header: 'Goals', render: (row) => <GoalCounts row={row} />, width: 320 },
  { key: 'review', header: 'Next review', render: (row) => ukOrDash(row.nextReviewDue), width: 120 },
];

/** Matches with a plan under way, and how their goals stand. */
export function ActionPlansPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const [searchText, setSearchText] = useState(params.search);
  const applySearch = useDebouncedCallback(
    (search: string) => setParams({ search: search.trim(), page: 1 }),
    250,
  );
  const list = useChannelQuery(
    contract.plans.list,
    {
      ...(params.search ? { search: params.search } : {}),
      myCaseload: params.myCaseload,
      page: params.page,
      pageSize: PAGE_SIZE,
    },
    { placeholderData: keepPreviousData },
  );
  return (
    <Page
      title="Action plans"
      description="Matches from the three-way meeting on, with their SMART goals counted by status. Open one to work on its plan."
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" role="search" aria-label="Find action plans">
          <TextInput
            label="Search"
            description="Mentee’s name or match reference"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={260}
          />
          {session.roles.includes('caseworker') && (
            <Switch
              label="My caseload only"
              checked={params.myCaseload}
              onChange={(event) => setParams({ myCaseload: event.currentTarget.checked, page: 1 })}
              mb={8}
            />
          )}
        </Group>
        <FormAlert title="The action plans could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Action plans"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => matchPath(row.id, 'plan')}
          sort={NO_SORT}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={6}
          empty={
            params.search || params.myCaseload ? 'No match fits these filters.' : 'No plans under way yet.'
          }
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'match', many: 'matches' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
        {!list.data && !list.error && (
          <Text size="sm" c="dimmed">
            Loading action plans…
          </Text>
        )}
      </Stack>
    </Page>
  );
}
