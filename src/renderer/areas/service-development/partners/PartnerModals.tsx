import {
  Autocomplete,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { contract } from '../../../../shared/contract';
import type { Agreement, LinkWorker, Partner } from '../../../../shared/contract/partners';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { AttachmentViewer } from '../../../components/attachments/AttachmentViewer';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import {
  AGREEMENT_KIND_OPTIONS,
  AGREEMENT_STATUS_OPTIONS,
  KIND_OPTIONS,
  METHOD_OPTIONS,
  SOURCE_OPTIONS,
} from './partner-format';

const c = contract.partners;

function ModalForm({
  title,
  dirty,
  onClose,
  onSubmit,
  formError,
  children,
  size,
}: {
  title: string;
  dirty: boolean;
  onClose(): void;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  formError: string | null;
  children: ReactNode;
  size?: string;
}) {
  return (
    <FormModal opened title={title} dirty={dirty} onClose={onClose} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          {children}
        </Stack>
      </form>
    </FormModal>
  );
}

/** Add a partner agency, or change one: contact details and which referrals count as theirs. */
export function PartnerFormModal({
  partner,
  onClose,
  onSaved,
}: {
  partner?: Partner;
  onClose(): void;
  onSaved?(id: string): void;
}) {
  const establishments = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.save, {
    initialValues: {
      ...(partner ? { id: partner.id } : {}),
      name: partner?.name ?? '',
      kind: partner?.kind ?? ('' as never),
      establishmentId: partner?.establishmentId ?? null,
      addressLine1: partner?.addressLine1 ?? '',
      addressLine2: partner?.addressLine2 ?? '',
      town: partner?.town ?? '',
      postcode: partner?.postcode ?? '',
      phone: partner?.phone ?? '',
      email: partner?.email ?? '',
      notes: partner?.notes ?? '',
      referralSource: partner?.referralSource ?? null,
      referralNames: partner?.referralNames ?? [],
    },
    guard: false,
    onSaved: (out) => {
      notifySaved(partner ? 'Partner changed' : 'Partner added', out.name);
      onClose();
      onSaved?.(out.id);
    },
  });
  return (
    <FormModal
      opened
      title={partner ? `Change ${partner.name}` : 'Add a partner agency'}
      dirty={dirty}
      onClose={onClose}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <Select label="Kind of agency" required data={KIND_OPTIONS} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <Select
            label="Establishment"
            description="Where the partner is a prison or another establishment on the programme’s list."
            clearable
            searchable
            data={(establishments.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
            {...form.getInputProps('establishmentId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Address" {...form.getInputProps('addressLine1')} />
            <TextInput label="Address, second line" {...form.getInputProps('addressLine2')} />
            <TextInput label="Town" {...form.getInputProps('town')} />
            <TextInput label="Postcode" {...form.getInputProps('postcode')} />
            <TextInput label="Telephone" {...form.getInputProps('phone')} />
            <TextInput label="Email" {...form.getInputProps('email')} />
          </SimpleGrid>
          <Select
            label="Referrals from this partner come in as"
            description="The referral source chosen on a mentee’s referral. Leave empty to match by agency name only."
            clearable
            data={SOURCE_OPTIONS}
            {...form.getInputProps('referralSource')}
          />
          <TagsInput
            label="Referring agency names that mean this partner"
            description="As typed on referrals (any capitals). Press Enter after each. Leave empty to count every referral from the source above."
            maxTags={10}
            {...form.getInputProps('referralNames')}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label={partner ? 'Save the changes' : 'Add the partner'}
          />
        </Stack>
      </form>
    </FormModal>
  );
}

/** Add or change a named link worker. */
export function LinkWorkerModal({
  partnerId,
  worker,
  onClose,
}: {
  partnerId: string;
  worker?: LinkWorker;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.saveLinkWorker, {
    initialValues: {
      partnerId,
      ...(worker ? { id: worker.id } : {}),
      name: worker?.name ?? '',
      role: worker?.role ?? '',
      phone: worker?.phone ?? '',
      email: worker?.email ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Link worker saved', 'Their details are on the partner’s page.');
      onClose();
    },
  });
  return (
    <ModalForm
      title={worker ? 'Change the link worker' : 'Add a link worker'}
      dirty={dirty}
      onClose={onClose}
      onSubmit={onSubmit}
      formError={formError}
      size="md"
    >
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Role" {...form.getInputProps('role')} />
      <TextInput label="Telephone" {...form.getInputProps('phone')} />
      <TextInput label="Email" {...form.getInputProps('email')} />
      <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save the link worker" />
    </ModalForm>
  );
}

/** Add or change a protocol or agreement with its dates. */
export function AgreementModal({
  partnerId,
  agreement,
  onClose,
}: {
  partnerId: string;
  agreement?: Agreement;
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.saveAgreement, {
    initialValues: {
      partnerId,
      ...(agreement ? { id: agreement.id } : {}),
      title: agreement?.title ?? '',
      kind: agreement?.kind ?? 'protocol',
      status: agreement?.status ?? 'in_force',
      signedOn: agreement?.signedOn ?? null,
      reviewOn: agreement?.reviewOn ?? null,
      notes: agreement?.notes ?? '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Agreement saved', 'Its review appears on the work queue as the date nears.');
      onClose();
    },
  });
  const v = form.getValues();
  return (
    <ModalForm
      title={agreement ? 'Change the agreement' : 'Add a protocol or agreement'}
      dirty={dirty}
      onClose={onClose}
      onSubmit={onSubmit}
      formError={formError}
    >
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Kind"
          required
          data={AGREEMENT_KIND_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Select
          label="Status"
          required
          data={AGREEMENT_STATUS_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <IsoDateField
          label="Signed on"
          value={v.signedOn}
          onChange={(d) => form.setFieldValue('signedOn', d)}
          error={form.errors.signedOn}
        />
        <IsoDateField
          label="Review by"
          value={v.reviewOn}
          onChange={(d) => form.setFieldValue('reviewOn', d)}
          error={form.errors.reviewOn}
        />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
      <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save the agreement" />
    </ModalForm>
  );
}

const fileError = (errors: Record<string, unknown>) =>
  (errors['file.base64'] ?? errors['file.fileName'] ?? errors.file) as string | undefined;

/** Attach the signed copy of an agreement (a PDF or a picture): kept, encrypted, in the database. */
export function AttachAgreementModal({ agreement, onClose }: { agreement: Agreement; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.attachAgreementDocument, {
    initialValues: { id: agreement.id, file: undefined as never },
    guard: false,
    onSaved: () => {
      notifySaved('Document attached', 'It is kept with the agreement.');
      onClose();
    },
  });
  return (
    <ModalForm
      title={`Attach the signed copy: ${agreement.title}`}
      dirty={dirty}
      onClose={onClose}
      onSubmit={onSubmit}
      formError={formError}
      size="md"
    >
      {agreement.document && (
        <Text size="sm">This replaces the document attached now ({agreement.document.fileName}).</Text>
      )}
      <AttachmentPicker
        label="The document"
        required
        onChange={(upload) => form.setFieldValue('file', (upload ?? undefined) as never)}
        error={fileError(form.errors)}
      />
      <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Attach" />
    </ModalForm>
  );
}

/** Show an agreement's signed copy. */
export function AgreementDocumentModal({ agreement, onClose }: { agreement: Agreement; onClose(): void }) {
  const doc = useChannelQuery(c.agreementDocument, { id: agreement.id });
  return (
    <FormModal opened title={agreement.title} dirty={false} onClose={onClose} size="xl">
      <FormAlert title="The document could not be opened">
        {doc.error ? errorMessage(doc.error) : null}
      </FormAlert>
      {!doc.data && !doc.error && <Loader aria-label="Loading the document" />}
      {doc.data && (
        <AttachmentViewer
          base64={doc.data.base64}
          contentType={doc.data.contentType}
          fileName={doc.data.fileName}
          title={`Signed copy of ${agreement.title}`}
        />
      )}
    </FormModal>
  );
}

/** Record a contact with the partner. */
export function LiaisonModal({ partner, onClose }: { partner: Partner; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.recordLiaison, {
    initialValues: {
      partnerId: partner.id,
      contactedOn: ukToday(new Date()),
      contactWith: '',
      method: 'phone',
      about: '',
      followUp: '',
    },
    guard: false,
    onSaved: () => {
      notifySaved('Contact recorded', 'It counts towards this quarter’s liaison.');
      onClose();
    },
  });
  return (
    <ModalForm
      title={`Record a contact with ${partner.name}`}
      dirty={dirty}
      onClose={onClose}
      onSubmit={onSubmit}
      formError={formError}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <IsoDateField
          label="Date"
          required
          value={form.getValues().contactedOn}
          onChange={(d) => form.setFieldValue('contactedOn', d ?? '')}
          error={form.errors.contactedOn}
        />
        <Select
          label="How"
          required
          data={METHOD_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('method')}
        />
      </SimpleGrid>
      <Autocomplete
        label="With"
        description="A link worker, or another name."
        data={[...new Set(partner.linkWorkers.map((w) => w.name))]}
        {...form.getInputProps('contactWith')}
      />
      <Textarea label="What it was about" required autosize minRows={2} {...form.getInputProps('about')} />
      <Textarea label="Follow-up" autosize minRows={2} {...form.getInputProps('followUp')} />
      <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save the contact" />
    </ModalForm>
  );
}
