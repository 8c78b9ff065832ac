import { useRef, useState } from 'react';

/**
 * Which modal a tab has open, with focus put back on the button that opened it when it closes
 * (the modals unmount on close, so Mantine cannot do it for us).
 */
export function useModalState<T>() {
  const [open, setOpenState] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  return {
    open,
    show(next: T) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpenState(next);
    },
    close() {
      setOpenState(null);
      requestAnimationFrame(() => opener.current?.focus());
    },
  };
}
