import { Button, Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MentorDbsCheck } from '../../../../../shared/contract/screening';
import { DBS_DECISION_LABELS, DBS_OUTCOME_LABELS } from '../../../../../shared/mentors/screening';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from './DateField';
import { optionsOf } from './screening-format';

/** Record an enhanced DBS check, or change one (`check` given). Co-ordinators only. */
export function DbsCheckModal({
  mentorId,
  check,
  renewalYears,
  onClose,
}: {
  mentorId: string;
  check: MentorDbsCheck | null;
  /** The programme's renewal period, to explain what an empty renewal date becomes. */
  renewalYears: number | null;
  onClose(): void;
}) {
  const c = check;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveDbsCheck, {
    initialValues: {
      ...(c ? { id: c.id } : {}),
      mentorId,
      certificateNumber: c?.certificateNumber ?? '',
      issueDate: c?.issueDate ?? '',
      updateService: c?.updateService ?? false,
      renewalDue: c?.renewalDue ?? '',
      outcome: c?.outcome ?? 'pending',
      declaredConvictions: c?.declaredConvictions ?? '',
      disclosedInformation: c?.disclosedInformation ?? '',
      decision: c?.decision ?? null,
      decisionReasons: c?.decisionReasons ?? '',
      decidedOn: c?.decidedOn ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('DBS check saved', 'The DBS check is recorded.');
      onClose();
    },
  });
  const disclosed = form.values.outcome === 'information_disclosed';
  return (
    <FormModal opened title={c ? 'Change a DBS check' : 'Record a DBS check'} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="What the check showed"
            required
            allowDeselect={false}
            data-autofocus
            data={optionsOf(DBS_OUTCOME_LABELS)}
            {...form.getInputProps('outcome')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Certificate number"
              description="12 digits, top right of the certificate"
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps('certificateNumber')}
            />
            <DateField label="Issue date" {...form.getInputProps('issueDate')} />
            <DateField
              label="Renewal due"
              description={
                renewalYears
                  ? `Left empty: ${renewalYears} years after the issue date`
                  : 'Left empty: the programme’s renewal period after the issue date'
              }
              {...form.getInputProps('renewalDue')}
            />
            <Checkbox
              mt="lg"
              label="Subscribes to the DBS update service"
              {...form.getInputProps('updateService', { type: 'checkbox' })}
            />
          </SimpleGrid>
          <Textarea
            label="Convictions they declared"
            autosize
            minRows={2}
            {...form.getInputProps('declaredConvictions')}
          />
          <Textarea
            label="Information the certificate disclosed"
            description="Keep only what the decision needs"
            autosize
            minRows={2}
            {...form.getInputProps('disclosedInformation')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Decision"
              placeholder={disclosed ? 'Choose the decision' : 'No decision recorded'}
              clearable
              data={optionsOf(DBS_DECISION_LABELS)}
              {...form.getInputProps('decision')}
            />
            <DateField label="Decided on" {...form.getInputProps('decidedOn')} />
          </SimpleGrid>
          <Textarea
            label="Reasons for the decision"
            description="Needed when information was disclosed or convictions declared"
            autosize
            minRows={2}
            {...form.getInputProps('decisionReasons')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save DBS check
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
