import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A problem with a whole form (not one field). Announced when it appears. */
export function FormAlert({
  children,
  title = 'There is a problem',
}: {
  children: ReactNode;
  title?: string;
}) {
  if (!children) return null;
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      {children}
    </Alert>
  );
}
