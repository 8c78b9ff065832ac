import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

type Value = string | number | boolean;

/**
 * A list's filters, sort and page, kept in the address (`?search=moor&page=2`), so Back from a
 * detail page returns to the same page of the same list. Values equal to their default are left
 * out of the address; changes replace the history entry rather than adding one per keystroke.
 */
export function useListSearch<T extends Record<string, Value>>(
  defaults: T,
): [T, (changes: Partial<T>) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out: Record<string, Value> = { ...defaults };
    for (const [key, fallback] of Object.entries(defaults)) {
      const raw = params.get(key);
      if (raw === null) continue;
      if (typeof fallback === 'number') {
        const n = Number.parseInt(raw, 10);
        if (Number.isFinite(n) && n > 0) out[key] = n;
      } else if (typeof fallback === 'boolean') out[key] = raw === 'true';
      else out[key] = raw;
    }
    return out as T;
    // `defaults` is a constant object per list screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);
  const update = useCallback(
    (changes: Partial<T>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === defaults[key]) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  );
  return [values, update];
}
