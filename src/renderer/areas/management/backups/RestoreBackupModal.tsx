import { Button, Group, List, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal } from '../../../components/FormModal';
import { ModalFooter } from '../../../components/ModalFooter';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { backupTime } from './backup-format';
import { restoreBackup, validateRestore, type RestoreFormValues } from './restore-backup';

interface Props {
  backup: BackupInfo;
  onClose(): void;
  /** After a successful restore: the sign-in screen takes over (Waymark is locked by then). */
  onRestored(): void;
}

/**
 * Restore one backup: says plainly what will happen, then asks for an administrator's details as
 * they were when the backup was taken (the core checks them against the backup itself).
 */
export function RestoreBackupModal({ backup, onClose, onRestored }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const form = useForm<RestoreFormValues>({
    initialValues: { method: 'passphrase', username: '', passphrase: '', recoveryKey: '' },
    validate: (values) => validateRestore(backup.id, values),
  });
  const when = backupTime(backup);
  const { method } = form.getValues();

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await restoreBackup(backup, values);
      onRestored();
    } catch (error) {
      form.setFieldValue('passphrase', '');
      form.setFieldValue('recoveryKey', '');
      setProblem(applyServerErrors(form, error));
      secretRef.current?.focus();
    }
  }, focusFirstInvalid);

  return (
    <FormModal opened dirty={false} onClose={onClose} title={`Restore the backup from ${when}?`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert title="Not restored">{problem}</FormAlert>
          <Text size="sm" fw={600}>
            What happens:
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              Waymark goes back to how it was at {when}.{' '}
              <strong>Everything saved after that time is lost.</strong>
            </List.Item>
            <List.Item>
              The current files are not deleted: they are moved aside in the data folder, for IT to look at.
            </List.Item>
            <List.Item>
              Everyone is signed out. Sign in again with the passphrase you had at that time.
            </List.Item>
          </List>
          <Radio.Group
            label="Confirm with an administrator’s details as they were at that time"
            {...form.getInputProps('method')}
          >
            <Group mt={6} gap="lg">
              <Radio value="passphrase" label="With the passphrase" />
              <Radio value="recoveryKey" label="With the recovery key" />
            </Group>
          </Radio.Group>
          <TextInput
            label="Administrator username"
            required
            autoComplete="username"
            data-autofocus
            {...form.getInputProps('username')}
          />
          {method === 'passphrase' ? (
            <PasswordInput
              ref={secretRef}
              label="Passphrase"
              required
              autoComplete="current-password"
              {...form.getInputProps('passphrase')}
            />
          ) : (
            <TextInput
              ref={secretRef}
              label="Recovery key"
              description="Type it exactly as printed, including the dashes."
              required
              autoComplete="off"
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('recoveryKey')}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              Restore this backup
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
