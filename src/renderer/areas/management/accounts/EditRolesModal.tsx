import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { setRolesInput } from '../../../../shared/contract/accounts';
import type { Role } from '../../../../shared/roles';
import { api } from '../../../api/bridge';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useAccountChange } from './accounts.queries';
import { RoleCheckboxes } from './RoleCheckboxes';
import { notifySaved } from '../../../components/notify';

/** Replace the roles an account holds. */
export function EditRolesModal({ account, onClose }: { account: AccountSummary; onClose(): void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const setRoles = useAccountChange((input: { id: string; roles: Role[] }) => api().accounts.setRoles(input));
  const form = useForm({
    initialValues: { id: account.id, roles: account.roles },
    validate: validateWith(setRolesInput),
  });
  const dirty = form.isDirty();

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const updated = await setRoles.mutateAsync(values);
      notifySaved('Roles saved', `${updated.displayName}'s roles have been changed.`);
      onClose();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  }, focusFirstInvalid);

  return (
    <FormModal opened title={`Roles for ${account.displayName}`} dirty={dirty} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert>{problem}</FormAlert>
          <Text size="sm">Waymark checks roles on every request, so the change applies straight away.</Text>
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save roles
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
