import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { SupportMeeting } from '../../../../shared/contract/support-groups';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES } from '../../../../shared/support-groups/support-groups';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { MeetingModal } from './MeetingModal';
import { SUPPORT_GROUPS_PATH } from './support-groups-paths';
import { DueBadge } from './SupportGroupsPage';

const BackToList = () => (
  <Anchor component={RouterLink} to={SUPPORT_GROUPS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All support groups
    </Group>
  </Anchor>
);

/** One cluster's support group: when it is next due, and every meeting with who came and what was said. */
export function ClusterSupportGroupPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.supportGroups.cluster, { clusterId: id });
  const [editing, setEditing] = useState<SupportMeeting | 'new' | null>(null);
  if (found.error)
    return (
      <Page title="Support group">
        <FormAlert title="The support group could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the support group" />;
  const g = found.data;
  return (
    <Page
      title={`${g.name} support group`}
      description={
        <Group gap="xs" component="span">
          <span>Next meeting due:</span>
          <DueBadge due={g.nextDueOn} overdue={g.overdue} />
        </Group>
      }
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          Record a meeting
        </Button>
      }
    >
      <BackToList />
      <Stack gap="md">
        {g.meetings.length === 0 && (
          <Text c="dimmed">No meeting has been recorded for this cluster yet.</Text>
        )}
        {g.meetings.map((m) => (
          <MeetingCard key={m.id} meeting={m} onEdit={() => setEditing(m)} />
        ))}
      </Stack>
      {editing && (
        <MeetingModal
          clusterId={g.id}
          members={g.members}
          meeting={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}

function MeetingCard({ meeting: m, onEdit }: { meeting: SupportMeeting; onEdit(): void }) {
  const titleId = `meeting-${m.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} fz="h4" id={titleId}>
            Meeting of {formatUkDate(m.heldOn)}
          </Title>
          {m.venue && <Text c="dimmed">{m.venue}</Text>}
        </div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={onEdit}
          aria-label={`Change the meeting of ${formatUkDate(m.heldOn)}`}
        >
          Change
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <Text fw={600} size="sm" c="dimmed">
            Attendance
          </Text>
          {ATTENDANCE_STATUSES.map((status) => {
            const who = m.attendance.filter((a) => a.status === status).map((a) => a.mentorName);
            return who.length ? (
              <Text key={status} size="sm">
                {ATTENDANCE_LABELS[status]}: {who.join(', ')}
              </Text>
            ) : null;
          })}
          {m.attendance.length === 0 && <Text size="sm">Not recorded</Text>}
        </div>
        <div>
          <Text fw={600} size="sm" c="dimmed">
            Themes
          </Text>
          <Group gap={6}>
            {m.themes.length ? (
              m.themes.map((t) => (
                <Badge key={t} variant="light" color="gray" tt="none">
                  {t}
                </Badge>
              ))
            ) : (
              <Text size="sm">None listed</Text>
            )}
          </Group>
        </div>
      </SimpleGrid>
      {m.notes && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.notes}
        </Text>
      )}
      <Card withBorder={false} bg="var(--mantine-color-default-hover)" padding="sm" mt="sm">
        <Text fw={600} size="sm" c="dimmed">
          Concerns passed to the regional manager
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{m.concernsSummary || 'None this time'}</Text>
      </Card>
    </Card>
  );
}
