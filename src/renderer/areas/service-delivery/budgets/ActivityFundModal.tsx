import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { formatPence } from '../../../../shared/expenses/expenses';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';
import { useChannelMutation } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { POUNDS_HINT } from './budget-format';
import { PoundsInput } from './PoundsInput';

/** Set or change the sum a match may spend on activities together. */
export function ActivityFundModal({
  matchId,
  matchLabel,
  allowancePence,
  spentPence,
  note,
  onClose,
}: {
  matchId: string;
  /** The match's reference, for the title. */
  matchLabel: string;
  allowancePence: number | null;
  spentPence: number;
  note: string;
  onClose(): void;
}) {
  const set = useChannelMutation(contract.budgets.setFund);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: allowancePence === null ? '' : penceToPounds(allowancePence), note },
    validate: { amount: (v: string) => (poundsToPence(v) === null ? POUNDS_HINT : null) },
  });
  const dirty = form.isDirty();
  const onSubmit = form.onSubmit(async (v, event) => {
    setFormError(null);
    try {
      await set.mutateAsync({ matchId, amountPence: poundsToPence(v.amount)!, note: v.note });
      form.resetDirty(v);
      notifySaved('Activity fund saved', `The activity fund for ${matchLabel} is saved.`);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error, (p) => (p === 'amountPence' ? 'amount' : p)));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);
  return (
    <FormModal opened title={`Activity fund for ${matchLabel}`} dirty={dirty} onClose={onClose} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          {spentPence > 0 && (
            <Text size="sm">Already spent on approved or paid claims: {formatPence(spentPence)}.</Text>
          )}
          <PoundsInput label="Allowance" required data-autofocus {...form.getInputProps('amount')} />
          <TextInput
            label="Note"
            description="For example, what it is meant for."
            {...form.getInputProps('note')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={set.isPending}>
              Save fund
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
