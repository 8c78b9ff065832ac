import { useEffect } from 'react';
import { addGuard } from '../app/router';
import { confirmDiscard } from './confirm-discard';

/**
 * While `dirty`, leaving the screen through the app's navigation asks first, and so does closing
 * the window (the browser's `beforeunload`; in the app the shell turns it into a dialog).
 */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = addGuard(confirmDiscard);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  }, [dirty]);
}
