import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconClockPause, IconHistory, IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { unlockInput } from '../../../shared/contract/vault';
import { api } from '../../api/bridge';
import { isApiError } from '../../api/api-error';
import { run } from '../../api/call';
import { RouterLink } from '../../app/RouterLink';
import { RESTORABLE_CODES, RestoreOffer } from '../../areas/management/backups/RestoreOffer';
import { clearRestoreNotice, useRestoreNotice } from '../../areas/management/backups/restore-notice';
import { AuthLayout } from '../../components/AuthLayout';
import { FormAlert } from '../../components/FormAlert';
import { describeSeconds } from '../../components/dates';
import { applyServerErrors, validateWith, focusFirstInvalid } from '../../components/forms';
import { useCountdown } from '../../components/useCountdown';
import { useSession } from '../session-context';

interface Props {
  organisationName: string | null;
  retryAfterSeconds: number;
  notice: string | null;
}

/** Sign in: username and passphrase, with plain messages for mistakes and a countdown when throttled. */
export function UnlockScreen({ organisationName, retryAfterSeconds, notice }: Props) {
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  // The data will not open (damaged, rolled back, altered): offer to restore a backup.
  const [offerRestore, setOfferRestore] = useState(false);
  const restored = useRestoreNotice();
  const [retryAt, setRetryAt] = useState<number | null>(() =>
    retryAfterSeconds > 0 ? Date.now() + retryAfterSeconds * 1000 : null,
  );
  const waitSeconds = useCountdown(retryAt);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { username: '', passphrase: '' },
    validate: validateWith(unlockInput),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const signedIn = await run(api().vault.unlock(values));
      clearRestoreNotice();
      await session.signedIn(signedIn);
    } catch (error) {
      form.setFieldValue('passphrase', '');
      if (isApiError(error) && error.code === 'THROTTLED') {
        setRetryAt(Date.now() + (error.retryAfterSeconds ?? 30) * 1000);
      } else if (isApiError(error) && error.code === 'BAD_CREDENTIALS') {
        setProblem('That username and passphrase do not match. Check Caps Lock is off and try again.');
      } else {
        setProblem(applyServerErrors(form, error));
      }
      setOfferRestore(isApiError(error) && RESTORABLE_CODES.has(error.code));
      passphraseRef.current?.focus();
    }
  }, focusFirstInvalid);

  const throttled = waitSeconds > 0;
  return (
    <AuthLayout title="Sign in" organisationName={organisationName}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {restored && !problem && !throttled && (
            <Alert
              color="teal"
              variant="light"
              title="Backup restored"
              icon={<IconHistory aria-hidden />}
              role="status"
            >
              {restored.message}
            </Alert>
          )}
          {notice && !restored && !problem && !throttled && (
            <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} role="status">
              {notice}
            </Alert>
          )}
          {throttled ? (
            <Alert
              color="orange"
              variant="light"
              title="Too many attempts"
              icon={<IconClockPause aria-hidden />}
              role="alert"
            >
              <Text size="sm">
                To protect the records, signing in is paused after several wrong passphrases.
              </Text>
              <Text size="sm" fw={700} mt={4} data-testid="throttle-countdown">
                You can try again in {describeSeconds(waitSeconds)}.
              </Text>
            </Alert>
          ) : (
            <FormAlert title="Not signed in">{problem}</FormAlert>
          )}
          {offerRestore && !throttled && <RestoreOffer />}
          <TextInput
            label="Username"
            required
            autoComplete="username"
            data-autofocus
            autoFocus
            {...form.getInputProps('username')}
          />
          <PasswordInput
            ref={passphraseRef}
            label="Passphrase"
            required
            autoComplete="current-password"
            {...form.getInputProps('passphrase')}
          />
          <Button type="submit" loading={form.submitting} disabled={throttled}>
            Sign in
          </Button>
          <Text size="sm" ta="center">
            Forgotten your passphrase? Ask your administrator to reset it. Administrators can{' '}
            <Anchor component={RouterLink} to="/recover">
              use the recovery key
            </Anchor>
            .
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
