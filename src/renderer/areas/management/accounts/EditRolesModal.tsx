import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { setRolesInput } from '../../../../shared/contract/accounts';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';
import { api } from '../../../api/bridge';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { ModalFooter } from '../../../components/ModalFooter';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../../components/forms';
import { useAccountChange } from './accounts.queries';
import { RoleCheckboxes } from './RoleCheckboxes';
import { notifySaved } from '../../../components/notify';

/** Roles in the one fixed order, so "the same roles ticked in another order" is not a change. */
export const inRoleOrder = (roles: readonly Role[]): Role[] => ROLES.filter((r) => roles.includes(r));
const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  inRoleOrder(a).join(',') === inRoleOrder(b).join(',');
const listRoles = (roles: readonly Role[]) => inRoleOrder(roles).map((r) => ROLE_LABELS[r]);

/**
 * Replace the roles an account holds. Removing any of your own roles asks first (you may lose
 * this very screen); saving the roles unchanged sends nothing, so nothing is recorded.
 */
export function EditRolesModal({
  account,
  isSelf,
  onClose,
}: {
  account: AccountSummary;
  isSelf: boolean;
  onClose(): void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingLoss, setConfirmingLoss] = useState<Role[] | null>(null);
  const setRoles = useAccountChange((input: { id: string; roles: Role[] }) => api().accounts.setRoles(input));
  const form = useForm({
    initialValues: { id: account.id, roles: account.roles },
    validate: validateWith(setRolesInput),
  });
  const dirty = !sameRoles(form.getValues().roles, account.roles);

  const save = async (roles: Role[]) => {
    setProblem(null);
    try {
      const updated = await setRoles.mutateAsync({ id: account.id, roles: inRoleOrder(roles) });
      notifySaved('Roles saved', `${updated.displayName}'s roles have been changed.`);
      onClose();
    } catch (error) {
      setConfirmingLoss(null);
      setProblem(applyServerErrors(form, error));
    }
  };

  const submit = form.onSubmit(async ({ roles }) => {
    if (sameRoles(roles, account.roles)) {
      onClose();
      return;
    }
    const losing = account.roles.filter((r) => !roles.includes(r));
    if (isSelf && losing.length > 0 && !confirmingLoss) {
      setConfirmingLoss(losing);
      return;
    }
    await save(roles);
  }, focusFirstInvalid);

  return (
    <FormModal
      opened
      title={confirmingLoss ? 'Remove your own roles?' : `Roles for ${account.displayName}`}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        {confirmingLoss ? (
          <Stack>
            <FormAlert>{problem}</FormAlert>
            <Alert color="orange" variant="light" title="You are changing your own account" role="alert">
              <Text size="sm">
                You will no longer be: {listRoles(confirmingLoss).join(', ')}. This applies straight away, and
                you will lose the screens those roles give you
                {confirmingLoss.includes('administrator')
                  ? ', including this one. Only another administrator can give the role back.'
                  : '.'}
              </Text>
              <Text size="sm" mt="xs">
                Your roles after this: {listRoles(form.getValues().roles).join(', ')}.
              </Text>
            </Alert>
            <ModalFooter>
              <Button variant="default" onClick={() => setConfirmingLoss(null)} data-autofocus>
                Go back
              </Button>
              <Button type="submit" color="red" loading={form.submitting}>
                Remove my roles
              </Button>
            </ModalFooter>
          </Stack>
        ) : (
          <Stack>
            <FormAlert>{problem}</FormAlert>
            <Text size="sm">Waymark checks roles on every request, so the change applies straight away.</Text>
            <RoleCheckboxes {...form.getInputProps('roles')} />
            <ModalFooter>
              <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
                Cancel
              </Button>
              <Button type="submit" loading={form.submitting}>
                Save roles
              </Button>
            </ModalFooter>
          </Stack>
        )}
      </form>
    </FormModal>
  );
}
