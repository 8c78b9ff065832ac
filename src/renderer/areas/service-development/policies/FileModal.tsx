import { Modal } from '@mantine/core';
import type { FileOwner } from '../../../../shared/policies/policies';
import { StoredFileViewer } from './StoredFileViewer';

/** A stored document shown over the page it belongs to. */
export function FileModal({
  of,
  id,
  title,
  onClose,
}: {
  of: FileOwner;
  id: string;
  title: string;
  onClose(): void;
}) {
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <StoredFileViewer of={of} id={id} title={title} />
    </Modal>
  );
}
