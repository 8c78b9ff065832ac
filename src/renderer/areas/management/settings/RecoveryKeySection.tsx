import { Alert, Button, Checkbox, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { newRecoveryKeyInput } from '../../../../shared/contract/vault';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, closeIfClean } from '../../../components/FormModal';
import { RecoveryKeyDetails } from '../../../components/RecoveryKeyDetails';
import { applyServerErrors, focusFirstInvalid, validateWith } from '../../../components/forms';
import { useSession, useSignedIn } from '../../../session/session-context';
import { errorMessage } from '../../../api/api-error';
import { ModalFooter } from '../../../components/ModalFooter';

/**
 * Administrators can replace the recovery key — when the printed copy is lost, may have been seen,
 * or was never stored. The old key stops working at once. Re-entering the passphrase proves the
 * person at the keyboard is the administrator, not someone at an unlocked desk.
 */
export function RecoveryKeySection() {
  const [opened, setOpened] = useState(false);
  return (
    <section aria-labelledby="recovery-heading">
      <Title order={2} fz="h3" id="recovery-heading" mb={4}>
        Recovery key
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Issue a new recovery key if the printed one is lost or someone else may have seen it. The old key
        stops working straight away.
      </Text>
      <Button variant="default" onClick={() => setOpened(true)}>
        Issue a new recovery key
      </Button>
      {opened && <NewRecoveryKeyModal onClose={() => setOpened(false)} />}
    </section>
  );
}

function NewRecoveryKeyModal({ onClose }: { onClose(): void }) {
  const { organisationName, session } = useSignedIn();
  const { acknowledgeRecoveryKey } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [storedError, setStoredError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({
    initialValues: { currentPassphrase: '' },
    validate: validateWith(newRecoveryKeyInput),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setPending(true);
    try {
      const { recoveryKey } = await run(api().vault.newRecoveryKey(values));
      form.reset();
      setIssued(recoveryKey);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    } finally {
      setPending(false);
    }
  }, focusFirstInvalid);

  // Once acknowledged, the key cannot be shown again: closing needs the same confirmation as set-up.
  const finish = async () => {
    if (!stored) {
      setStoredError('Tick the box to confirm you have stored the new recovery key safely.');
      return;
    }
    try {
      await acknowledgeRecoveryKey();
      onClose();
    } catch (error) {
      setStoredError(errorMessage(error));
    }
  };

  return (
    <FormModal
      opened
      title={issued ? 'Your new recovery key' : 'Issue a new recovery key'}
      dirty={issued !== null || form.isDirty()}
      onClose={issued ? () => void finish() : onClose}
    >
      {issued ? (
        <Stack>
          <Alert color="yellow" variant="light" title="Store this key before you close this window">
            The old recovery key no longer works. This one is never saved on this computer: once you confirm
            you have stored it, or Waymark locks, it cannot be shown again.
          </Alert>
          <RecoveryKeyDetails recoveryKey={issued} organisationName={organisationName} />
          <Checkbox
            label="I have stored the new recovery key safely"
            checked={stored}
            onChange={(event) => {
              setStored(event.currentTarget.checked);
              setStoredError(null);
            }}
            error={storedError}
          />
          <Button onClick={() => void finish()}>Done</Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {/* Tells the browser whose passphrase this is (it expects a username beside a password). */}
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={session.username}
              readOnly
              hidden
            />
            <FormAlert>{problem}</FormAlert>
            <PasswordInput
              label="Your current passphrase"
              description="To confirm it is you."
              autoComplete="current-password"
              data-autofocus
              {...form.getInputProps('currentPassphrase')}
            />
            <ModalFooter>
              <Button variant="default" onClick={() => void closeIfClean(form.isDirty(), onClose)}>
                Cancel
              </Button>
              <Button type="submit" loading={pending}>
                Issue the new key
              </Button>
            </ModalFooter>
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
