import { notifications } from '@mantine/notifications';

/** The confirmation on screen now, so the next one replaces it. */
let lastSaved: string | undefined;

/**
 * The one way a screen says something was saved, so every confirmation looks and behaves alike.
 * Longer messages (instructions to pass on) stay up for longer. Only the latest confirmation is
 * shown: during fast entry (a run of sessions, goals or check-ins) a stack of "saved" messages in
 * the corner would cover the table being filled in and say nothing the newest one does not.
 */
export function notifySaved(title: string, message: string, options: { long?: boolean } = {}): void {
  if (lastSaved) notifications.hide(lastSaved);
  lastSaved = notifications.show({
    color: 'teal',
    title,
    message,
    ...(options.long ? { autoClose: 10_000 } : {}),
  });
}
