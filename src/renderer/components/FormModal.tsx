import { Button, Modal } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { confirmDiscard } from './confirm-discard';
import { ModalFooter } from './ModalFooter';

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
  // While the prompt is open (and for a moment after), further close requests are ignored: the
  // Escape that answers "stay" on the prompt must not also reach this modal and ask again.
  const asking = useRef(false);
  const requestClose = async () => {
    if (asking.current) return;
    if (!dirty) return onClose();
    asking.current = true;
    const discard = await confirmDiscard();
    window.setTimeout(() => (asking.current = false), 100);
    if (discard) onClose();
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

/**
 * The foot of a FormModal: Cancel (which asks before discarding typed changes) and the submit
 * button with the form's own wording ("Save the complaint", "Approve the claim").
 */
export function FormModalFooter({
  dirty,
  onClose,
  submitting,
  label,
  disabled = false,
}: {
  dirty: boolean;
  onClose(): void;
  submitting: boolean;
  label: string;
  disabled?: boolean;
}) {
  return (
    <ModalFooter>
      <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
        Cancel
      </Button>
      <Button type="submit" loading={submitting} disabled={disabled}>
        {label}
      </Button>
    </ModalFooter>
  );
}
