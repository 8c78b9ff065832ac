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
