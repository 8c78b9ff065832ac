import { Button, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import { MEETING_OUTCOME_LABELS, type MenteeMeeting } from '../../../../../shared/contract/assessment';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from '../../../service-development/mentors/screening/DateField';
import { optionsOf } from '../../../service-development/mentors/screening/screening-format';

/** Record an assessment meeting, or change one (`meeting` given). */
export function MeetingModal({
  menteeId,
  meeting: m,
  onClose,
}: {
  menteeId: string;
  meeting: MenteeMeeting | null;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.assessment.saveMeeting, {
    initialValues: {
      ...(m ? { id: m.id } : {}),
      menteeId,
      heldOn: m?.heldOn ?? '',
      attendedBy: m?.attendedBy ?? '',
      notes: m?.notes ?? '',
      outcome: m?.outcome ?? ('' as never),
      notSelectedReasons: m?.notSelectedReasons ?? '',
      signposting: m?.signposting ?? '',
      toldOn: m?.toldOn ?? '',
      toldHow: m?.toldHow ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Meeting saved', 'The assessment meeting is recorded.');
      onClose();
    },
  });
  const notSelected = form.getValues().outcome === 'not_selected';
  return (
    <FormModal
      opened
      title={m ? 'Change an assessment meeting' : 'Record an assessment meeting'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Held on" required data-autofocus {...form.getInputProps('heldOn')} />
            <TextInput label="Attended by" required {...form.getInputProps('attendedBy')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
          <Select
            label="Outcome"
            required
            allowDeselect={false}
            data={optionsOf(MEETING_OUTCOME_LABELS)}
            {...form.getInputProps('outcome')}
          />
          {notSelected && (
            <>
              <Textarea
                label="Why they were not selected"
                required
                autosize
                minRows={2}
                {...form.getInputProps('notSelectedReasons')}
              />
              <Textarea label="Signposted to" autosize minRows={2} {...form.getInputProps('signposting')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField label="Told on" {...form.getInputProps('toldOn')} />
                <TextInput label="Told how" {...form.getInputProps('toldHow')} />
              </SimpleGrid>
            </>
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
