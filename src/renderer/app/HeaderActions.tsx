import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../shared/roles';
import { useSession, useSignedIn } from '../session/session-context';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { navigate } from './router';
import { HeaderSearch } from './search/HeaderSearch';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The search box, who is signed in (with their own menu), the theme toggle and the lock button. */
export function HeaderActions() {
  const { lock } = useSession();
  const { session } = useSignedIn();
  // Lock wins: unsaved changes are never a reason to leave the records open on an empty desk.
  const lockNow = () => lock('user');
  return (
    <Group gap="sm" wrap="nowrap">
      <HeaderSearch />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton
            aria-label={`Signed in as ${session.displayName}. Your account menu`}
            className="user-button"
          >
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" color="blue" aria-hidden>
                {initials(session.displayName)}
              </Avatar>
              <div className="user-button-text">
                <Text size="sm" fw={600} lh={1.2} truncate maw={180}>
                  {session.displayName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} truncate maw={180}>
                  {session.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                </Text>
              </div>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => void navigate('/account/passphrase')}
          >
            Change your passphrase
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ColorSchemeToggle />
      <Button leftSection={<IconLock size={16} aria-hidden />} variant="light" onClick={() => void lockNow()}>
        Lock
      </Button>
    </Group>
  );
}
