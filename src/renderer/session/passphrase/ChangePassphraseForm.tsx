import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../../shared/contract';
import { changePassphraseInput } from '../../../shared/contract/vault';
import { checkPassphrase } from '../../../shared/passphrase';
import { api } from '../../api/bridge';
import { run } from '../../api/call';
import { FormAlert } from '../../components/FormAlert';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../components/forms';
import { NewPassphraseInput } from '../../components/passphrase/NewPassphraseInput';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';

const checkChange = validateWith(changePassphraseInput);

interface Props {
  session: SessionInfo;
  organisationName: string | null;
  currentLabel: string;
  onChanged(session: SessionInfo): void | Promise<void>;
  extraActions?: ReactNode;
  /** Warn before leaving with a half-typed form (not on the forced screen, which cannot be left). */
  guard?: boolean;
}

/** Current passphrase, new passphrase (with rules and strength) and confirmation. */
export function ChangePassphraseForm({
  session,
  organisationName,
  currentLabel,
  onChanged,
  extraActions,
  guard = false,
}: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const context = {
    username: session.username,
    displayName: session.displayName,
    organisationName: organisationName ?? undefined,
  };
  const form = useForm({
    initialValues: { currentPassphrase: '', newPassphrase: '', confirm: '' },
    validate: ({ confirm, ...input }) => {
      const errors = checkChange(input);
      const problems = checkPassphrase(input.newPassphrase, context).problems;
      if (!errors.newPassphrase && problems.length) errors.newPassphrase = problems.join(' ');
      if (!errors.newPassphrase && confirm !== input.newPassphrase)
        errors.confirm = 'The two passphrases do not match.';
      return errors;
    },
  });
  useUnsavedChanges(guard && form.isDirty());

  const submit = form.onSubmit(async ({ confirm: _confirm, ...input }) => {
    setProblem(null);
    try {
      const updated = await run(api().vault.changePassphrase(input));
      form.reset();
      await onChanged(updated);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert>{problem}</FormAlert>
        {/* Lets a password manager tie the new passphrase to this account; never shown. */}
        <input type="text" name="username" autoComplete="username" value={session.username} readOnly hidden />
        <PasswordInput
          label={currentLabel}
          required
          autoComplete="current-password"
          {...form.getInputProps('currentPassphrase')}
        />
        <NewPassphraseInput
          label="New passphrase"
          required
          context={context}
          {...form.getInputProps('newPassphrase')}
        />
        <PasswordInput
          label="Type the new passphrase again"
          required
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
        <Group justify="space-between">
          {extraActions ?? <span />}
          <Button type="submit" loading={form.submitting}>
            Change passphrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
