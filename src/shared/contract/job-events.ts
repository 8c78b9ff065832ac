import { CORE_EVENT_NAMES, type CoreEvent, type JobInfo, type JobState } from './jobs';

const JOB_STATES: readonly JobState[] = ['running', 'done', 'failed', 'cancelled'];
const SHORT = 80;

const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= SHORT;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * A core event rebuilt field by field from whatever arrived, or null. The shell, the preload and
 * the browser host all pass events through this, so only the known plain fields (ids, counts, a
 * short label) ever reach the window, whatever a future job puts beside them.
 */
export function toCoreEvent(message: unknown): CoreEvent | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (!CORE_EVENT_NAMES.includes(m.event as CoreEvent['event'])) return null;
  const payload = toJobInfo(m.payload);
  return payload ? ({ event: m.event, payload } as CoreEvent) : null;
}

function toJobInfo(value: unknown): JobInfo | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  if (!isShortText(p.jobId) || !isShortText(p.kind) || !isShortText(p.label)) return null;
  if (!JOB_STATES.includes(p.state as JobState)) return null;
  if (!isCount(p.done) || !isCount(p.total)) return null;
  if (!(p.note === null || isShortText(p.note))) return null;
  if (!isShortText(p.startedAt) || !(p.finishedAt === null || isShortText(p.finishedAt))) return null;
  return {
    jobId: p.jobId,
    kind: p.kind,
    label: p.label,
    state: p.state as JobState,
    done: p.done,
    total: p.total,
    note: p.note,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
  };
}
