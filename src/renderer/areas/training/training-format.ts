import {
  ATTENDANCE_STATUS_LABELS,
  COURSE_KIND_LABELS,
  type AttendanceStatus,
  type CourseKind,
} from '../../../shared/mentors/training';
import { MENTOR_STAGE_LABELS, type MentorStage } from '../../../shared/mentors/pipeline';
import { formatUkDate } from '../../../shared/uk-date';

/** Words and numbers as the training screens show them. */
export const statusLabel = (s: AttendanceStatus) => ATTENDANCE_STATUS_LABELS[s];
export const courseKindLabel = (k: CourseKind) => COURSE_KIND_LABELS[k];
export const stageLabel = (stage: string) => MENTOR_STAGE_LABELS[stage as MentorStage] ?? stage;

/** 1.5 → "1.5 hours", 1 → "1 hour". */
export const hoursText = (h: number) =>
  `${Number.isInteger(h) ? h : h.toFixed(2).replace(/0$/, '')} ${h === 1 ? 'hour' : 'hours'}`;

/** "Sat 06/03/2027" — the weekday matters: most volunteers work weekdays. */
export function sessionDate(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  return `${weekday} ${formatUkDate(iso)}`;
}
