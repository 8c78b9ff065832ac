import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract';

/**
 * Which backup's restore modal is open. Focus goes back to the Restore button that opened it
 * (the modal is unmounted on close, so Mantine's own focus return cannot do it).
 */
export function useRestoreChoice() {
  const [chosen, setChosen] = useState<{ backup: BackupInfo; opener: HTMLElement | null } | null>(null);
  return {
    chosen: chosen?.backup ?? null,
    choose: (backup: BackupInfo) =>
      setChosen({
        backup,
        opener: document.activeElement instanceof HTMLElement ? document.activeElement : null,
      }),
    close: () => {
      const opener = chosen?.opener;
      setChosen(null);
      window.setTimeout(() => opener?.isConnected && opener.focus(), 50);
    },
    /** After a restore the screen is gone (or going): nothing to return focus to. */
    forget: () => setChosen(null),
  };
}
