import { Group, MultiSelect, Stack, Switch, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { contract, type InputOf } from '../../../../shared/contract';
import { MATCH_SORTS, type MatchRow } from '../../../../shared/contract/matches';
import { MATCH_STAGES, type MatchStage } from '../../../../shared/matching/match';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { Pager } from '../../../components/data-table/Pager';
import type { Column } from '../../../components/data-table/types';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { useSignedIn } from '../../../session/session-context';
import { useListSearch } from '../../service-development/establishments/use-list-search';
import { MATCH_STAGE_OPTIONS, ukOrDash } from './match-format';
import { matchPath } from './match-paths';
import { MatchStageBadge } from './MatchStageBadge';

type Sort = (typeof MATCH_SORTS)[number];
const PAGE_SIZE = 50;
const DEFAULTS = {
  stages: '',
  myCaseload: false,
  needsAttention: false,
  sortBy: 'reference',
  sortDir: 'desc',
  page: 1,
};

const COLUMNS: Column<MatchRow, Sort>[] = [
  {
    key: 'reference',
    header: 'Reference',
    sortKey: 'reference',
    // A reference is read as one word: never broken at its hyphens.
    render: (r) => <span style={{ whiteSpace: 'nowrap' }}>{r.reference}</span>,
    width: 140,
  },
  { key: 'mentee', header: 'Mentee', sortKey: 'mentee', render: (r) => r.menteeName },
  { key: 'mentor', header: 'Mentor', render: (r) => r.mentorName },
  { key: 'where', header: 'Establishment', render: (r) => r.establishmentName ?? '—' },
  {
    key: 'stage',
    header: 'Stage',
    sortKey: 'stageSince',
    render: (r) => (
      // The date goes under the badge when the window is narrow, so every column stays in view at 1024 px.
      <Group gap={6} wrap="wrap">
        <MatchStageBadge stage={r.stage} />
        <Text size="xs" c="dimmed">
          since {ukOrDash(r.stageSince)}
        </Text>
      </Group>
    ),
  },
  {
    key: 'review',
    header: 'Next review',
    sortKey: 'nextReviewDue',
    render: (r) => ukOrDash(r.nextReviewDue),
    width: 110,
  },
  // Someone else's caseload: the last contact is not sent, and shows as a dash.
  { key: 'contact', header: 'Last contact', render: (r) => ukOrDash(r.lastContactOn), width: 110 },
];

/** Every match the person may see, by stage; a caseworker can keep to their own caseload. */
export function MatchesListPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const sortBy = (MATCH_SORTS as readonly string[]).includes(params.sortBy)
    ? (params.sortBy as Sort)
    : 'reference';
  const sortDir = params.sortDir === 'asc' ? 'asc' : 'desc';
  const stages = params.stages
    .split(',')
    .filter((s): s is MatchStage => (MATCH_STAGES as readonly string[]).includes(s));
  const input: InputOf<typeof contract.matches.list> = {
    ...(stages.length ? { stages } : {}),
    myCaseload: params.myCaseload,
    needsAttention: params.needsAttention,
    sortBy,
    sortDir,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(contract.matches.list, input, { placeholderData: keepPreviousData });
  const filtered = Boolean(stages.length || params.myCaseload || params.needsAttention);
  const caseworker = session.roles.includes('caseworker');

  return (
    <Page title="Matches" description="Mentors and mentees matched, from the proposal to the ending.">
      <Stack gap="md">
        <Group align="flex-end" gap="lg" wrap="wrap" role="search" aria-label="Filter the matches">
          <MultiSelect
            label="Stages"
            placeholder={stages.length ? undefined : 'All stages'}
            data={MATCH_STAGE_OPTIONS}
            value={stages}
            onChange={(value) => setParams({ stages: value.join(','), page: 1 })}
            clearable
            w={320}
          />
          <Switch
            label="Needs attention"
            description="Waiting for answers, review overdue or contact lapsed"
            checked={params.needsAttention}
            onChange={(event) => setParams({ needsAttention: event.currentTarget.checked, page: 1 })}
          />
          {caseworker && (
            <Switch
              label="My caseload only"
              checked={params.myCaseload}
              onChange={(event) => setParams({ myCaseload: event.currentTarget.checked, page: 1 })}
            />
          )}
        </Group>
        <FormAlert title="The matches could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Matches"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => matchPath(row.id)}
          sort={{ sortBy, sortDir }}
          onSortChange={(sort) => setParams({ ...sort, page: 1 })}
          refreshing={list.isPlaceholderData}
          loadingRows={8}
          empty={
            filtered ? 'No match fits these filters.' : 'No matches yet. Matches are proposed from Matching.'
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
      </Stack>
    </Page>
  );
}
