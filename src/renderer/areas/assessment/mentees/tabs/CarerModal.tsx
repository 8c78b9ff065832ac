import { Button, Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MenteeCarer } from '../../../../../shared/contract/assessment';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from '../../../service-development/mentors/screening/DateField';

/** Record a parent or carer, or change one (`carer` given). */
export function CarerModal({
  menteeId,
  carer: c,
  onClose,
}: {
  menteeId: string;
  carer: MenteeCarer | null;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.assessment.saveCarer, {
    initialValues: {
      ...(c ? { id: c.id } : {}),
      menteeId,
      name: c?.name ?? '',
      relationship: c?.relationship ?? '',
      phone: c?.phone ?? '',
      email: c?.email ?? '',
      address: c?.address ?? '',
      isKeyContact: c?.isKeyContact ?? false,
      involvement: c?.involvement ?? '',
      literatureGivenOn: c?.literatureGivenOn ?? '',
      parentalConsentOn: c?.parentalConsentOn ?? '',
      parentalConsentForm: c?.parentalConsentForm ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Carer saved', 'The parent or carer is recorded.');
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={c ? 'Change a parent or carer' : 'Add a parent or carer'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <TextInput
              label="Relationship"
              description="For example mother, grandfather, foster carer"
              required
              {...form.getInputProps('relationship')}
            />
            <TextInput label="Phone" {...form.getInputProps('phone')} />
            <TextInput label="Email" {...form.getInputProps('email')} />
          </SimpleGrid>
          <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
          <Checkbox
            label="Key contact (only one per mentee: this replaces any other)"
            {...form.getInputProps('isKeyContact', { type: 'checkbox' })}
          />
          <Textarea
            label="How they are involved"
            autosize
            minRows={2}
            {...form.getInputProps('involvement')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Literature given on" {...form.getInputProps('literatureGivenOn')} />
            <DateField label="Parental consent on" {...form.getInputProps('parentalConsentOn')} />
            <TextInput label="Consent form reference" {...form.getInputProps('parentalConsentForm')} />
          </SimpleGrid>
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
