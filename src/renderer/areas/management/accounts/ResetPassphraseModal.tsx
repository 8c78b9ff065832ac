import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { resetPassphraseInput } from '../../../../shared/contract/accounts';
import { checkPassphrase } from '../../../../shared/passphrase';
import { api } from '../../../api/bridge';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useAccountChange } from './accounts.queries';
import { TemporaryPassphraseInput } from './TemporaryPassphraseInput';
import { notifySaved } from '../../../components/notify';
import { ModalFooter } from '../../../components/ModalFooter';

const checkReset = validateWith(resetPassphraseInput);

/** Give an account a new temporary passphrase (this also re-enables a disabled account). */
export function ResetPassphraseModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useAccountChange((input: { id: string; temporaryPassphrase: string }) =>
    api().accounts.resetPassphrase(input),
  );
  const context = { username: account.username, displayName: account.displayName };
  const form = useForm({
    initialValues: { id: account.id, temporaryPassphrase: '' },
    validate: (values) => {
      const errors = checkReset(values);
      const problems = checkPassphrase(values.temporaryPassphrase, context).problems;
      if (!errors.temporaryPassphrase && problems.length) errors.temporaryPassphrase = problems.join(' ');
      return errors;
    },
  });
  const dirty = form.isDirty();

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await reset.mutateAsync(values);
      notifySaved(
        'Passphrase reset',
        `Give ${account.displayName} the temporary passphrase in person. They must choose their own when they sign in.`,
        { long: true },
      );
      onClose();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <FormModal opened title={`Reset passphrase for ${account.displayName}`} dirty={dirty} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <Text size="sm">
            Their old passphrase stops working at once.{' '}
            {account.disabled ? 'This also enables the account again.' : ''}
          </Text>
          {/* Ties the passphrase field to this account for the browser; never shown. */}
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={account.username}
            readOnly
            hidden
          />
          <TemporaryPassphraseInput {...form.getInputProps('temporaryPassphrase')} context={context} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Reset passphrase
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
