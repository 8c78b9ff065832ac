import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/bridge';

/** How long typing must pause before the draft is kept. */
export const DRAFT_DELAY_MS = 1500;

export interface DraftOffer {
  savedAt: string;
}

export interface DraftControl {
  /** A draft kept from an earlier visit (a lock, a crash, a closed window), not yet dealt with. */
  offer: DraftOffer | null;
  restore(): void;
  discard(): void;
  /** After a successful save: the draft has served its purpose. */
  saved(): void;
}

type Values = Record<string, unknown>;

/**
 * Autosaved drafts for a long form: what has been typed is kept in the core's encrypted database
 * (never in browser storage) a moment after typing pauses, and offered back the next time the same
 * form (channel and key) is opened. Calls go straight to the bridge: a refusal (locked, say) is
 * not an error worth showing while someone types.
 */
export function useDraft(
  channel: string,
  key: string | undefined,
  values: Values,
  dirty: boolean,
  setValues: (values: Values) => void,
): DraftControl {
  const [offer, setOffer] = useState<(DraftOffer & { data: Values }) | null>(null);
  const [checked, setChecked] = useState(false);
  const timer = useRef<number | null>(null);
  const serialised = JSON.stringify(values);

  useEffect(() => {
    if (!key) return;
    let live = true;
    void api()
      .drafts.get({ channel, key })
      .then((r) => {
        if (!live) return;
        if (r.ok && r.value) setOffer({ savedAt: r.value.savedAt, data: r.value.data });
        setChecked(true);
      });
    return () => {
      live = false;
    };
  }, [channel, key]);

  useEffect(() => {
    // Nothing is kept until the person has decided about an earlier draft (it would overwrite it).
    if (!key || !checked || offer || !dirty) return;
    timer.current = window.setTimeout(() => {
      void api().drafts.save({ channel, key, data: JSON.parse(serialised) as Values });
    }, DRAFT_DELAY_MS);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [channel, key, checked, offer, dirty, serialised]);

  const discard = useCallback(() => {
    setOffer(null);
    if (key) void api().drafts.discard({ channel, key });
  }, [channel, key]);

  const restore = useCallback(() => {
    if (offer) setValues(offer.data);
    setOffer(null);
  }, [offer, setValues]);

  const saved = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    if (key) void api().drafts.discard({ channel, key });
  }, [channel, key]);

  return { offer: offer ? { savedAt: offer.savedAt } : null, restore, discard, saved };
}
