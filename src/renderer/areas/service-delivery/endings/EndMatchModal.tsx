import { Alert, Button, Checkbox, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { ENDING_KIND_OPTIONS, ENDING_REASON_OPTIONS, INFORMAL_EXPLANATION } from './ending-format';

/**
 * End an active match: planned or not, why, when, and whether they will keep in touch privately.
 * Saving frees the mentor and closes the mentee's record, so the form says so before it is sent.
 */
export function EndMatchModal({ matchId, onClose }: { matchId: string; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.endings.end, {
    initialValues: {
      matchId,
      kind: 'planned',
      reason: 'agreed_length_reached',
      endedOn: ukToday(new Date()),
      continuesInformally: false,
      notes: '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Match ended', 'Record the exit interviews with the mentor and the mentee next.');
      onClose();
    },
  });
  return (
    <FormModal opened title="End this match" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Radio.Group label="Was the ending planned?" required {...form.getInputProps('kind')}>
            <Group mt="xs">
              {ENDING_KIND_OPTIONS.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Radio.Group>
          <Select
            label="Reason"
            required
            allowDeselect={false}
            data={ENDING_REASON_OPTIONS}
            {...form.getInputProps('reason')}
          />
          <IsoDateField
            label="Ended on"
            required
            value={form.getValues().endedOn}
            onChange={(v) => form.setFieldValue('endedOn', v ?? '')}
            error={form.getInputProps('endedOn').error}
          />
          <Checkbox
            label="They will keep in touch informally"
            description={INFORMAL_EXPLANATION}
            {...form.getInputProps('continuesInformally', { type: 'checkbox' })}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Alert color="blue" variant="light" title="What happens next">
            <Text size="sm">
              The mentor goes back into the pool of mentors ready to match (unless they have another active
              match) and the mentee’s record is closed. Exit interviews and ending letters follow.
            </Text>
          </Alert>
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              End the match
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
