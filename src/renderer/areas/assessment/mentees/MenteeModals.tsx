import { Alert, Button, Group, List, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Mentee } from '../../../../shared/contract/mentees';
import { MENTEE_GATED_STAGES, type MenteeStage } from '../../../../shared/mentees/referral';
import { ukToday } from '../../../../shared/mentors/dates';
import { isApiError } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { establishmentOptions, MENTEE_STAGE_OPTIONS, menteeStageLabel } from './mentee-format';

const m = contract.mentees;
interface ModalProps {
  mentee: Mentee;
  opened: boolean;
  onClose(): void;
}
type FormProps = { mentee: Mentee; onClose(): void; onDirty(dirty: boolean): void };

/** A FormModal that asks before closing over typed changes; the form inside reports them. */
function Modal({
  opened,
  onClose,
  title,
  Form,
  mentee,
}: ModalProps & { title: string; Form(p: FormProps): React.JSX.Element }) {
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <FormModal opened={opened} title={title} dirty={dirty} onClose={close}>
      {opened && <Form mentee={mentee} onClose={close} onDirty={setDirty} />}
    </FormModal>
  );
}

export const MoveMenteeStageModal = (p: ModalProps) => (
  <Modal {...p} title={`Move ${p.mentee.displayName} to another stage`} Form={MoveStageForm} />
);
export const RecordMoveModal = (p: ModalProps) => (
  <Modal {...p} title={`Record a move for ${p.mentee.displayName}`} Form={RecordMoveForm} />
);
export const AssignCaseworkerModal = (p: ModalProps) => (
  <Modal {...p} title={`Caseworker for ${p.mentee.displayName}`} Form={AssignForm} />
);

/** The next step; ready and matched show (and, when refused, repeat) what the gate still needs. */
function MoveStageForm({ mentee, onClose, onDirty }: FormProps) {
  const [refusal, setRefusal] = useState<readonly string[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChannelMutation(m.moveStage);
  const form = useForm<InputOf<typeof m.moveStage> & Record<string, unknown>>({
    mode: 'controlled',
    initialValues: { id: mentee.id, stage: '' as MenteeStage, on: ukToday(new Date()), note: '' },
    validate: validateWith(m.moveStage.input) as never,
  });
  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const stage = form.getValues().stage;
  const gated = MENTEE_GATED_STAGES.includes(stage);
  const readiness = useChannelQuery(m.readiness, { id: mentee.id }, { enabled: gated });
  const unmet = refusal ?? readiness.data?.unmet.map((u) => u.message) ?? [];
  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    try {
      const out = await mutation.mutateAsync(values);
      notifySaved('Stage recorded', `${out.displayName} is now at “${menteeStageLabel(out.stage)}”.`);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'GATE_NOT_MET') {
        setRefusal(error.unmet);
        setFormError(error.message);
      } else setFormError(applyServerErrors(form, error));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <Select
            label="New stage"
            required
            placeholder="Choose a stage"
            data={MENTEE_STAGE_OPTIONS.filter((o) => o.value !== mentee.stage)}
            allowDeselect={false}
            {...form.getInputProps('stage')}
          />
          <DateField label="Date of this step" required {...form.getInputProps('on')} />
        </SimpleGrid>
        {gated && unmet.length > 0 && (
          <Alert color={refusal ? 'red' : 'yellow'} title="Still needed before matching" role="alert">
            <List size="sm" spacing={2}>
              {unmet.map((u) => (
                <List.Item key={u}>{u}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {gated && readiness.data && unmet.length === 0 && (
          <Text size="sm">Every condition for this stage is met.</Text>
        )}
        <Textarea label="Note" autosize minRows={1} maxRows={6} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Record this step
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecordMoveForm({ mentee, onClose, onDirty }: FormProps) {
  const establishments = useChannelQuery(contract.establishments.list, { pageSize: 200 });
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(m.recordMove, {
    initialValues: { id: mentee.id, establishmentId: '', movedOn: ukToday(new Date()), note: '' } as never,
    onSaved: (out) => {
      notifySaved(
        'Move recorded',
        `${out.displayName} is now at ${out.establishmentName ?? 'the new establishment'}.`,
      );
      onClose();
    },
    guard: false,
  });
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <Select
            label="Moved to"
            required
            placeholder="Choose an establishment"
            data={establishmentOptions(establishments.data?.items).filter(
              (o) => o.value !== mentee.establishmentId,
            )}
            searchable
            {...form.getInputProps('establishmentId')}
          />
          <DateField label="Date of the move" required {...form.getInputProps('movedOn')} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={1} maxRows={4} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Record the move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AssignForm({ mentee, onClose, onDirty }: FormProps) {
  const accounts = useChannelQuery(m.caseworkerAccounts, {});
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(m.assignCaseworker, {
    initialValues: { id: mentee.id, caseworkerAccountId: mentee.caseworkerAccountId } as never,
    onSaved: (out) => {
      notifySaved(
        'Caseworker saved',
        out.caseworkerName ? `${out.caseworkerName} is their caseworker.` : 'They have no caseworker now.',
      );
      onClose();
    },
    guard: false,
  });
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Select
          label="Caseworker"
          placeholder="Nobody yet"
          description="Their caseworker sees their whole record"
          data={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
          clearable
          {...form.getInputProps('caseworkerAccountId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
