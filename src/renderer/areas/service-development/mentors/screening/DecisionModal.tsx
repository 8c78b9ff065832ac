import { Button, Checkbox, Grid, Radio, Group, Stack, Textarea } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MentorDecision, PersonSpecCriterion } from '../../../../../shared/contract/screening';
import { DECISION_OUTCOME_LABELS } from '../../../../../shared/mentors/screening';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from './DateField';
import { PersonSpecAside } from './PersonSpecAside';
import { optionsOf } from './screening-format';

/** Approve a mentor (perhaps on trial) or record that they were not selected, with the person spec beside. */
export function DecisionModal({
  mentorId,
  decision,
  personSpec,
  onClose,
}: {
  mentorId: string;
  decision: MentorDecision | null;
  personSpec: PersonSpecCriterion[];
  onClose(): void;
}) {
  const d = decision;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveDecision, {
    initialValues: {
      ...(d ? { id: d.id } : {}),
      mentorId,
      outcome: d?.outcome ?? ('' as never),
      decidedOn: d?.decidedOn ?? '',
      trialPeriod: d?.trialPeriod ?? false,
      trialReviewDue: d?.trialReviewDue ?? '',
      reasons: d?.reasons ?? '',
      feedbackGivenOn: d?.feedbackGivenOn ?? '',
      signposting: d?.signposting ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Decision saved', 'The decision is recorded.');
      onClose();
    },
  });
  // A trial period belongs to an approval: clear what no longer applies so no hidden field is refused.
  form.watch('outcome', ({ value }) => {
    if (value !== 'approved') form.setFieldValue('trialPeriod', false);
  });
  form.watch('trialPeriod', ({ value }) => {
    if (!value) form.setFieldValue('trialReviewDue', '');
  });
  const approved = form.values.outcome === 'approved';
  const notSelected = form.values.outcome === 'not_selected';
  return (
    <FormModal
      opened
      title={d ? 'Change a decision' : 'Record a decision'}
      dirty={dirty}
      onClose={onClose}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack>
              <FormAlert>{formError}</FormAlert>
              <Radio.Group label="Decision" required {...form.getInputProps('outcome')}>
                <Group mt="xs">
                  {optionsOf(DECISION_OUTCOME_LABELS).map((o) => (
                    <Radio key={o.value} value={o.value} label={o.label} />
                  ))}
                </Group>
              </Radio.Group>
              <DateField label="Decided on" required {...form.getInputProps('decidedOn')} />
              {approved && (
                <>
                  <Checkbox
                    label="Approved for a trial period"
                    {...form.getInputProps('trialPeriod', { type: 'checkbox' })}
                  />
                  {form.values.trialPeriod && (
                    <DateField label="Trial review due" required {...form.getInputProps('trialReviewDue')} />
                  )}
                </>
              )}
              <Textarea
                label={notSelected ? 'Reasons they were not selected' : 'Reasons or notes'}
                description={notSelected ? 'Required: they are entitled to know why' : undefined}
                required={notSelected}
                autosize
                minRows={3}
                {...form.getInputProps('reasons')}
              />
              {notSelected && (
                <>
                  <DateField label="Feedback given on" {...form.getInputProps('feedbackGivenOn')} />
                  <Textarea
                    label="Signposted to"
                    description="Other volunteering or services suggested to them"
                    autosize
                    minRows={2}
                    {...form.getInputProps('signposting')}
                  />
                </>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <PersonSpecAside criteria={personSpec} />
          </Grid.Col>
        </Grid>
        <ModalFooter>
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Save decision
          </Button>
        </ModalFooter>
      </form>
    </FormModal>
  );
}
