import { Button, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { Region } from '../../../../../shared/contract/establishments';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';

/** Add a region, or change one (`region` given). */
export function RegionModal({ region, onClose }: { region: Region | null; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.establishments.saveRegion,
    {
      initialValues: region
        ? { id: region.id, name: region.name, notes: region.notes }
        : { name: '', notes: '' },
      guard: false,
      onSaved: (out) => {
        notifySaved(region ? 'Region saved' : 'Region added', `${out.name} is saved.`);
        onClose();
      },
    },
  );
  return (
    <FormModal
      opened
      title={region ? `Change ${region.name}` : 'Add a region'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Region name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {region ? 'Save region' : 'Add region'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
