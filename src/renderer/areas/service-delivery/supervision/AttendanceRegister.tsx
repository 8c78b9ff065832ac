import { Anchor, Button, Group, NativeSelect, Stack, Table, TagsInput, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { GroupSession, RegisterRow } from '../../../../shared/contract/supervision';
import type { MentorStage } from '../../../../shared/mentors/pipeline';
import {
  GROUP_ATTENDANCE,
  GROUP_ATTENDANCE_LABELS,
  type GroupAttendance,
} from '../../../../shared/supervision/supervision';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { TableScroll } from '../../../components/TableScroll';
import { StageBadge } from '../../service-development/mentors/StageBadge';
import { supervisionMentorPath } from './supervision-paths';

const OPTIONS = [
  { value: '', label: 'Not marked' },
  ...GROUP_ATTENDANCE.map((s) => ({ value: s, label: GROUP_ATTENDANCE_LABELS[s] })),
];

/**
 * The session's register: one select per mentor (Tab and the arrow keys are enough), the themes,
 * and one Save. Saving updates each mentor's missed-in-a-row count in the core.
 */
export function AttendanceRegister({
  session,
  register,
}: {
  session: GroupSession;
  register: RegisterRow[];
}) {
  const save = useChannelMutation(contract.supervision.recordAttendance);
  const [marks, setMarks] = useState<Record<string, GroupAttendance | ''>>(() =>
    Object.fromEntries(register.map((r) => [r.mentorId, r.status ?? ''])),
  );
  const [themes, setThemes] = useState<string[]>(session.themes);
  const [problem, setProblem] = useState<string | null>(null);
  if (!register.length) return <Text c="dimmed">No mentor is ready or matched, so nobody is expected.</Text>;
  const unmarked = register.filter((r) => !marks[r.mentorId]);
  const submit = async () => {
    setProblem(null);
    try {
      await save.mutateAsync({
        id: session.id,
        marks: Object.entries(marks)
          .filter(([, status]) => status)
          .map(([mentorId, status]) => ({ mentorId, status: status as GroupAttendance })),
        themes,
      });
      notifySaved('Attendance saved', 'Mentors who missed two sessions in a row go on the work queue.');
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Stack>
      <FormAlert title="The attendance could not be saved">{problem}</FormAlert>
      <Group>
        <Button
          variant="light"
          leftSection={<IconChecks size={16} aria-hidden />}
          disabled={!unmarked.length}
          onClick={() =>
            setMarks((m) => ({ ...m, ...Object.fromEntries(unmarked.map((r) => [r.mentorId, 'attended'])) }))
          }
        >
          Mark everyone not yet marked as attended{unmarked.length ? ` (${unmarked.length})` : ''}
        </Button>
      </Group>
      <TableScroll label="Attendance register" minWidth={600}>
        <Table striped verticalSpacing="xs" aria-label="Attendance register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Stage</Table.Th>
              <Table.Th scope="col">Attendance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.map((r) => (
              <Table.Tr key={r.mentorId}>
                <Table.Td>
                  <Anchor component={RouterLink} to={supervisionMentorPath(r.mentorId)}>
                    {r.mentorName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={r.stage as MentorStage} />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Attendance of ${r.mentorName}`}
                    data={OPTIONS}
                    value={marks[r.mentorId] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value as GroupAttendance | '';
                      setMarks((m) => ({ ...m, [r.mentorId]: value }));
                    }}
                    maw={220}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <TagsInput
        label="Themes discussed"
        description="Short headings; press Enter after each."
        maxTags={12}
        value={themes}
        onChange={setThemes}
        maw={720}
      />
      <Group>
        <Button onClick={() => void submit()} loading={save.isPending}>
          Save the attendance
        </Button>
      </Group>
    </Stack>
  );
}
