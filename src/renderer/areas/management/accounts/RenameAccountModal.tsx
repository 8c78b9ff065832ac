import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { renameAccountInput } from '../../../../shared/contract/accounts';
import { api } from '../../../api/bridge';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { ModalFooter } from '../../../components/ModalFooter';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { useAccountChange } from './accounts.queries';

/** Correct the name shown for a person (a misspelling, a change of name). The username stays. */
export function RenameAccountModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const rename = useAccountChange((input: { id: string; displayName: string }) =>
    api().accounts.rename(input),
  );
  const form = useForm({
    initialValues: { id: account.id, displayName: account.displayName },
    validate: validateWith(renameAccountInput),
  });
  const dirty = form.getValues().displayName.trim() !== account.displayName;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    if (values.displayName.trim() === account.displayName) {
      onClose();
      return;
    }
    try {
      const updated = await rename.mutateAsync({ id: account.id, displayName: values.displayName.trim() });
      notifySaved(
        'Name corrected',
        `The account ${updated.username} is now shown as ${updated.displayName}.`,
      );
      onClose();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <FormModal opened title={`Correct the name of ${account.displayName}`} dirty={dirty} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <Text size="sm">
            The username ({account.username}) does not change. The audit log shows the corrected name.
          </Text>
          <TextInput label="Full name" required data-autofocus {...form.getInputProps('displayName')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save name
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
