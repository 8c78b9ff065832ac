import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { useChannelMutation } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { readDateField, UkDateInput } from '../../../components/UkDateInput';
import { WholeNumberInput } from '../../../components/WholeNumberInput';

interface Values {
  effectiveFrom: string;
  pencePerMile: string;
  note: string;
}

/** A new mileage rate from a day. The core refuses one back-dated over journeys already claimed. */
export function MileageRateModal({ onClose }: { onClose(): void }) {
  const add = useChannelMutation(contract.budgets.addMileageRate);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { effectiveFrom: '', pencePerMile: '', note: '' },
    validate: {
      effectiveFrom: (v) =>
        readDateField(v).error ?? (v.trim() ? null : 'Enter the day the rate takes effect.'),
      pencePerMile: (v) =>
        /^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 200
          ? null
          : 'Enter the rate in whole pence a mile, for example 45.',
    },
  });
  const dirty = form.isDirty();
  const onSubmit = form.onSubmit(async (v, event) => {
    setFormError(null);
    try {
      const out = await add.mutateAsync({
        effectiveFrom: readDateField(v.effectiveFrom).iso!,
        pencePerMile: Number(v.pencePerMile),
        note: v.note,
      });
      form.resetDirty(v);
      notifySaved(
        'Mileage rate added',
        `${out.pencePerMile}p a mile applies to journeys from ${v.effectiveFrom}.`,
      );
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);
  return (
    <FormModal opened title="Add a mileage rate" dirty={dirty} onClose={onClose} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <UkDateInput
            label="Takes effect from"
            description="Journeys on or after this day are paid at the new rate."
            required
            data-autofocus
            {...form.getInputProps('effectiveFrom')}
          />
          <WholeNumberInput
            label="Pence a mile"
            required
            rightSection={<span aria-hidden>p</span>}
            {...form.getInputProps('pencePerMile')}
          />
          <TextInput
            label="Note"
            description="For example, who agreed the change."
            {...form.getInputProps('note')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add rate
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
