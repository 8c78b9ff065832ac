import { Button, Group, Select, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Mentor } from '../../../../shared/contract/mentors';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';

const m = contract.mentors;

/** Which cluster a mentor belongs to, whether they lead it, and the staff account they sign in with. */
export function LeadMentorModal({
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
      title={`Cluster and lead mentor role: ${mentor.displayName}`}
      dirty={dirty}
      onClose={close}
    >
      {opened && <LeadMentorForm mentor={mentor} onClose={close} onDirty={setDirty} />}
    </FormModal>
  );
}

function LeadMentorForm({
  mentor,
  onClose,
  onDirty,
}: {
  mentor: Mentor;
  onClose(): void;
  onDirty(dirty: boolean): void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChannelMutation(m.setLeadMentor);
  const clusters = useChannelQuery(contract.establishments.clusters, {});
  const accounts = useChannelQuery(m.leadMentorAccounts, {});
  const form = useForm<InputOf<typeof m.setLeadMentor> & Record<string, unknown>>({
    mode: 'controlled',
    initialValues: {
      id: mentor.id,
      isLeadMentor: mentor.isLeadMentor,
      clusterId: mentor.clusterId,
      accountId: mentor.accountId,
    },
    validate: validateWith(m.setLeadMentor.input) as never,
  });
  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    try {
      const out = await mutation.mutateAsync(values);
      notifySaved('Saved', `${out.displayName}’s cluster and role are saved.`);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(form, error));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);
  const leads = form.getValues().isLeadMentor;
  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Select
          label="Cluster"
          placeholder="Not in a cluster"
          data={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.regionName})` }))}
          clearable
          {...form.getInputProps('clusterId')}
        />
        <Switch
          label="Lead mentor for this cluster"
          {...form.getInputProps('isLeadMentor', { type: 'checkbox' })}
        />
        {leads && (
          <Select
            label="Their staff account"
            description="The account they sign in with: it lets them see the mentors in their cluster"
            placeholder="Not linked"
            data={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
            clearable
            nothingFoundMessage="No account has the lead mentor role"
            {...form.getInputProps('accountId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
