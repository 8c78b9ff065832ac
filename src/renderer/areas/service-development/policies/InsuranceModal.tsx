import { Button, Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { InsurancePolicy } from '../../../../shared/contract/policies';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { FormAlert } from '../../../components/FormAlert';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { IsoDateField } from '../../training/IsoDateField';
import { INSURANCE_KIND_OPTIONS } from './policy-format';

/** Add an insurance policy, or change one (a renewal: new dates and the new schedule). */
export function InsuranceModal({ item, onClose }: { item: InsurancePolicy | null; onClose(): void }) {
  const [pounds, setPounds] = useState(
    item?.coverAmountPence != null ? penceToPounds(item.coverAmountPence) : '',
  );
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.policies.saveInsurance, {
    initialValues: {
      ...(item ? { id: item.id } : {}),
      kind: item?.kind ?? 'public_liability',
      insurer: item?.insurer ?? '',
      policyNumber: item?.policyNumber ?? '',
      coverSummary: item?.coverSummary ?? '',
      coverAmountPence: item?.coverAmountPence ?? null,
      startsOn: item?.startsOn ?? '',
      expiresOn: item?.expiresOn ?? '',
      notes: item?.notes ?? '',
      archived: item?.archived ?? false,
      file: undefined,
    },
    guard: false,
    onSaved: () => {
      notifySaved(
        item ? 'Insurance saved' : 'Insurance added',
        'Its renewal will come onto the work queue before it expires.',
      );
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={item ? 'Change or renew insurance' : 'Add insurance'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              required
              data={INSURANCE_KIND_OPTIONS}
              allowDeselect={false}
              data-autofocus
              {...form.getInputProps('kind')}
            />
            <TextInput label="Insurer" required {...form.getInputProps('insurer')} />
            <TextInput label="Policy number" {...form.getInputProps('policyNumber')} />
            <TextInput
              label="Amount of cover (£)"
              inputMode="decimal"
              value={pounds}
              error={form.getInputProps('coverAmountPence').error}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setPounds(text);
                form.setFieldValue(
                  'coverAmountPence',
                  text.trim() === '' ? null : (poundsToPence(text) ?? Number.NaN),
                );
              }}
            />
            <IsoDateField
              label="Cover starts"
              required
              value={form.getValues().startsOn}
              onChange={(v) => form.setFieldValue('startsOn', v ?? '')}
              error={form.getInputProps('startsOn').error}
            />
            <IsoDateField
              label="Cover ends"
              required
              value={form.getValues().expiresOn}
              onChange={(v) => form.setFieldValue('expiresOn', v ?? '')}
              error={form.getInputProps('expiresOn').error}
            />
          </SimpleGrid>
          <Textarea label="What it covers" autosize minRows={2} {...form.getInputProps('coverSummary')} />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <AttachmentPicker
            label={item?.file ? 'Replace the schedule or certificate' : 'The schedule or certificate'}
            description={item?.file ? `Kept now: ${item.file.fileName}.` : 'Optional.'}
            onChange={(upload) => form.setFieldValue('file', upload ?? undefined)}
            error={(form.errors['file.base64'] ?? form.errors.file) as string | undefined}
          />
          {item && (
            <Checkbox
              label="No longer held (archive it)"
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
