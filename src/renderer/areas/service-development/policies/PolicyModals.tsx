import { Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Policy } from '../../../../shared/contract/policies';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { IsoDateField } from '../../training/IsoDateField';
import { POLICY_KIND_OPTIONS, POLICY_STATUS_OPTIONS } from './policy-format';
import { policyPath } from './policy-paths';

const c = contract.policies;

type DetailsForm = ReturnType<typeof useChannelForm<typeof c.create>>['form'];

/** Title, kind, owner, status, review date and summary: what is not tied to one version. */
function PolicyDetailsFields({ form }: { form: DetailsForm }) {
  return (
    <>
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <Select
        label="What it covers"
        required
        data={POLICY_KIND_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput
        label="Owner"
        description="The role or member of staff who keeps it up to date."
        {...form.getInputProps('owner')}
      />
      <Select
        label="Status"
        required
        data={POLICY_STATUS_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('status')}
      />
      <IsoDateField
        label="Review by"
        description="Usually set by each new version; change it here to bring a review forward or put it back."
        value={form.getValues().reviewOn}
        onChange={(v) => form.setFieldValue('reviewOn', v)}
        error={form.getInputProps('reviewOn').error}
      />
      <Textarea label="Summary" autosize minRows={3} {...form.getInputProps('summary')} />
    </>
  );
}

export function NewPolicyModal({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.create, {
    initialValues: { title: '', kind: 'other', owner: '', status: 'draft', summary: '', reviewOn: null },
    guard: false,
    onSaved: (out) => {
      notifySaved('Policy added', 'Record its first version and attach the document on its page.');
      onClose();
      void navigate(policyPath(out.id));
    },
  });
  return (
    <FormModal opened title="Add a policy" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <PolicyDetailsFields form={form} />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Add the policy" />
        </Stack>
      </form>
    </FormModal>
  );
}

export function EditPolicyModal({ policy, onClose }: { policy: Policy; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.update, {
    initialValues: {
      id: policy.id,
      title: policy.title,
      kind: policy.kind,
      owner: policy.owner ?? '',
      status: policy.status,
      summary: policy.summary,
      reviewOn: policy.reviewOn,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Policy saved', 'The register is up to date.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Change the policy’s details" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <PolicyDetailsFields form={form as unknown as DetailsForm} />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save" />
        </Stack>
      </form>
    </FormModal>
  );
}

const fileError = (errors: Record<string, unknown>) =>
  (errors['document.base64'] ?? errors['document.fileName'] ?? errors.document) as string | undefined;

/** A new version: its number, approval, review date, what changed and (optionally) the document. */
export function AddVersionModal({ policy, onClose }: { policy: Policy; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.addVersion, {
    initialValues: {
      policyId: policy.id,
      version: '',
      approvedOn: null,
      approvedBy: '',
      reviewOn: null,
      changes: '',
      document: undefined,
    },
    guard: false,
    onSaved: () => {
      notifySaved(
        'Version recorded',
        'It is now the current version; earlier versions stay on the policy’s page.',
      );
      onClose();
    },
  });
  return (
    <FormModal opened title={`New version of “${policy.title}”`} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {policy.version && (
            <Text size="sm" c="dimmed">
              The current version is {policy.version}. It stays readable after this one is recorded.
            </Text>
          )}
          <FormAlert>{formError}</FormAlert>
          <TextInput
            label="Version"
            required
            placeholder="1.0"
            data-autofocus
            {...form.getInputProps('version')}
          />
          <IsoDateField
            label="Approved on"
            value={form.getValues().approvedOn}
            onChange={(v) => form.setFieldValue('approvedOn', v)}
            error={form.getInputProps('approvedOn').error}
          />
          <TextInput
            label="Approved by"
            description="For example, the board of trustees."
            {...form.getInputProps('approvedBy')}
          />
          <IsoDateField
            label="Review by"
            value={form.getValues().reviewOn}
            onChange={(v) => form.setFieldValue('reviewOn', v)}
            error={form.getInputProps('reviewOn').error}
          />
          <Textarea label="What changed" autosize minRows={2} {...form.getInputProps('changes')} />
          <AttachmentPicker
            label="The document"
            description="Optional now: it can be attached to this version later."
            onChange={(upload) => form.setFieldValue('document', upload ?? undefined)}
            error={fileError(form.errors)}
          />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Record the version"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

/** Attach the document to a version that has none. */
export function AttachDocumentModal({
  policy,
  versionId,
  version,
  onClose,
}: {
  policy: Policy;
  versionId: string;
  version: string;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.attachDocument, {
    initialValues: { versionId, document: undefined as never },
    guard: false,
    onSaved: () => {
      notifySaved('Document attached', 'It is kept, encrypted, with this version of the policy.');
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={`Attach the document: ${policy.title}, version ${version}`}
      dirty={dirty}
      onClose={onClose}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">
            Once attached, a version’s document stays as it is. A changed document is a new version, so the
            old one stays on file. Word files cannot be attached: save the policy as a PDF first.
          </Text>
          <FormAlert>{formError}</FormAlert>
          <AttachmentPicker
            label="The document"
            required
            onChange={(upload) => form.setFieldValue('document', (upload ?? undefined) as never)}
            error={fileError(form.errors)}
          />
          {/* Nothing to send until a file has passed the picker's check. */}
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Attach"
            disabled={!form.getValues().document}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
