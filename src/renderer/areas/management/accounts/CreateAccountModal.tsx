import { Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { createAccountInput } from '../../../../shared/contract/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../api/bridge';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useAccountChange } from './accounts.queries';
import { RoleCheckboxes } from './RoleCheckboxes';
import { TemporaryPassphraseInput } from './TemporaryPassphraseInput';
import { notifySaved } from '../../../components/notify';
import { ModalFooter } from '../../../components/ModalFooter';

interface Values {
  displayName: string;
  username: string;
  roles: Role[];
  temporaryPassphrase: string;
}

/** Add a staff account with roles and a temporary passphrase they must change at first sign-in. */
export function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const create = useAccountChange((input: Values) => api().accounts.create(input));
  const form = useForm<Values>({
    initialValues: { displayName: '', username: '', roles: [], temporaryPassphrase: '' },
    validate: validateWith(createAccountInput),
  });
  const dirty = form.isDirty();
  const finish = () => {
    form.reset();
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const account = await create.mutateAsync(values);
      notifySaved(
        'Account added',
        `${account.displayName} can now sign in with the temporary passphrase. Give it to them in person; they will choose their own at first sign-in.`,
        { long: true },
      );
      finish();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  const { displayName, username } = form.getValues();
  return (
    <FormModal opened={opened} title="Add a staff account" dirty={dirty} onClose={finish} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Full name" required data-autofocus {...form.getInputProps('displayName')} />
            <TextInput
              label="Username"
              description="What they type to sign in."
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              autoComplete="off"
              {...form.getInputProps('username')}
            />
          </SimpleGrid>
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <TemporaryPassphraseInput
            {...form.getInputProps('temporaryPassphrase')}
            context={{ displayName, username }}
          />
          <Text size="xs" c="dimmed">
            They must choose their own passphrase the first time they sign in.
          </Text>
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, finish)}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Add account
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
