import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const;

/** How long before the lock the warning shows: the last 30 seconds, or the last quarter of short times. */
export const warningWindowMs = (totalMs: number) => Math.min(30_000, totalMs / 4);

/**
 * Lock after `minutes` with no keyboard or mouse activity. Returns the seconds left while the
 * warning should show (null otherwise) and `stay`, which restarts the clock. Activity during the
 * warning does not dismiss it: the person must choose to stay, so a stray mouse movement by
 * someone else does not keep the session open.
 */
/** How often, at most, the core is told someone is using the app (it locks itself otherwise). */
export const ACTIVITY_REPORT_MS = 30_000;

export function useIdleLock(
  minutes: number,
  onIdle: () => void,
  reportActivity: () => void = () => undefined,
): { secondsLeft: number | null; stay: () => void } {
  const lastActivity = useRef(0);
  const warning = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onIdleRef = useRef(onIdle);
  const reportRef = useRef(reportActivity);
  useEffect(() => {
    onIdleRef.current = onIdle;
    reportRef.current = reportActivity;
  }, [onIdle, reportActivity]);

  const stay = useCallback(() => {
    lastActivity.current = Date.now();
    warning.current = false;
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    const totalMs = minutes * 60_000;
    const windowMs = warningWindowMs(totalMs);
    lastActivity.current = Date.now();
    const touch = () => {
      if (!warning.current) lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, touch, { capture: true, passive: true });
    let locked = false;
    let reportedAt = Date.now();
    const timer = window.setInterval(() => {
      if (locked) return;
      // The core keeps its own idle clock; real input (not this timer) keeps it going.
      if (lastActivity.current > reportedAt && Date.now() - reportedAt >= ACTIVITY_REPORT_MS) {
        reportedAt = Date.now();
        reportRef.current();
      }
      const remaining = totalMs - (Date.now() - lastActivity.current);
      if (remaining <= 0) {
        locked = true;
        warning.current = false;
        setSecondsLeft(null);
        onIdleRef.current();
      } else if (remaining <= windowMs) {
        warning.current = true;
        setSecondsLeft(Math.ceil(remaining / 1000));
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
    };
  }, [minutes]);

  return { secondsLeft, stay };
}
