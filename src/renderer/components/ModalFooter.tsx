import { Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The buttons at the foot of a modal. They stay in view while the body scrolls (a long form in a
 * 1366×768 window), so Save and Cancel are always reachable without hunting for them.
 */
export function ModalFooter({ children }: { children: ReactNode }) {
  return (
    <Group justify="flex-end" className="modal-footer">
      {children}
    </Group>
  );
}
