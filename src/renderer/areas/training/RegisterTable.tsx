import { Button, Group, NativeSelect, NumberInput, Table, Text } from '@mantine/core';
import { IconChecks, IconNotes } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { RegisterRow, TrainingSessionDetail } from '../../../shared/contract/training';
import { ukToday } from '../../../shared/mentors/dates';
import {
  ATTENDANCE_STATUSES,
  ON_THE_DAY_STATUSES,
  sessionStillToCome,
  type AttendanceStatus,
} from '../../../shared/mentors/training';
import { formatUkDate } from '../../../shared/uk-date';
import { errorMessage } from '../../api/api-error';
import { useChannelMutation } from '../../api/channels';
import { FormAlert } from '../../components/FormAlert';
import { TableScroll } from '../../components/TableScroll';
import { notifySaved } from '../../components/notify';
import { ObservationsModal } from './ObservationsModal';
import { hoursText, stageLabel, statusLabel } from './training-format';

const STATUS_OPTIONS = ATTENDANCE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }));
/** Before the day only replies can be recorded (the core refuses the rest); a row keeps its own status. */
const REPLY_OPTIONS = STATUS_OPTIONS.filter((o) => !ON_THE_DAY_STATUSES.includes(o.value));
function optionsFor(status: AttendanceStatus, stillToCome: boolean) {
  if (!stillToCome) return STATUS_OPTIONS;
  return ON_THE_DAY_STATUSES.includes(status)
    ? [...REPLY_OPTIONS, { value: status, label: statusLabel(status) }]
    : REPLY_OPTIONS;
}

/**
 * The session's register. Co-ordinators change each person's status and hours in place (a select
 * and a number per row, so Tab and the arrow keys are enough) and can mark everyone coming as
 * attended at once from the session's day; others read it.
 */
export function RegisterTable({ session, editable }: { session: TrainingSessionDetail; editable: boolean }) {
  const setAttendance = useChannelMutation(contract.training.setAttendance);
  const [problem, setProblem] = useState<string | null>(null);
  const [observing, setObserving] = useState<RegisterRow | null>(null);
  const save = async (row: RegisterRow, status: AttendanceStatus, hoursAttended: number | null = null) => {
    setProblem(null);
    try {
      await setAttendance.mutateAsync({ sessionId: session.id, mentorId: row.id, status, hoursAttended });
    } catch (error) {
      setProblem(`${row.name}: ${errorMessage(error)}`);
    }
  };
  const coming = session.register.filter((r) => r.status === 'accepted');
  const markComingAttended = async () => {
    for (const row of coming) await save(row, 'attended');
    notifySaved('Register updated', `${coming.length} marked as attended.`);
  };
  const showObservations = session.register.some((r) => r.observations !== null);
  const stillToCome = sessionStillToCome(session.heldOn, ukToday(new Date()));
  if (!session.register.length) return <Text c="dimmed">Nobody has been invited yet.</Text>;
  return (
    <>
      {editable && stillToCome && (
        <Text size="sm" c="dimmed">
          Who attended can be recorded from {formatUkDate(session.heldOn)}, the day of the session. Until
          then, record each person’s reply.
        </Text>
      )}
      {editable && !stillToCome && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={!coming.length || session.cancelled}
            onClick={() => void markComingAttended()}
          >
            Mark all coming as attended{coming.length ? ` (${coming.length})` : ''}
          </Button>
        </Group>
      )}
      <FormAlert title="The register could not be changed">{problem}</FormAlert>
      <TableScroll label="Register" minWidth={720}>
        <Table striped verticalSpacing="xs" aria-label="Register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Stage</Table.Th>
              <Table.Th scope="col" w={200}>
                Status
              </Table.Th>
              <Table.Th scope="col" w={150}>
                Hours
              </Table.Th>
              {showObservations && <Table.Th scope="col">Observations</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.register.map((row) => (
              <Table.Tr key={row.id} data-row>
                <Table.Th scope="row" fw={500}>
                  {row.name}
                </Table.Th>
                <Table.Td>{stageLabel(row.stage)}</Table.Td>
                <Table.Td>
                  {editable ? (
                    <NativeSelect
                      aria-label={`Status of ${row.name}`}
                      data={optionsFor(row.status, stillToCome)}
                      value={row.status}
                      onChange={(e) => void save(row, e.currentTarget.value as AttendanceStatus)}
                    />
                  ) : (
                    statusLabel(row.status)
                  )}
                </Table.Td>
                <Table.Td>
                  {editable && !stillToCome && row.status === 'attended' ? (
                    <HoursBox row={row} max={session.hours} onSave={(h) => void save(row, 'attended', h)} />
                  ) : row.hoursAttended !== null ? (
                    hoursText(row.hoursAttended)
                  ) : (
                    '—'
                  )}
                </Table.Td>
                {showObservations && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" lineClamp={2} maw={280}>
                        {row.observations || '—'}
                      </Text>
                      {editable && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconNotes size={14} aria-hidden />}
                          aria-label={`Observations about ${row.name}`}
                          onClick={() => setObserving(row)}
                        >
                          {row.observations ? 'Change' : 'Add'}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {observing && (
        <ObservationsModal sessionId={session.id} row={observing} onClose={() => setObserving(null)} />
      )}
    </>
  );
}

/** Hours for one person, saved when the box is left (Tab) or Enter is pressed. */
function HoursBox({ row, max, onSave }: { row: RegisterRow; max: number; onSave(hours: number): void }) {
  const [value, setValue] = useState<number | string>(row.hoursAttended ?? max);
  const commit = () => {
    const hours = typeof value === 'number' ? value : Number.parseFloat(value);
    if (Number.isFinite(hours) && hours !== row.hoursAttended) onSave(hours);
  };
  return (
    <NumberInput
      aria-label={`Hours ${row.name} attended`}
      value={value}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      min={0}
      max={max}
      step={0.5}
      decimalScale={2}
      clampBehavior="none"
      w={110}
    />
  );
}
