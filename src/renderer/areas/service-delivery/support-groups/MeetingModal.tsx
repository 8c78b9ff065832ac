import {
  Button,
  Radio,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { SupportMeeting } from '../../../../shared/contract/support-groups';
import { ukToday } from '../../../../shared/mentors/dates';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from '../../../../shared/support-groups/support-groups';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { TableScroll } from '../../../components/TableScroll';
import { IsoDateField } from '../../training/IsoDateField';

const c = contract.supportGroups;
type Member = { mentorId: string; mentorName: string };

/** The attendance list starts from the meeting's own list, then anyone in the cluster not on it. */
function attendanceFor(members: Member[], meeting?: SupportMeeting) {
  const recorded = new Map(meeting?.attendance.map((a) => [a.mentorId, a.status]) ?? []);
  const names = new Map([...members, ...(meeting?.attendance ?? [])].map((m) => [m.mentorId, m.mentorName]));
  return {
    names,
    list: [...names.keys()].map((mentorId) => ({
      mentorId,
      status: recorded.get(mentorId) ?? ('attended' as AttendanceStatus),
    })),
  };
}

/** Record (or correct) a support group meeting: date, venue, who came, themes, notes and the summary. */
export function MeetingModal({
  clusterId,
  members,
  meeting,
  onClose,
}: {
  clusterId: string;
  members: Member[];
  meeting?: SupportMeeting;
  onClose(): void;
}) {
  const { names, list } = attendanceFor(members, meeting);
  const shared = {
    heldOn: meeting?.heldOn ?? ukToday(new Date()),
    venue: meeting?.venue ?? '',
    attendance: list,
    themes: meeting?.themes ?? [],
    notes: meeting?.notes ?? '',
    concernsSummary: meeting?.concernsSummary ?? '',
  };
  const record = useChannelForm(c.record, {
    initialValues: { clusterId, ...shared },
    guard: false,
    onSaved: () => {
      notifySaved('Meeting recorded', 'The next meeting’s due date has moved on.');
      onClose();
    },
  });
  const update = useChannelForm(c.update, {
    initialValues: { id: meeting?.id ?? '', ...shared },
    guard: false,
    onSaved: () => {
      notifySaved('Meeting changed', 'The meeting’s record has been corrected.');
      onClose();
    },
  });
  const { form, onSubmit, formError, submitting, dirty } = (meeting ? update : record) as typeof record;
  const attendance = form.getValues().attendance;
  return (
    <FormModal
      opened
      title={meeting ? 'Change the meeting’s record' : 'Record a support group meeting'}
      dirty={dirty}
      onClose={onClose}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Date of the meeting"
            required
            value={form.getValues().heldOn}
            onChange={(v) => form.setFieldValue('heldOn', v ?? '')}
            error={form.errors.heldOn}
          />
          <TextInput label="Venue" {...form.getInputProps('venue')} />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm" mb={4}>
              Attendance
            </Text>
            {attendance.length === 0 ? (
              <Text c="dimmed" size="sm">
                This cluster has no mentors yet.
              </Text>
            ) : (
              <TableScroll label="Attendance" minWidth={480}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Mentor</Table.Th>
                      <Table.Th scope="col">Attendance</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {attendance.map((a, i) => (
                      <Table.Tr key={a.mentorId}>
                        <Table.Td>{names.get(a.mentorId)}</Table.Td>
                        <Table.Td>
                          <Radio.Group
                            label={<VisuallyHidden>Attendance of {names.get(a.mentorId)}</VisuallyHidden>}
                            value={a.status}
                            onChange={(v) => form.setFieldValue(`attendance.${i}.status`, v as never)}
                            error={form.errors[`attendance.${i}.status`]}
                          >
                            <Stack gap={4} style={{ flexDirection: 'row', flexWrap: 'wrap', gap: 16 }}>
                              {ATTENDANCE_STATUSES.map((s) => (
                                <Radio key={s} value={s} label={ATTENDANCE_LABELS[s]} />
                              ))}
                            </Stack>
                          </Radio.Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
            {form.errors.attendance && (
              <Text c="red" size="sm" role="alert">
                {form.errors.attendance}
              </Text>
            )}
          </fieldset>
          <TagsInput
            label="Themes discussed"
            description="Short headings; press Enter after each."
            maxTags={12}
            {...form.getInputProps('themes')}
          />
          <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
          <Textarea
            label="Concerns to pass to the regional manager"
            description="The regional manager reads only this summary. Do not name or describe anyone in a way that identifies them: write about the concern, not the person."
            autosize
            minRows={3}
            {...form.getInputProps('concernsSummary')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {meeting ? 'Save the changes' : 'Save the meeting'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
