import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { confirmDiscard } from './confirm-discard';

interface Props {
  opened: boolean;
  title: string;
  /** When true, closing asks before the changes are thrown away. */
  dirty: boolean;
  onClose(): void;
  size?: string;
  children: ReactNode;
}

/** A modal holding a form: Escape, the close button and Cancel all warn about unsaved changes. */
export function FormModal({ opened, title, dirty, onClose, size = 'lg', children }: Props) {
  const requestClose = async () => {
    if (!dirty || (await confirmDiscard())) onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={() => void requestClose()}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {children}
    </Modal>
  );
}

/** For a Cancel button inside a FormModal. */
export async function closeIfClean(dirty: boolean, onClose: () => void): Promise<void> {
  if (!dirty || (await confirmDiscard())) onClose();
}
