import { Button, Stack, Text, TextInput, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { setupInput } from '../../../shared/contract/vault';
import { api } from '../../api/bridge';
import { run } from '../../api/call';
import { AuthLayout } from '../../components/AuthLayout';
import { FormAlert } from '../../components/FormAlert';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../components/forms';
import { NewPassphraseInput } from '../../components/passphrase/NewPassphraseInput';
import { useSession } from '../session-context';

const checkSetup = validateWith(setupInput);

interface Values {
  organisationName: string;
  displayName: string;
  username: string;
  passphrase: string;
  confirm: string;
}

/** First run: name the organisation and create the first administrator. */
export function SetupScreen() {
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { organisationName: '', displayName: '', username: '', passphrase: '', confirm: '' },
    validate: (values) => {
      const { confirm, ...input } = values;
      const errors = checkSetup(input);
      if (!errors.passphrase && confirm !== values.passphrase)
        errors.confirm = 'The two passphrases do not match.';
      return errors;
    },
  });

  const submit = form.onSubmit(async ({ confirm: _confirm, ...input }) => {
    setProblem(null);
    try {
      await run(api().vault.setup(input));
      await session.setUp();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  const { organisationName, displayName, username } = form.getValues();
  return (
    <AuthLayout title="Set up Waymark" width={560}>
      <Text size="sm" mb="md">
        Waymark keeps every record encrypted on this computer. Name your organisation and create the first
        administrator account. The administrator adds everyone else.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <TextInput
            label="Organisation name"
            required
            autoComplete="organization"
            {...form.getInputProps('organisationName')}
          />
          <TextInput
            label="Your full name"
            required
            autoComplete="name"
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Choose a username"
            description="Letters, numbers, dots, dashes or underscores, at least 3 characters."
            required
            autoComplete="username"
            {...form.getInputProps('username')}
          />
          <NewPassphraseInput
            label="Choose a passphrase"
            required
            context={{ organisationName, displayName, username }}
            {...form.getInputProps('passphrase')}
          />
          <PasswordInput
            label="Type the passphrase again"
            required
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={form.submitting}>
            Create the vault
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
