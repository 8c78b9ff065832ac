import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconShieldCog, IconTrash, IconUserOff } from '@tabler/icons-react';
import type { AccountSummary } from '../../../../shared/contract';

export type AccountAction = 'roles' | 'rename' | 'reset' | 'disable' | 'remove';

interface Props {
  account: AccountSummary;
  isSelf: boolean;
  onAction(action: AccountAction, account: AccountSummary): void;
}

/** The row's menu button: found again by this attribute to take focus back after a dialog. */
export const actionsButtonSelector = (accountId: string) => `[data-account-actions="${accountId}"]`;

/**
 * The per-row menu. You cannot disable or remove your own account from here, and your own
 * passphrase is changed from your account menu (with your current one), never reset.
 */
export function AccountActions({ account, isSelf, onAction }: Props) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for ${account.displayName}`}
          data-account-actions={account.id}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconShieldCog size={16} aria-hidden />}
          onClick={() => onAction('roles', account)}
        >
          Change roles
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => onAction('rename', account)}
        >
          Correct the name
        </Menu.Item>
        {!isSelf && (
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => onAction('reset', account)}
          >
            Reset passphrase
          </Menu.Item>
        )}
        {!account.disabled && (
          <Menu.Item
            leftSection={<IconUserOff size={16} aria-hidden />}
            disabled={isSelf}
            onClick={() => onAction('disable', account)}
          >
            {isSelf ? 'Disable (not your own account)' : 'Disable'}
          </Menu.Item>
        )}
        <Menu.Divider role="separator" />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={isSelf}
          onClick={() => onAction('remove', account)}
        >
          {isSelf ? 'Remove (not your own account)' : 'Remove'}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
