import {
  CONTACT_KIND_LABELS,
  CONTACT_KINDS,
  FACE_TO_FACE_KINDS,
  type ContactKind,
} from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';

/** Words and small sums the record-of-contact screens share. */
export const KIND_OPTIONS = CONTACT_KINDS.map((value) => ({ value, label: CONTACT_KIND_LABELS[value] }));
export const isFaceToFace = (kind: string) => FACE_TO_FACE_KINDS.includes(kind as ContactKind);

/** The place select's choice that opens a box for a place not on either list. */
export const SOMEWHERE_ELSE = '__somewhere_else__';

/** 135 → "2 h 15 min"; 45 → "45 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export const ukDateOr = (iso: string | null | undefined, none = '—') => (iso ? formatUkDate(iso) : none);

/** Today as an ISO date, in the computer's own time zone (the core checks it against the UK day). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Keyboard-only entry: Enter saves from any box or list (a select or a tick box would otherwise do
 * nothing), Ctrl+Enter (or ⌘+Enter) from a text area, where Enter starts a new line. Buttons keep
 * their own Enter.
 */
export function saveOnEnter(event: React.KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'BUTTON') return;
  if (target.tagName === 'TEXTAREA' && !(event.ctrlKey || event.metaKey)) return;
  if (target.tagName !== 'INPUT' && target.tagName !== 'SELECT' && target.tagName !== 'TEXTAREA') return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
