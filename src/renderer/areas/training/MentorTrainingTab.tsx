import {
  Badge,
  Button,
  Group,
  Loader,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { MentorTraining } from '../../../shared/contract/training';
import { CLOSED_STAGES, type MentorStage } from '../../../shared/mentors/pipeline';
import { formatUkDate } from '../../../shared/uk-date';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { RouterLink } from '../../app/RouterLink';
import { DetailSection } from '../../components/details/DetailSection';
import { FormAlert } from '../../components/FormAlert';
import { closeIfClean, FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/forms/useChannelForm';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';
import { TableScroll } from '../../components/TableScroll';
import { mayCall } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { hoursText, sessionDate, statusLabel } from './training-format';
import { sessionPath } from './training-paths';

/** One mentor's training on their page: initial hours against the threshold, sessions, waiting lists. */
export function MentorTrainingTab({ mentorId }: { mentorId: string }) {
  const found = useChannelQuery(contract.training.mentorTraining, { mentorId });
  const { session } = useSignedIn();
  const [waiting, setWaiting] = useState(false);
  if (found.error)
    return <FormAlert title="Training could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading training" />;
  const t = found.data;
  const done = t.initialHours >= t.initialThreshold;
  // The core refuses training places for those who have left or were not selected; say so instead.
  const closed = CLOSED_STAGES.includes(t.stage as MentorStage);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DetailSection title="Initial training">
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm">
                {hoursText(t.initialHours)} of {hoursText(t.initialThreshold)}
              </Text>
              <Badge color={done ? 'teal' : 'yellow'} variant="light">
                {done ? 'Complete' : `${hoursText(t.initialThreshold - t.initialHours)} to go`}
              </Badge>
            </Group>
            <Progress
              value={Math.min(100, (t.initialHours / t.initialThreshold) * 100)}
              color={done ? 'teal' : 'yellow'}
              aria-label={`Initial training: ${t.initialHours} of ${t.initialThreshold} hours`}
            />
          </Stack>
        </DetailSection>
        <DetailSection
          title="Ongoing training"
          items={[{ label: 'Hours in the last 12 months', value: hoursText(t.ongoingHoursLast12Months) }]}
        />
      </SimpleGrid>
      <DetailSection title="Sessions">
        {t.sessions.length ? (
          <SessionsTable sessions={t.sessions} />
        ) : (
          <Text c="dimmed">Not invited to any session yet.</Text>
        )}
      </DetailSection>
      <DetailSection title="Waiting lists">
        <Stack gap="xs">
          {t.waiting.map((w) => (
            <Text key={w.id} size="sm">
              {w.courseTitle}: waiting since {formatUkDate(w.addedOn)}
              {w.reason ? ` (${w.reason})` : ''}
            </Text>
          ))}
          {!t.waiting.length && <Text c="dimmed">Not waiting for any course.</Text>}
          {closed && (
            <Text size="sm" c="dimmed">
              {t.stage === 'left' ? 'Has left the programme' : 'Was not selected'}, so is not offered training
              places.
            </Text>
          )}
          {!closed && mayCall(contract.training.addToWaitingList, session.roles) && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setWaiting(true)}
              >
                Add to a waiting list
              </Button>
            </Group>
          )}
        </Stack>
      </DetailSection>
      {waiting && <WaitingModal mentorId={mentorId} onClose={() => setWaiting(false)} />}
    </Stack>
  );
}

function SessionsTable({ sessions }: { sessions: MentorTraining['sessions'] }) {
  return (
    <TableScroll label="Training sessions" minWidth={560}>
      <Table striped aria-label="Training sessions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Course</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Hours</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <RouterLink to={sessionPath(s.id)}>{sessionDate(s.heldOn)}</RouterLink>
                {s.cancelled && ' (cancelled)'}
              </Table.Td>
              <Table.Td>{s.courseTitle}</Table.Td>
              <Table.Td>{statusLabel(s.status)}</Table.Td>
              <Table.Td>{s.hoursAttended !== null ? hoursText(s.hoursAttended) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function WaitingModal({ mentorId, onClose }: { mentorId: string; onClose(): void }) {
  const courses = useChannelQuery(contract.training.courses, {});
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.training.addToWaitingList,
    {
      initialValues: { mentorId, courseId: '', reason: '' },
      guard: false,
      onSaved: () => {
        notifySaved('Added to the waiting list', 'They will be offered the next suitable session.');
        onClose();
      },
    },
  );
  return (
    <FormModal opened title="Add to a waiting list" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="Course"
            required
            placeholder="Choose the course"
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
            data-autofocus
            {...form.getInputProps('courseId')}
            error={form.errors.courseId ? 'Choose the course they are waiting for.' : undefined}
          />
          <TextInput
            label="Why they cannot come yet"
            description="For example, works Saturdays"
            {...form.getInputProps('reason')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Add to waiting list
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
