import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ClusterClearance, ClusterMentorRow, ClusterStep } from '../../../../shared/contract/mentors';
import type { Column } from '../../../components/data-table/types';
import { formatDate } from '../../../components/dates';
import { atStageText } from '../mentors/mentor-format';
import { StageBadge } from '../mentors/StageBadge';
import { hoursText, STEP_COLOURS, type ClusterSort } from './cluster-format';

/**
 * The dates behind the step: the paperwork done so far while it is under way; once the prison has
 * answered, the date of clearance (and of expiry when it has passed: otherwise the step says it).
 * "Forms 02/11/2026 · ID 02/11/2026".
 */
function clearanceDates(c: ClusterClearance): string {
  const answered = c.clearedOn !== null || c.expiresOn !== null;
  const steps: [string, string | null][] = answered
    ? [
        ['Cleared', c.clearedOn],
        ['Expiry', c.step === 'clearance_expired' ? c.expiresOn : null],
      ]
    : [
        ['Forms', c.formsSubmittedOn],
        ['ID', c.idSeenOn],
        ['Security session', c.securityAwarenessOn],
      ];
  return steps
    .filter(([, on]) => on)
    .map(([what, on]) => `${what} ${formatDate(on)}`)
    .join(' · ');
}

function Dot({ step }: { step: ClusterStep }) {
  return (
    <Box
      w={10}
      h={10}
      mt={5}
      style={{ borderRadius: '50%', flexShrink: 0 }}
      bg={`${STEP_COLOURS[step]}.6`}
      aria-hidden
    />
  );
}

/** Each establishment's next step, with the dates behind it; or that none has begun. */
function Clearances({ row }: { row: ClusterMentorRow }) {
  if (!row.clearances.length)
    return (
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Dot step={row.step} />
        <Text size="sm">{row.nextStep}</Text>
      </Group>
    );
  return (
    <Stack gap={8}>
      {row.clearances.map((c) => (
        <Group key={c.id} gap={8} wrap="nowrap" align="flex-start">
          <Dot step={c.step} />
          <div>
            <Text size="sm" fw={600}>
              {c.nextStep}
            </Text>
            <Text size="sm">{c.establishmentName}</Text>
            {clearanceDates(c) && (
              <Text size="xs" c="dimmed">
                {clearanceDates(c)}
              </Text>
            )}
          </div>
        </Group>
      ))}
    </Stack>
  );
}

function Training({ row, threshold }: { row: ClusterMentorRow; threshold: number }) {
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{hoursText(row.initialHours, threshold)}</Text>
        {row.initialHoursMet && (
          <Badge size="sm" color="teal" variant="light" style={{ textTransform: 'none' }}>
            Done
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {row.nextSessionOn
          ? `Next session ${formatDate(row.nextSessionOn)}${row.nextSessionCourse ? `, ${row.nextSessionCourse}` : ''}`
          : 'No session booked'}
      </Text>
    </Stack>
  );
}

/** A long address wraps after its "@" rather than mid-word. */
function breakableEmail(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
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
      {row.email && <Text size="sm">{breakableEmail(row.email)}</Text>}
      {row.phone && <Text size="sm">{row.phone}</Text>}
    </Stack>
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
      key: 'clearance',
      header: 'Prison clearance: next step',
      sortKey: 'step',
      render: (row) => <Clearances row={row} />,
    },
    {
      key: 'training',
      header: 'Initial training',
      sortKey: 'training',
      width: 180,
      render: (row) => <Training row={row} threshold={threshold} />,
    },
    {
      key: 'stage',
      header: 'Stage',
      sortKey: 'stage',
      width: 160,
      render: (row) => (
        <Stack gap={4} align="flex-start">
          <StageBadge stage={row.stage} />
          <Text size="xs" c="dimmed">
            {atStageText(row.daysInStage)}
          </Text>
        </Stack>
      ),
    },
    { key: 'contact', header: 'Contact', width: 260, render: (row) => <Contact row={row} /> },
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
