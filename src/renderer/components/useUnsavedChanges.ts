import { useEffect } from 'react';
import { addGuard } from '../app/router';
import { confirmDiscard } from './confirm-discard';

/** While `dirty`, leaving the screen through the app's navigation asks first. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    return addGuard(confirmDiscard);
  }, [dirty]);
}
