import { Button, Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { CALL_DIRECTION_LABELS, CALL_DIRECTIONS } from '../../../../shared/supervision/supervision';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';

/** Log a telephone support call to or from a mentor. */
export function CallModal({
  mentorId,
  mentorName,
  staffName,
  onClose,
}: {
  mentorId: string;
  mentorName: string;
  staffName: string;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.supervision.logCall, {
    initialValues: {
      mentorId,
      calledOn: ukToday(new Date()),
      direction: 'from_mentor',
      staffName,
      minutes: 10,
      topic: '',
      followUpNeeded: false,
      followUpNote: '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Call logged', `The call with ${mentorName} is in the telephone support log.`);
      onClose();
    },
  });
  const v = form.getValues();
  return (
    <FormModal opened title={`Log a call with ${mentorName}`} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Date of the call"
            required
            value={v.calledOn}
            onChange={(d) => form.setFieldValue('calledOn', d ?? '')}
            error={form.errors.calledOn}
          />
          <Radio.Group label="Who called" required {...form.getInputProps('direction')}>
            <Group mt={4}>
              {CALL_DIRECTIONS.map((d) => (
                <Radio key={d} value={d} label={CALL_DIRECTION_LABELS[d]} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput label="Staff member" required {...form.getInputProps('staffName')} />
          <NumberInput
            label="Length (minutes)"
            required
            min={1}
            max={600}
            {...form.getInputProps('minutes')}
          />
          <Textarea
            label="What it was about"
            required
            autosize
            minRows={2}
            {...form.getInputProps('topic')}
          />
          <Checkbox
            label="Follow-up needed"
            {...form.getInputProps('followUpNeeded', { type: 'checkbox' })}
          />
          {v.followUpNeeded && (
            <Textarea label="The follow-up" autosize minRows={2} {...form.getInputProps('followUpNote')} />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save the call
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
