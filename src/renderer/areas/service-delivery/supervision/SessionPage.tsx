import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconSend, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { GroupSessionStatus } from '../../../../shared/supervision/supervision';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { AttendanceRegister } from './AttendanceRegister';
import { SessionModal } from './SessionModal';
import { attendanceSummary, LOOK_COLOURS, LOOK_LABELS, sessionLook } from './supervision-format';
import { SUPERVISION_PATH } from './supervision-paths';

const BackToCalendar = () => (
  <Anchor component={RouterLink} to={SUPERVISION_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      Group supervision calendar
    </Group>
  </Anchor>
);

/** One group supervision date: its details, publish or cancel it, and (from the day) the register. */
export function SessionPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.supervision.session, { id });
  const setStatus = useChannelMutation(contract.supervision.setSessionStatus);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (found.error)
    return (
      <Page title="Group supervision">
        <FormAlert title="The session could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToCalendar />
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the session" />;
  const { session: s, register } = found.data;
  const today = ukToday(new Date());
  const look = sessionLook(s, today);
  const change = async (status: GroupSessionStatus, done: string) => {
    setProblem(null);
    try {
      await setStatus.mutateAsync({ id: s.id, status });
      notifySaved(done, formatUkDate(s.heldOn));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Page
      title={`Group supervision, ${formatUkDate(s.heldOn)}`}
      description={[s.startsAt, s.venue, s.ledBy && `led by ${s.ledBy}`].filter(Boolean).join(', ')}
      actions={
        <>
          {s.status === 'planned' && s.heldOn > today && (
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={() => void change('published', 'Date published')}
            >
              Publish
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            Change
          </Button>
          {s.status !== 'cancelled' && !s.attendanceTaken && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => void change('cancelled', 'Date cancelled')}
            >
              Cancel this date
            </Button>
          )}
          {s.status === 'cancelled' && (
            <Button variant="default" onClick={() => void change('planned', 'Date restored')}>
              Restore this date
            </Button>
          )}
        </>
      }
    >
      <BackToCalendar />
      <FormAlert title="The session could not be changed">{problem}</FormAlert>
      <SimpleGrid cols={{ base: 1, sm: 3 }} maw={900}>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">
            Status
          </Text>
          <Badge color={LOOK_COLOURS[look]} variant="light" tt="none" size="lg">
            {LOOK_LABELS[look]}
          </Badge>
        </Card>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">
            Attendance
          </Text>
          <Text fw={600}>{s.attendanceTaken ? attendanceSummary(s) : 'Not recorded yet'}</Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">
            Themes
          </Text>
          <Text fw={600}>{s.themes.length ? s.themes.join(', ') : 'None recorded'}</Text>
        </Card>
      </SimpleGrid>
      <Title order={2} fz="h4">
        Attendance register
      </Title>
      {s.status === 'cancelled' ? (
        <Text c="dimmed">This date was cancelled.</Text>
      ) : s.heldOn > today ? (
        <Text c="dimmed">
          The register opens on {formatUkDate(s.heldOn)}, the day of the session. Ready and matched mentors
          are expected; mentors on hold are not.
        </Text>
      ) : (
        <AttendanceRegister key={s.id + String(s.attendanceTaken)} session={s} register={register} />
      )}
      {editing && <SessionModal mode="one" session={s} weeks={6} onClose={() => setEditing(false)} />}
    </Page>
  );
}
