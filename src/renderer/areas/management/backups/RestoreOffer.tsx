import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { RouterLink } from '../../../app/RouterLink';

/** Codes from sign-in that a restore can put right (damaged, rolled back or altered files). */
export const RESTORABLE_CODES: ReadonlySet<string> = new Set(['DAMAGED', 'ROLLBACK', 'TAMPERED']);

export const RESTORE_ROUTE = '/restore-backup';

/**
 * Offered on the sign-in screen once it has said the data will not open. It takes focus when it
 * appears: trying the passphrase again cannot help, so the next useful step is one key away.
 */
export function RestoreOffer() {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Button
      ref={ref}
      component={RouterLink}
      to={RESTORE_ROUTE}
      variant="light"
      color="red"
      leftSection={<IconHistory size={18} aria-hidden />}
    >
      Restore from a backup
    </Button>
  );
}
