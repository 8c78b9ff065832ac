import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

/** Ask before throwing away unsaved changes. Resolves true when the user chooses to discard. */
export function confirmDiscard(): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: boolean) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    modals.openConfirmModal({
      title: 'Leave without saving?',
      children: (
        <Text size="sm">You have changes that are not saved. If you leave now they will be lost.</Text>
      ),
      labels: { confirm: 'Leave without saving', cancel: 'Stay and keep editing' },
      confirmProps: { color: 'red' },
      // The safe choice has focus, so a stray Enter keeps the work.
      cancelProps: { 'data-autofocus': true },
      onConfirm: () => settle(true),
      onCancel: () => settle(false),
      onClose: () => settle(false),
    });
  });
}
