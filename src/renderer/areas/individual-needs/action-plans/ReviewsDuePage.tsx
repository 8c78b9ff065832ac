import { Badge, Stack, Switch, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { contract } from '../../../../shared/contract';
import type { ReviewDueRow } from '../../../../shared/contract/plans';
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
import { dueText, ukOrDash } from './plan-format';

const PAGE_SIZE = 50;
const DEFAULTS = { myCaseload: false, page: 1 };
const NO_SORT = { sortBy: 'due', sortDir: 'asc' } as const;

const COLUMNS: Column<ReviewDueRow, 'due'>[] = [
  { key: 'mentee', header: 'Mentee', render: (row) => row.menteeName },
  { key: 'mentor', header: 'Mentor', render: (row) => row.mentorName, width: 200 },
  { key: 'reference', header: 'Match', render: (row) => row.reference, width: 140 },
  {
    key: 'due',
    header: 'Review due',
    render: (row) => (
      <Stack gap={2}>
        <span>{ukOrDash(row.nextReviewDue)}</span>
        <Badge
          variant="light"
          color={row.daysUntil < 0 ? 'red' : 'orange'}
          style={{ textTransform: 'none' }}
          w="fit-content"
        >
          {dueText(row.daysUntil)}
        </Badge>
      </Stack>
    ),
    width: 190,
  },
  { key: 'last', header: 'Last review', render: (row) => ukOrDash(row.lastReviewOn), width: 130 },
];

/** Active matches whose three-monthly review is due within two weeks or overdue, overdue first. */
export function ReviewsDuePage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const list = useChannelQuery(
    contract.plans.reviewsDue,
    { myCaseload: params.myCaseload, page: params.page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  return (
    <Page
      title="Reviews due"
      description={`Active matches whose review falls within the next ${list.data?.withinDays ?? 14} days or has passed. Open one to record the review.`}
    >
      <Stack gap="md">
        {session.roles.includes('caseworker') && (
          <Switch
            label="My caseload only"
            checked={params.myCaseload}
            onChange={(event) => setParams({ myCaseload: event.currentTarget.checked, page: 1 })}
          />
        )}
        <FormAlert title="The reviews due could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        <DataTable
          label="Reviews due"
          columns={COLUMNS}
          rows={list.data?.items}
          rowKey={(row) => row.id}
          rowHref={(row) => matchPath(row.id, 'reviews')}
          sort={NO_SORT}
          onSortChange={() => undefined}
          refreshing={list.isPlaceholderData}
          loadingRows={6}
          empty="No reviews are due in the next two weeks."
        />
        {list.data && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'review', many: 'reviews' }}
            onPageChange={(page) => setParams({ page })}
          />
        )}
        {!list.data && !list.error && (
          <Text size="sm" c="dimmed">
            Loading the reviews due…
          </Text>
        )}
      </Stack>
    </Page>
  );
}
