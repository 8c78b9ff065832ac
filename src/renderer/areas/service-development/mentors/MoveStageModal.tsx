import { Alert, Button, Group, List, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from '@mantine/form';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Mentor } from '../../../../shared/contract/mentors';
import { ukToday } from '../../../../shared/mentors/dates';
import { GATED_STAGES, type MentorStage } from '../../../../shared/mentors/pipeline';
import { isApiError } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { useSignedIn } from '../../../session/session-context';
import { mayCall } from '../../../session/permissions';
import { DateField } from './screening/DateField';
import { STAGE_OPTIONS, stageLabel } from './mentor-format';

const m = contract.mentors;

/**
 * Record the next step. Moving to ready or matched shows what the readiness gate still needs; a
 * co-ordinator may go ahead anyway by giving a reason, which is kept on the record as an exception.
 */
export function MoveStageModal({
  mentor,
  opened,
  onClose,
}: {
  mentor: Mentor;
  opened: boolean;
  onClose(): void;
}) {
  // The form tells the modal whether anything was typed, so Escape and × ask before losing it.
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <FormModal
      opened={opened}
      title={`Move ${mentor.displayName} to another stage`}
      dirty={dirty}
      onClose={close}
    >
      {opened && <MoveStageForm mentor={mentor} onClose={close} onDirty={setDirty} />}
    </FormModal>
  );
}

function MoveStageForm({
  mentor,
  onClose,
  onDirty,
}: {
  mentor: Mentor;
  onClose(): void;
  onDirty(dirty: boolean): void;
}) {
  const { session } = useSignedIn();
  const [refusal, setRefusal] = useState<readonly string[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChannelMutation(m.moveStage);
  const form = useForm<InputOf<typeof m.moveStage> & Record<string, unknown>>({
    mode: 'controlled',
    initialValues: {
      id: mentor.id,
      stage: '' as MentorStage,
      on: ukToday(new Date()),
      note: '',
      onHoldReason: '',
      leftReason: '',
      exitInterviewDate: null,
      exitInterviewNotes: '',
      exceptionReason: '',
    },
    validate: validateWith(m.moveStage.input) as never,
  });
  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const stage = form.getValues().stage;
  const gated = GATED_STAGES.includes(stage);
  const readiness = useChannelQuery(
    m.readiness,
    { id: mentor.id },
    { enabled: gated && mayCall(m.readiness, session.roles) },
  );
  const unmet = refusal ?? readiness.data?.unmet.map((u) => u.message) ?? [];
  const options = STAGE_OPTIONS.filter((o) => o.value !== mentor.stage);

  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    try {
      const out = await mutation.mutateAsync(values);
      notifySaved('Stage recorded', `${out.displayName} is now at “${stageLabel(out.stage)}”.`);
      onClose();
    } catch (error) {
      // The gate's refusal lists every condition not met: shown beside the exception reason box.
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
            data={options}
            allowDeselect={false}
            {...form.getInputProps('stage')}
          />
          <DateField label="Date of this step" required {...form.getInputProps('on')} />
        </SimpleGrid>
        {stage === 'on_hold' && (
          <Textarea
            label="Why they are pausing"
            required
            autosize
            minRows={2}
            description="A follow-up will appear in the work queue after the programme’s follow-up period."
            {...form.getInputProps('onHoldReason')}
          />
        )}
        {stage === 'left' && (
          <>
            <Textarea
              label="Why they left"
              required
              autosize
              minRows={2}
              {...form.getInputProps('leftReason')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label="Exit interview date" {...form.getInputProps('exitInterviewDate')} />
            </SimpleGrid>
            <Textarea
              label="Exit interview notes"
              autosize
              minRows={2}
              {...form.getInputProps('exitInterviewNotes')}
            />
          </>
        )}
        {gated && unmet.length > 0 && (
          <Alert
            color={refusal ? 'red' : 'yellow'}
            title="Not everything needed before this stage is in place"
            role="alert"
          >
            <List size="sm" spacing={2}>
              {unmet.map((u) => (
                <List.Item key={u}>{u}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              To go ahead anyway, give the reason for the exception. It is kept on their record with what was
              missing.
            </Text>
          </Alert>
        )}
        {gated && unmet.length > 0 && (
          <Textarea
            label="Reason for the exception"
            autosize
            minRows={2}
            {...form.getInputProps('exceptionReason')}
          />
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
