import { Button, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { EstablishmentRow } from '../../../../../shared/contract/establishments';
import type { MentorClearance } from '../../../../../shared/contract/screening';
import { CLEARANCE_STATUS_LABELS } from '../../../../../shared/mentors/screening';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from './DateField';
import { optionsOf } from './screening-format';

/** Record the clearance paperwork at one establishment, or move it on (`clearance` given). */
export function ClearanceModal({
  mentorId,
  clearance,
  establishments,
  onClose,
}: {
  mentorId: string;
  clearance: MentorClearance | null;
  /** Places to choose from: those without a clearance record yet, plus this one's own. */
  establishments: EstablishmentRow[];
  onClose(): void;
}) {
  const c = clearance;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveClearance, {
    initialValues: {
      ...(c ? { id: c.id } : {}),
      mentorId,
      establishmentId: c?.establishmentId ?? '',
      formsSubmittedOn: c?.formsSubmittedOn ?? '',
      formsCheckedBy: c?.formsCheckedBy ?? '',
      idSeenOn: c?.idSeenOn ?? '',
      securityAwarenessOn: c?.securityAwarenessOn ?? '',
      status: c?.status ?? 'not_started',
      clearedOn: c?.clearedOn ?? '',
      expiresOn: c?.expiresOn ?? '',
      notes: c?.notes ?? '',
    },
    guard: false,
    onSaved: (out) => {
      notifySaved('Clearance saved', `Clearance at ${out.establishmentName} is recorded.`);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={c ? `Clearance at ${c.establishmentName}` : 'Add clearance at an establishment'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="Establishment"
            required
            searchable
            disabled={!!c}
            placeholder="Choose the establishment"
            nothingFoundMessage="No establishment by that name"
            data-autofocus
            data={establishments.map((e) => ({ value: e.id, label: e.name }))}
            {...form.getInputProps('establishmentId')}
            // An empty choice fails the identifier check, whose wording is not about choosing.
            error={
              form.errors.establishmentId === 'That record reference is not valid.'
                ? 'Choose the establishment.'
                : form.errors.establishmentId
            }
          />
          <Select
            label="Status"
            required
            allowDeselect={false}
            data={optionsOf(CLEARANCE_STATUS_LABELS)}
            {...form.getInputProps('status')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Forms submitted on" {...form.getInputProps('formsSubmittedOn')} />
            <TextInput
              label="Forms checked by"
              description="The lead mentor who checked them"
              {...form.getInputProps('formsCheckedBy')}
            />
            <DateField label="ID seen on" {...form.getInputProps('idSeenOn')} />
            <DateField label="Security awareness session on" {...form.getInputProps('securityAwarenessOn')} />
            <DateField label="Cleared on" {...form.getInputProps('clearedOn')} />
            <DateField label="Expires on" {...form.getInputProps('expiresOn')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save clearance
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
