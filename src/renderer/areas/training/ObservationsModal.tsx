import { Button, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../../shared/contract';
import type { RegisterRow } from '../../../shared/contract/training';
import { FormAlert } from '../../components/FormAlert';
import { closeIfClean, FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/forms/useChannelForm';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';

/** What the trainers noticed about one person: evidence for selection, seen by co-ordinators only. */
export function ObservationsModal({
  sessionId,
  row,
  onClose,
}: {
  sessionId: string;
  row: RegisterRow;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.training.setAttendance, {
    initialValues: {
      sessionId,
      mentorId: row.id,
      status: row.status,
      hoursAttended: row.hoursAttended,
      observations: row.observations ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Observations saved', `Saved for ${row.name}.`);
      onClose();
    },
  });
  return (
    <FormModal opened title={`Observations: ${row.name}`} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            What the trainers noticed that bears on selection. Only co-ordinators and safeguarding leads see
            this.
          </Text>
          <FormAlert>{formError}</FormAlert>
          <Textarea
            label="Observations"
            autosize
            minRows={4}
            data-autofocus
            {...form.getInputProps('observations')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save observations
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
