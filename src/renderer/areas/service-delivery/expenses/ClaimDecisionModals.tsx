import { Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Claim } from '../../../../shared/contract/expenses';
import { formatPence } from '../../../../shared/expenses/expenses';
import { ukToday } from '../../../../shared/mentors/dates';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { notifySaved } from '../../../components/notify';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { METHOD_OPTIONS } from './expense-format';

const c = contract.expenses;

interface ModalProps {
  claim: Claim;
  onClose(): void;
}

export function ApproveModal({ claim, onClose }: ModalProps) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.approve, {
    initialValues: { id: claim.id, decidedOn: ukToday(new Date()) },
    guard: false,
    onSaved: () => {
      notifySaved(`Claim ${claim.reference} approved`, 'It is now waiting for payment.');
      onClose();
    },
  });
  return (
    <FormModal opened title={`Approve claim ${claim.reference}`} dirty={dirty} onClose={onClose} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Text>
            {claim.mentorName} claims {formatPence(claim.totalPence)} on {claim.lines.length} line
            {claim.lines.length === 1 ? '' : 's'} with {claim.receipts.length} receipt
            {claim.receipts.length === 1 ? '' : 's'}.
          </Text>
          <DateField label="Date approved" required data-autofocus {...form.getInputProps('decidedOn')} />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Approve the claim"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

export function RejectModal({ claim, onClose }: ModalProps) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.reject, {
    initialValues: { id: claim.id, decidedOn: ukToday(new Date()), reason: '' },
    guard: false,
    onSaved: () => {
      notifySaved(
        `Claim ${claim.reference} rejected`,
        'Tell the mentor why; the claim can be corrected and submitted again.',
        {
          long: true,
        },
      );
      onClose();
    },
  });
  return (
    <FormModal opened title={`Reject claim ${claim.reference}`} dirty={dirty} onClose={onClose} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Textarea
            label="Why it is rejected"
            description="The mentor is told this, and it stays with the claim"
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <DateField label="Date of the decision" required {...form.getInputProps('decidedOn')} />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Reject the claim" />
        </Stack>
      </form>
    </FormModal>
  );
}

export function PaidModal({ claim, onClose }: ModalProps) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.markPaid, {
    initialValues: { id: claim.id, paidOn: ukToday(new Date()), method: 'bank_transfer', reference: '' },
    guard: false,
    onSaved: () => {
      notifySaved(`Claim ${claim.reference} paid`, `${formatPence(claim.totalPence)} recorded as paid.`);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={`Record payment of claim ${claim.reference}`}
      dirty={dirty}
      onClose={onClose}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Text>
            {formatPence(claim.totalPence)} to {claim.mentorName}.
          </Text>
          <DateField label="Date paid" required data-autofocus {...form.getInputProps('paidOn')} />
          <Select
            label="How it was paid"
            required
            allowDeselect={false}
            data={METHOD_OPTIONS}
            {...form.getInputProps('method')}
          />
          <TextInput
            label="Payment reference"
            description="For example, the bank transfer’s reference or the cheque number"
            {...form.getInputProps('reference')}
          />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Record the payment"
          />
        </Stack>
      </form>
    </FormModal>
  );
}
