/** Mentor training words and the manual's topic lists, used as the starting courses. */
export const COURSE_KINDS = ['initial', 'ongoing'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const COURSE_KIND_LABELS: Record<CourseKind, string> = {
  initial: 'Initial training (before matching)',
  ongoing: 'Ongoing training',
};

export const ATTENDANCE_STATUSES = ['invited', 'accepted', 'declined', 'attended', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  invited: 'Invited',
  accepted: 'Coming',
  declined: 'Cannot come',
  attended: 'Attended',
  absent: 'Did not attend',
};

/** Statuses that say what happened on the day, so they can only be recorded once the day has come. */
export const ON_THE_DAY_STATUSES: readonly AttendanceStatus[] = ['attended', 'absent'];

/** Whether a session on `heldOn` has not happened yet, by the UK calendar date `today` (both ISO). */
export const sessionStillToCome = (heldOn: string, today: string): boolean => heldOn > today;

/** The manual: 12–16 people suits participative training. Guidance, not a limit. */
export const GROUP_SIZE_GUIDANCE = { min: 12, max: 16 } as const;

export const DEFAULT_COURSES = [
  {
    title: 'Initial mentor training',
    kind: 'initial',
    description: 'The preparation every mentor completes before being matched.',
    topics: [
      'The mentor’s role, qualities and skills',
      'Boundaries',
      'Confidentiality',
      'Communication skills',
      'Working with equality and diversity',
      'Health and safety, including risk assessment',
      'The programme’s guidelines and record keeping',
      'Setting targets and goals',
      'Beginning, reviewing and ending the relationship',
      'The resettlement process',
    ],
  },
  {
    title: 'Ongoing training',
    kind: 'ongoing',
    description: 'Development sessions for active mentors, often with a guest speaker.',
    topics: [
      'The criminal justice system',
      'Substance use and misuse',
      'Accommodation',
      'Finding work with a criminal record',
      'Learning difficulties and mental health',
      'Sexual health',
      'Solution-focused approaches',
      'Cultural awareness',
      'Gang culture',
    ],
  },
] as const satisfies readonly {
  title: string;
  kind: CourseKind;
  description: string;
  topics: readonly string[];
}[];

/** Which sessions the register lists: upcoming first (soonest at the top), then past (latest first). */
export const SESSION_WHEN = ['upcoming', 'past', 'all'] as const;
export type SessionWhen = (typeof SESSION_WHEN)[number];

/** Session length limits: half an hour to a long day. */
export const SESSION_HOURS = { min: 0.5, max: 12 } as const;

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a co-ordinator should know before saving a session; none of it stops the save. The core
 * answers with these and the form shows the same ones live, so both use this one function.
 */
export function sessionWarnings(
  s: { heldOn: string; announcedOn: string | null | undefined; capacity: number },
  noticeWeeks: number,
): string[] {
  const warnings: string[] = [];
  if (s.announcedOn && /^\d{4}-\d{2}-\d{2}$/.test(s.announcedOn) && /^\d{4}-\d{2}-\d{2}$/.test(s.heldOn)) {
    const days = daysBetween(s.announcedOn, s.heldOn);
    if (days < noticeWeeks * 7) {
      const given =
        days <= 0
          ? 'no notice'
          : days < 7
            ? `${plural(days, 'day', 'days')}’ notice`
            : `${plural(Math.floor(days / 7), 'week', 'weeks')}${days % 7 ? ` and ${plural(days % 7, 'day', 'days')}` : ''}’ notice`;
      warnings.push(
        `People get ${given} of this session; the programme aims to give at least ${plural(noticeWeeks, 'week', 'weeks')}, so volunteers can arrange time off work.`,
      );
    }
  }
  if (
    Number.isFinite(s.capacity) &&
    (s.capacity < GROUP_SIZE_GUIDANCE.min || s.capacity > GROUP_SIZE_GUIDANCE.max)
  )
    warnings.push(
      `Room for ${s.capacity}: groups of ${GROUP_SIZE_GUIDANCE.min} to ${GROUP_SIZE_GUIDANCE.max} work best for participative training.`,
    );
  return warnings;
}
