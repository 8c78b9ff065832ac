import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { MentorReference } from '../../../../../shared/contract/screening';
import { REFEREE_RELATIONSHIP_LABELS } from '../../../../../shared/mentors/screening';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';
import { DateField } from './DateField';
import { optionsOf, SATISFACTORY_LABELS } from './screening-format';

/** Record a reference, or change one (`reference` given). */
export function ReferenceModal({
  mentorId,
  reference,
  onClose,
}: {
  mentorId: string;
  reference: MentorReference | null;
  onClose(): void;
}) {
  const r = reference;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.screening.saveReference, {
    initialValues: {
      ...(r ? { id: r.id } : {}),
      mentorId,
      refereeName: r?.refereeName ?? '',
      relationship: r?.relationship ?? 'professional',
      refereeContact: r?.refereeContact ?? '',
      requestedOn: r?.requestedOn ?? '',
      chasedOn: r?.chasedOn ?? '',
      receivedOn: r?.receivedOn ?? '',
      satisfactory: r?.satisfactory ?? 'not_yet',
      concerns: r?.concerns ?? '',
      howAddressed: r?.howAddressed ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Reference saved', 'The reference is recorded.');
      onClose();
    },
  });
  return (
    <FormModal opened title={r ? 'Change a reference' : 'Record a reference'} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Referee’s name" required data-autofocus {...form.getInputProps('refereeName')} />
          <Select
            label="How the referee knows them"
            required
            allowDeselect={false}
            data={optionsOf(REFEREE_RELATIONSHIP_LABELS)}
            {...form.getInputProps('relationship')}
          />
          <TextInput
            label="How to reach the referee"
            description="Email address or telephone number"
            {...form.getInputProps('refereeContact')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Requested on" {...form.getInputProps('requestedOn')} />
            <DateField label="Chased on" {...form.getInputProps('chasedOn')} />
            <DateField label="Received on" {...form.getInputProps('receivedOn')} />
          </SimpleGrid>
          <Radio.Group label="Was it satisfactory?" {...form.getInputProps('satisfactory')}>
            <Group mt="xs">
              {optionsOf(SATISFACTORY_LABELS).map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label="Concerns raised" autosize minRows={2} {...form.getInputProps('concerns')} />
          <Textarea
            label="How the concerns were addressed"
            description="Needed when the reference raised concerns or was not satisfactory"
            autosize
            minRows={2}
            {...form.getInputProps('howAddressed')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save reference
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
