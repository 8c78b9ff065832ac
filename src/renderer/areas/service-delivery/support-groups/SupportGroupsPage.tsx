import { Anchor, Badge, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { Pager } from '../../../components/data-table/Pager';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { supportGroupClusterPath } from './support-groups-paths';

const c = contract.supportGroups;

/**
 * Lead mentors' support groups: the clusters the signed-in person supports (a lead mentor their
 * own; co-ordinators every one) with when each group is next due; and, for regional managers and
 * co-ordinators, the concerns summaries the groups have passed on.
 */
export function SupportGroupsPage() {
  const { session } = useSignedIn();
  const seesClusters = mayCall(c.clusters, session.roles);
  const seesSummaries = mayCall(c.summaries, session.roles);
  return (
    <Page
      title="Support groups"
      description={
        seesClusters
          ? 'Each cluster’s lead mentor support group, meeting every few weeks, and the concerns passed on to the regional manager.'
          : 'Concerns the lead mentors’ support groups have passed on. They name nobody.'
      }
    >
      <Stack gap="lg">
        {seesClusters && <ClusterTable />}
        {seesSummaries && <Summaries />}
      </Stack>
    </Page>
  );
}

function ClusterTable() {
  const clusters = useChannelQuery(c.clusters, {});
  return (
    <Stack gap="sm" component="section" aria-labelledby="clusters-heading">
      <Title order={2} fz="h4" id="clusters-heading">
        Clusters
      </Title>
      <FormAlert title="The clusters could not be loaded">
        {clusters.error ? errorMessage(clusters.error) : null}
      </FormAlert>
      {!clusters.data && !clusters.error && <Loader aria-label="Loading the clusters" />}
      {clusters.data?.length === 0 && <Text c="dimmed">You do not lead a cluster’s support group.</Text>}
      {!!clusters.data?.length && (
        <TableScroll label="Clusters and their support groups" minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Cluster</Table.Th>
                <Table.Th scope="col">Lead mentor</Table.Th>
                <Table.Th scope="col">Last met</Table.Th>
                <Table.Th scope="col">Next meeting due</Table.Th>
                <Table.Th scope="col">Meetings</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clusters.data.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={RouterLink} to={supportGroupClusterPath(row.id)}>
                      {row.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{row.leadMentors.join(', ') || <Text c="dimmed">No lead mentor</Text>}</Table.Td>
                  <Table.Td>{row.lastMetOn ? formatUkDate(row.lastMetOn) : 'Not yet'}</Table.Td>
                  <Table.Td>
                    <DueBadge due={row.nextDueOn} overdue={row.overdue} />
                  </Table.Td>
                  <Table.Td>{row.meetings}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

/** The due date, marked when it has passed. */
export function DueBadge({ due, overdue }: { due: string; overdue: boolean }) {
  return overdue ? (
    <Badge color="red" variant="light">
      Overdue since {formatUkDate(due)}
    </Badge>
  ) : (
    <span>{formatUkDate(due)}</span>
  );
}

const PAGE_SIZE = 20;

/** Cluster, date and summary: everything the regional manager's channel returns. */
function Summaries() {
  const [page, setPage] = useState(1);
  const list = useChannelQuery(
    c.summaries,
    { page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="summaries-heading">
      <Title order={2} fz="h4" id="summaries-heading">
        Concerns passed to the regional manager
      </Title>
      <FormAlert title="The summaries could not be loaded">
        {list.error ? errorMessage(list.error) : null}
      </FormAlert>
      {!list.data && !list.error && <Loader aria-label="Loading the summaries" />}
      {list.data?.items.length === 0 && <Text c="dimmed">No support group has passed on a concern yet.</Text>}
      {list.data?.items.map((s, i) => (
        <Card key={`${s.clusterName}-${s.heldOn}-${i}`} withBorder padding="md" component="article">
          <Text fw={600}>
            {s.clusterName}, meeting of {formatUkDate(s.heldOn)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{s.concernsSummary}</Text>
        </Card>
      ))}
      {list.data && list.data.total > PAGE_SIZE && (
        <Pager
          total={list.data.total}
          page={list.data.page}
          pageSize={list.data.pageSize}
          noun={{ one: 'summary', many: 'summaries' }}
          onPageChange={setPage}
        />
      )}
    </Stack>
  );
}
