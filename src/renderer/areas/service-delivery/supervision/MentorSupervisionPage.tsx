import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPhone, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { SupervisionRecord } from '../../../../shared/contract/supervision';
import type { MentorStage } from '../../../../shared/mentors/pipeline';
import {
  CALL_DIRECTION_LABELS,
  GROUP_ATTENDANCE_LABELS,
  SUPERVISION_KIND_LABELS,
} from '../../../../shared/supervision/supervision';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { useSignedIn } from '../../../session/session-context';
import { mentorPath } from '../../service-development/mentors/mentor-paths';
import { StageBadge } from '../../service-development/mentors/StageBadge';
import { CallModal } from './CallModal';
import { SupervisionModal } from './SupervisionModal';
import { supervisionSessionPath, supervisionTabPath } from './supervision-paths';

const BackToDue = () => (
  <Anchor component={RouterLink} to={supervisionTabPath('due')} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      Due for supervision
    </Group>
  </Anchor>
);

/** One mentor's supervision: the individual sessions, group attendance and telephone support. */
export function MentorSupervisionPage() {
  const { id = '' } = useParams();
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.supervision.mentor, { mentorId: id });
  const [open, setOpen] = useState<'record' | 'call' | null>(null);
  if (found.error)
    return (
      <Page title="Supervision">
        <FormAlert title="The mentor’s supervision could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToDue />
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the mentor’s supervision" />;
  const m = found.data;
  const today = ukToday(new Date());
  return (
    <Page
      title={`Supervision of ${m.mentorName}`}
      actions={
        <>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen('record')}>
            Record supervision
          </Button>
          <Button
            variant="default"
            leftSection={<IconPhone size={16} aria-hidden />}
            onClick={() => setOpen('call')}
          >
            Log a call
          </Button>
        </>
      }
    >
      <Group justify="space-between">
        <BackToDue />
        <Anchor component={RouterLink} to={mentorPath(m.mentorId)} size="sm">
          Mentor record (to change their stage, for example on hold)
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Fact label="Stage">
          <StageBadge stage={m.stage as MentorStage} />
        </Fact>
        <Fact label="Last supervised">{m.lastSupervisedOn ? formatUkDate(m.lastSupervisedOn) : 'Never'}</Fact>
        <Fact label="Next supervision due">
          {/* Marked as on the Due list, so the mentor's page agrees with it. */}
          <Group gap={6}>
            {m.nextDueOn ? formatUkDate(m.nextDueOn) : 'Not expected'}
            {m.nextDueOn && m.nextDueOn < today && (
              <Badge color="red" variant="light" size="sm" tt="none">
                Overdue
              </Badge>
            )}
            {m.nextDueOn === today && (
              <Badge color="yellow" variant="light" size="sm" tt="none">
                Due today
              </Badge>
            )}
          </Group>
        </Fact>
        <Fact label="Group sessions missed in a row">
          <Group gap={6}>
            {/* A string: Group drops falsy children, and 0 must show. */}
            {String(m.missedStreak)}
            {m.missed.some((x) => x.apologies) && (
              <Text size="xs" c="dimmed">
                ({m.missed.filter((x) => x.apologies).length} with apologies)
              </Text>
            )}
          </Group>
        </Fact>
      </SimpleGrid>

      <Title order={2} fz="h4">
        Individual supervision
      </Title>
      {m.records.length === 0 && <Text c="dimmed">No individual supervision has been recorded yet.</Text>}
      <Stack>
        {m.records.map((r) => (
          <RecordCard key={r.id} record={r} />
        ))}
      </Stack>

      <Title order={2} fz="h4">
        Group supervision
      </Title>
      {m.attendance.length === 0 ? (
        <Text c="dimmed">Not marked on any group session yet.</Text>
      ) : (
        <Group gap="xs">
          {m.attendance.map((a) => (
            <Anchor
              key={a.sessionId}
              component={RouterLink}
              to={supervisionSessionPath(a.sessionId)}
              size="sm"
            >
              <Badge
                variant="light"
                tt="none"
                color={a.status === 'attended' ? 'green' : a.status === 'apologies' ? 'yellow' : 'red'}
                style={{ cursor: 'pointer' }}
              >
                {formatUkDate(a.heldOn)}: {GROUP_ATTENDANCE_LABELS[a.status]}
              </Badge>
            </Anchor>
          ))}
        </Group>
      )}

      <Title order={2} fz="h4">
        Telephone support
      </Title>
      {m.calls.length === 0 ? (
        <Text c="dimmed">No calls logged.</Text>
      ) : (
        <TableScroll label="Telephone support calls" minWidth={700}>
          <Table striped aria-label="Telephone support calls">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Call</Table.Th>
                <Table.Th scope="col">Minutes</Table.Th>
                <Table.Th scope="col">Topic</Table.Th>
                <Table.Th scope="col">Follow-up</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.calls.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatUkDate(c.calledOn)}</Table.Td>
                  <Table.Td>
                    {CALL_DIRECTION_LABELS[c.direction]} ({c.staffName})
                  </Table.Td>
                  <Table.Td>{c.minutes}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.topic}</Table.Td>
                  <Table.Td>
                    {c.followUpNeeded ? `Needed${c.followUpNote ? `: ${c.followUpNote}` : ''}` : 'None'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {open === 'record' && (
        <SupervisionModal
          mentorId={m.mentorId}
          mentorName={m.mentorName}
          matches={m.matches}
          supervisorName={session.displayName}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'call' && (
        <CallModal
          mentorId={m.mentorId}
          mentorName={m.mentorName}
          staffName={session.displayName}
          onClose={() => setOpen(null)}
        />
      )}
    </Page>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600} component="div">
        {children}
      </Text>
    </Card>
  );
}

const NOTES: [keyof SupervisionRecord, string][] = [
  ['contactsNote', 'Contact records'],
  ['concerns', 'Concerns'],
  ['trainingNeeds', 'Training needs'],
  ['personalIssues', 'Personal issues'],
  ['actions', 'Actions agreed'],
];

function RecordCard({ record: r }: { record: SupervisionRecord }) {
  const titleId = `supervision-${r.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5" id={titleId}>
          {formatUkDate(r.heldOn)}, {SUPERVISION_KIND_LABELS[r.kind].toLowerCase()}, with {r.supervisorName}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color={r.contactsReviewed ? 'green' : 'gray'} tt="none">
            {r.contactsReviewed ? 'Contact records reviewed' : 'Contact records not reviewed'}
          </Badge>
          {r.nextOn && (
            <Badge variant="light" tt="none">
              Next: {formatUkDate(r.nextOn)}
            </Badge>
          )}
        </Group>
      </Group>
      {r.matchesDiscussed.length > 0 && (
        <Text size="sm" mb={4}>
          Matches discussed: {r.matchesDiscussed.map((x) => x.reference).join(', ')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        {NOTES.filter(([k]) => r[k]).map(([k, label]) => (
          <div key={k}>
            <Text size="sm" fw={600} c="dimmed">
              {label}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {String(r[k])}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
