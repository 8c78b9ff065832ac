import { Button, Checkbox, Radio, Group, Stack, Textarea, TextInput, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { ukToday } from '../../../../shared/mentors/dates';
import { SUPERVISION_KIND_LABELS, SUPERVISION_KINDS } from '../../../../shared/supervision/supervision';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';

type MatchChoice = { id: string; reference: string; menteeName: string; stage: string };

/** Record an individual supervision: what was covered, what was agreed, and when the next one is. */
export function SupervisionModal({
  mentorId,
  mentorName,
  matches,
  supervisorName,
  onClose,
}: {
  mentorId: string;
  mentorName: string;
  matches: MatchChoice[];
  supervisorName: string;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.supervision.record, {
    initialValues: {
      mentorId,
      heldOn: ukToday(new Date()),
      supervisorName,
      kind: 'in_person',
      matchesDiscussed: [],
      contactsReviewed: false,
      contactsNote: '',
      concerns: '',
      trainingNeeds: '',
      personalIssues: '',
      actions: '',
      nextOn: null,
    },
    draftKey: mentorId,
    onSaved: () => {
      notifySaved('Supervision recorded', `${mentorName}’s next supervision date has moved on.`);
      onClose();
    },
  });
  const v = form.getValues();
  return (
    <FormModal opened title={`Record supervision of ${mentorName}`} dirty={dirty} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Date of the supervision"
            required
            value={v.heldOn}
            onChange={(d) => form.setFieldValue('heldOn', d ?? '')}
            error={form.errors.heldOn}
          />
          <TextInput label="Supervisor" required {...form.getInputProps('supervisorName')} />
          <Radio.Group label="How" required {...form.getInputProps('kind')}>
            <Group mt={4}>
              {SUPERVISION_KINDS.map((k) => (
                <Radio key={k} value={k} label={SUPERVISION_KIND_LABELS[k]} />
              ))}
            </Group>
          </Radio.Group>
          <Checkbox.Group
            label="Matches discussed"
            description={matches.length ? undefined : 'This mentor has no active or ended matches.'}
            {...form.getInputProps('matchesDiscussed')}
          >
            <Stack gap={4} mt={4}>
              {matches.map((m) => (
                <Checkbox
                  key={m.id}
                  value={m.id}
                  label={`${m.reference}: ${m.menteeName}${m.stage === 'ended' ? ' (ended)' : ''}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label="Contact records reviewed"
            {...form.getInputProps('contactsReviewed', { type: 'checkbox' })}
          />
          <Textarea
            label="About the contact records"
            autosize
            minRows={2}
            {...form.getInputProps('contactsNote')}
          />
          <Textarea label="Concerns raised" autosize minRows={2} {...form.getInputProps('concerns')} />
          <Textarea
            label="Training needs identified"
            autosize
            minRows={2}
            {...form.getInputProps('trainingNeeds')}
          />
          <Textarea
            label="Personal issues"
            description="If the mentor needs a break, put them on hold from their mentor record."
            autosize
            minRows={2}
            {...form.getInputProps('personalIssues')}
          />
          <Textarea label="Actions agreed" autosize minRows={2} {...form.getInputProps('actions')} />
          <IsoDateField
            label="Next supervision"
            value={v.nextOn}
            onChange={(d) => form.setFieldValue('nextOn', d)}
            error={form.errors.nextOn}
          />
          <Text size="xs" c="dimmed">
            These notes are kept as sensitive: only co-ordinators and the safeguarding lead can read them.
          </Text>
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save the supervision
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
