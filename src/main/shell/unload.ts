/**
 * Closing the window while a form has unsaved changes. The renderer asks (via `beforeunload`);
 * Electron then emits `will-prevent-unload`, where the shell shows this question. Calling
 * `preventDefault()` on that event means "close anyway".
 */
export const UNLOAD_QUESTION = {
  type: 'question' as const,
  title: 'Unsaved changes',
  message: 'You have changes that are not saved.',
  detail: 'If you close Waymark now, they will be lost.',
  buttons: ['Stay and keep editing', 'Close without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** Given the button the person chose, should the window close? Anything unexpected keeps it open. */
export function closeAnyway(response: number): boolean {
  return response === 1;
}
