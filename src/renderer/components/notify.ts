import { notifications } from '@mantine/notifications';

/**
 * The one way a screen says something was saved, so every confirmation looks and behaves alike.
 * Longer messages (instructions to pass on) stay up for longer.
 */
export function notifySaved(title: string, message: string, options: { long?: boolean } = {}): void {
  notifications.show({ color: 'teal', title, message, ...(options.long ? { autoClose: 10_000 } : {}) });
}
