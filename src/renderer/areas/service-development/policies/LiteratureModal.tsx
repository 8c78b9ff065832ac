import { Button, Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Literature } from '../../../../shared/contract/policies';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { FormAlert } from '../../../components/FormAlert';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { IsoDateField } from '../../training/IsoDateField';
import { AUDIENCE_OPTIONS, FORMAT_OPTIONS, LITERATURE_KIND_OPTIONS } from './policy-format';

/** Add or change a handbook or leaflet; a file chosen replaces the one kept. */
export function LiteratureModal({ item, onClose }: { item: Literature | null; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.policies.saveLiterature, {
    initialValues: {
      ...(item ? { id: item.id } : {}),
      title: item?.title ?? '',
      kind: item?.kind ?? 'mentor_handbook',
      audience: item?.audience ?? 'mentors',
      format: item?.format ?? 'standard',
      language: item?.language ?? 'English',
      version: item?.version ?? '',
      lastReviewedOn: item?.lastReviewedOn ?? null,
      notes: item?.notes ?? '',
      archived: item?.archived ?? false,
      file: undefined,
    },
    guard: false,
    onSaved: () => {
      notifySaved(item ? 'Saved' : 'Added', 'The list of handbooks and leaflets is up to date.');
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={item ? `Change: ${item.title}` : 'Add a handbook or leaflet'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              required
              data={LITERATURE_KIND_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select
              label="Who it is for"
              required
              data={AUDIENCE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('audience')}
            />
            <Select
              label="Format"
              required
              data={FORMAT_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('format')}
            />
            <TextInput label="Language" required {...form.getInputProps('language')} />
            <TextInput label="Version" {...form.getInputProps('version')} />
            <IsoDateField
              label="Last reviewed"
              value={form.getValues().lastReviewedOn}
              onChange={(v) => form.setFieldValue('lastReviewedOn', v)}
              error={form.getInputProps('lastReviewedOn').error}
            />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <AttachmentPicker
            label={item?.file ? 'Replace the file' : 'The file'}
            description={item?.file ? `Kept now: ${item.file.fileName}.` : 'Optional.'}
            onChange={(upload) => form.setFieldValue('file', upload ?? undefined)}
            error={(form.errors['file.base64'] ?? form.errors.file) as string | undefined}
          />
          {item && (
            <Checkbox
              label="No longer in use (archive it)"
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
