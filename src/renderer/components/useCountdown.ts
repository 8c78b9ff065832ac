import { useEffect, useState } from 'react';

/** Whole seconds left until `endsAt` (a Date.now() timestamp), ticking once a second; 0 when done. */
export function useCountdown(endsAt: number | null): number {
  const left = () => (endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const tick = () => setSeconds(endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
    tick();
    if (endsAt === null) return;
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [endsAt]);
  return seconds;
}
