import { Alert, Button, Loader, Paper } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { Page } from '../../../components/Page';
import { useSignedIn } from '../../../session/session-context';
import { actionsButtonSelector, type AccountAction } from './AccountActions';
import { RenameAccountModal } from './RenameAccountModal';
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
  const addButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the row's action button (or, when the row is gone, to "Add"), so a
  // keyboard user carries on from where they were rather than from the top of the page.
  const close = () => {
    const id = open?.account.id;
    setOpen(null);
    window.setTimeout(() => {
      const button = id ? document.querySelector<HTMLElement>(actionsButtonSelector(id)) : null;
      (button ?? addButton.current)?.focus();
    }, 50);
  };

  return (
    <Page
      title="Staff accounts"
      description="Everyone who may sign in on this computer, and what their roles let them do."
      actions={
        <Button
          ref={addButton}
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => setCreating(true)}
        >
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
      <CreateAccountModal
        opened={creating}
        onClose={() => {
          setCreating(false);
          window.setTimeout(() => addButton.current?.focus(), 50);
        }}
      />
      {open?.action === 'roles' && (
        <EditRolesModal
          account={open.account}
          isSelf={open.account.id === session.accountId}
          onClose={close}
        />
      )}
      {open?.action === 'rename' && <RenameAccountModal account={open.account} onClose={close} />}
      {open?.action === 'reset' && <ResetPassphraseModal account={open.account} onClose={close} />}
      {open?.action === 'disable' && <DisableAccountModal account={open.account} onClose={close} />}
      {open?.action === 'remove' && <RemoveAccountModal account={open.account} onClose={close} />}
    </Page>
  );
}
