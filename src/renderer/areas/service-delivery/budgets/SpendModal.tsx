import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { BudgetSpendRow } from '../../../../shared/contract/budgets';
import { BUDGET_CATEGORIES, type BudgetCategory } from '../../../../shared/expenses/expenses';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { useChannelMutation } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { readDateField, UkDateInput } from '../../../components/UkDateInput';
import { BUDGET_CATEGORY_LABELS, POUNDS_HINT } from './budget-format';
import { PoundsInput } from './PoundsInput';

interface Values {
  spentOn: string;
  category: BudgetCategory | '';
  amount: string;
  description: string;
}

/** Record spending that is not a mentor's claim (a venue, printing, an event), or correct one. */
export function SpendModal({ spend, onClose }: { spend: BudgetSpendRow | null; onClose(): void }) {
  const record = useChannelMutation(contract.budgets.recordSpend);
  const change = useChannelMutation(contract.budgets.changeSpend);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: spend
      ? {
          spentOn: formatUkDate(spend.spentOn),
          category: spend.category,
          amount: penceToPounds(spend.amountPence),
          description: spend.description,
        }
      : { spentOn: formatUkDate(ukToday(new Date())), category: '', amount: '', description: '' },
    validate: {
      spentOn: (v) => readDateField(v).error ?? (v.trim() ? null : 'Enter the date of the spending.'),
      category: (v) => (v ? null : 'Choose the budget heading it comes from.'),
      amount: (v) => ((poundsToPence(v) ?? 0) > 0 ? null : POUNDS_HINT),
      description: (v) => (v.trim() ? null : 'Say what the money was spent on.'),
    },
  });
  const dirty = form.isDirty();
  const onSubmit = form.onSubmit(async (v, event) => {
    setFormError(null);
    const fields = {
      spentOn: readDateField(v.spentOn).iso!,
      category: v.category as BudgetCategory,
      amountPence: poundsToPence(v.amount)!,
      description: v.description,
    };
    try {
      if (spend) await change.mutateAsync({ ...fields, id: spend.id });
      else await record.mutateAsync(fields);
      form.resetDirty(v);
      notifySaved(spend ? 'Spending changed' : 'Spending recorded', 'The budget now counts it.');
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error, (p) => (p === 'amountPence' ? 'amount' : p)));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);

  return (
    <FormModal
      opened
      title={spend ? 'Change spending' : 'Record other spending'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <UkDateInput label="Date" required data-autofocus {...form.getInputProps('spentOn')} />
          <Select
            label="Budget heading"
            required
            placeholder="Choose the heading"
            data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }))}
            {...form.getInputProps('category')}
          />
          <PoundsInput label="Amount" required {...form.getInputProps('amount')} />
          <TextInput
            label="What it was for"
            description="For example: venue hire for the training day, printing leaflets."
            required
            {...form.getInputProps('description')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending || change.isPending}>
              {spend ? 'Save changes' : 'Record spending'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
