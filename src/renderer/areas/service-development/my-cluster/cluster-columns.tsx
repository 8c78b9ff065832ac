import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ClusterClearance, ClusterMentorRow } from '../../../../shared/contract/mentors';
import type { Column } from '../../../components/data-table/types';
import { formatDate } from '../../../components/dates';
import { atStageText } from '../mentors/mentor-format';
import { StageBadge } from '../mentors/StageBadge';
import { hoursText, STEP_COLOURS, type ClusterSort } from './cluster-format';

/** The dates recorded so far, in the order the paperwork goes: "Forms 02/11/2026 · ID 02/11/2026". */
function paperworkDates(c: ClusterClearance): string {
  const steps: [string, string | null][] = [
    ['Forms', c.formsSubmittedOn],
    ['ID', c.idSeenOn],
    ['Security session', c.securityAwarenessOn],
    ['Cleared', c.clearedOn],
    ['Expires', c.expiresOn],
  ];
  return steps
    .filter(([, on]) => on)
    .map(([what, on]) => `${what} ${formatDate(on)}`)
    .join(' · ');
}

function Clearances({ row }: { row: ClusterMentorRow }) {
  if (!row.clearances.length)
    return (
      <Text size="sm" c="dimmed">
        None begun
      </Text>
    );
  return (
    <Stack gap={6}>
      {row.clearances.map((c) => (
        <div key={c.id}>
          <Text size="sm" fw={600}>
            {c.establishmentName}
          </Text>
          <Text size="sm">{c.nextStep}</Text>
          {paperworkDates(c) && (
            <Text size="xs" c="dimmed">
              {paperworkDates(c)}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

function Training({ row, threshold }: { row: ClusterMentorRow; threshold: number }) {
  return (
    <Stack gap={2}>
      <Text size="sm">
        {hoursText(row.initialHours, threshold)}
        {row.initialHoursMet && (
          <Badge ml="xs" size="sm" color="teal" variant="light" style={{ textTransform: 'none' }}>
            Done
          </Badge>
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {row.nextSessionOn
          ? `Next session ${formatDate(row.nextSessionOn)}${row.nextSessionCourse ? `, ${row.nextSessionCourse}` : ''}`
          : 'No session to come'}
      </Text>
    </Stack>
  );
}

function Contact({ row }: { row: ClusterMentorRow }) {
  if (!row.email && !row.phone)
    return (
      <Text size="sm" c="dimmed">
        None recorded
      </Text>
    );
  return (
    <Stack gap={2}>
      {row.email && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.email}
        </Text>
      )}
      {row.phone && <Text size="sm">{row.phone}</Text>}
    </Stack>
  );
}

function NextStep({ row }: { row: ClusterMentorRow }) {
  return (
    <Group gap={8} wrap="nowrap" align="baseline">
      <Box
        w={10}
        h={10}
        style={{ borderRadius: '50%', flexShrink: 0 }}
        bg={`${STEP_COLOURS[row.step]}.6`}
        aria-hidden
      />
      <Text size="sm" fw={500}>
        {row.nextStep}
      </Text>
    </Group>
  );
}

/** The cluster table's columns; the cluster's name only when several clusters are shown at once. */
export function clusterColumns(
  threshold: number,
  showCluster: boolean,
): Column<ClusterMentorRow, ClusterSort>[] {
  const cols: Column<ClusterMentorRow, ClusterSort>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      width: 190,
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
      key: 'next',
      header: 'Next step',
      sortKey: 'step',
      width: 220,
      render: (row) => <NextStep row={row} />,
    },
    {
      key: 'clearance',
      header: 'Prison clearance',
      render: (row) => <Clearances row={row} />,
    },
    {
      key: 'training',
      header: 'Initial training',
      sortKey: 'training',
      width: 190,
      render: (row) => <Training row={row} threshold={threshold} />,
    },
    {
      key: 'stage',
      header: 'Stage',
      sortKey: 'stage',
      width: 170,
      render: (row) => (
        <Stack gap={4} align="flex-start">
          <StageBadge stage={row.stage} />
          <Text size="xs" c="dimmed">
            {atStageText(row.daysInStage)}
          </Text>
        </Stack>
      ),
    },
    { key: 'contact', header: 'Contact', width: 210, render: (row) => <Contact row={row} /> },
  ];
  if (showCluster)
    cols.splice(1, 0, {
      key: 'cluster',
      header: 'Cluster',
      width: 120,
      render: (row) => row.clusterName ?? '—',
    });
  return cols;
}
