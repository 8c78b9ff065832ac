import { Alert, Button, Loader, Paper } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { Page } from '../../../components/Page';
import { useSignedIn } from '../../../session/session-context';
import type { AccountAction } from './AccountActions';
import { AccountsTable } from './AccountsTable';
import { useAccounts } from './accounts.queries';
import { CreateAccountModal } from './CreateAccountModal';
import { DisableAccountModal } from './DisableAccountModal';
import { EditRolesModal } from './EditRolesModal';
import { RemoveAccountModal } from './RemoveAccountModal';
import { ResetPassphraseModal } from './ResetPassphraseModal';
import { RoleGuide } from './RoleGuide';

type Open = { action: AccountAction; account: AccountSummary } | null;

/** Staff accounts: who may sign in, with which roles. */
export function AccountsPage() {
  const { session } = useSignedIn();
  const accounts = useAccounts();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  return (
    <Page
      title="Staff accounts"
      description="Everyone who may sign in on this computer, and what their roles let them do."
      actions={
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          Add a staff account
        </Button>
      }
    >
      <Paper withBorder p="md">
        {accounts.isPending && <Loader aria-label="Loading accounts" />}
        {accounts.isError && (
          <Alert color="red" role="alert">
            {errorMessage(accounts.error)}
          </Alert>
        )}
        {accounts.data && (
          <AccountsTable
            accounts={accounts.data}
            selfId={session.accountId}
            onAction={(action, account) => setOpen({ action, account })}
          />
        )}
      </Paper>
      <RoleGuide />
      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
      {open?.action === 'roles' && <EditRolesModal account={open.account} onClose={close} />}
      {open?.action === 'reset' && <ResetPassphraseModal account={open.account} onClose={close} />}
      {open?.action === 'disable' && <DisableAccountModal account={open.account} onClose={close} />}
      {open?.action === 'remove' && <RemoveAccountModal account={open.account} onClose={close} />}
    </Page>
  );
}
