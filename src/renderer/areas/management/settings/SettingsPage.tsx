import { Alert, Divider, Loader, Paper, Stack } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { IdleLockForm } from './IdleLockForm';
import { useSettings } from './settings.queries';
import { ThresholdsForm } from './ThresholdsForm';
import { RecoveryKeySection } from './RecoveryKeySection';
import { OrganisationNameForm } from './OrganisationNameForm';
import { DiagnosticsSection } from '../../../components/jobs/DiagnosticsSection';

/** Security settings for administrators; programme thresholds for administrators and co-ordinators. */
export function SettingsPage() {
  const { session, organisationName } = useSignedIn();
  const settings = useSettings();
  const mayIdle = mayCall(contract.settings.setIdleLock, session.roles);
  const mayThresholds = mayCall(contract.settings.setThresholds, session.roles);
  const mayRecoveryKey = mayCall(contract.vault.newRecoveryKey, session.roles);
  const mayRename = mayCall(contract.settings.setOrganisationName, session.roles);
  // The slow test job is open to anyone signed in; only administrators are offered it, as a check.
  const mayDiagnose = session.roles.includes('administrator');
  return (
    <Page
      title="Settings"
      description="Changes here apply to everyone who uses Waymark on this computer, and are recorded in the audit log."
    >
      {settings.isPending && <Loader aria-label="Loading settings" />}
      {settings.isError && (
        <Alert color="red" role="alert">
          {errorMessage(settings.error)}
        </Alert>
      )}
      {settings.data && (
        <Paper withBorder p="lg">
          <Stack gap="xl">
            {mayRename && <OrganisationNameForm current={organisationName ?? ''} />}
            {mayRename && mayIdle && <Divider />}
            {mayIdle && <IdleLockForm current={settings.data.idleLockMinutes} />}
            {mayIdle && mayThresholds && <Divider />}
            {mayThresholds && <ThresholdsForm current={settings.data.thresholds} />}
            {mayRecoveryKey && <Divider />}
            {mayRecoveryKey && <RecoveryKeySection />}
          </Stack>
        </Paper>
      )}
      {mayDiagnose && (
        <Paper withBorder p="lg" mt="lg">
          <DiagnosticsSection />
        </Paper>
      )}
    </Page>
  );
}
