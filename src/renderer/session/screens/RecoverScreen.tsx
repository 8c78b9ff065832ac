import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { recoverInput } from '../../../shared/contract/vault';
import { api } from '../../api/bridge';
import { run } from '../../api/call';
import { RouterLink } from '../../app/RouterLink';
import { AuthLayout } from '../../components/AuthLayout';
import { FormAlert } from '../../components/FormAlert';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../components/forms';
import { NewPassphraseInput } from '../../components/passphrase/NewPassphraseInput';
import { useSession } from '../session-context';

const checkRecover = validateWith(recoverInput);

/** An administrator signs in with the recovery key and sets a new passphrase. */
export function RecoverScreen({ organisationName }: { organisationName: string | null }) {
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { username: '', recoveryKey: '', newPassphrase: '', confirm: '' },
    validate: ({ confirm, ...input }) => {
      const errors = checkRecover(input);
      if (!errors.newPassphrase && confirm !== input.newPassphrase)
        errors.confirm = 'The two passphrases do not match.';
      return errors;
    },
  });

  const submit = form.onSubmit(async ({ confirm: _confirm, ...input }) => {
    setProblem(null);
    try {
      await session.signedIn(await run(api().vault.recover(input)));
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  const { username } = form.getValues();
  return (
    <AuthLayout title="Use the recovery key" organisationName={organisationName} width={520}>
      <Text size="sm" mb="md">
        For administrators who have forgotten their passphrase. Enter your username, the recovery key printed
        when Waymark was set up, and a new passphrase. Other staff should ask an administrator to reset their
        passphrase.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert title="Not signed in">{problem}</FormAlert>
          <TextInput
            label="Administrator username"
            required
            autoComplete="username"
            {...form.getInputProps('username')}
          />
          <TextInput
            label="Recovery key"
            description="Type it exactly as printed, including the dashes."
            required
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('recoveryKey')}
          />
          <NewPassphraseInput
            label="New passphrase"
            required
            context={{ username }}
            {...form.getInputProps('newPassphrase')}
          />
          <PasswordInput
            label="Type the new passphrase again"
            required
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={form.submitting}>
            Recover and sign in
          </Button>
          <Anchor component={RouterLink} to="/" size="sm" ta="center">
            Back to sign in
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
