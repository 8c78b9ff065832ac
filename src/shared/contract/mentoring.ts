import { defineArea } from './define';

/** Records of contact for each session, staff check-ins with mentors, concern follow-ups and safe places to meet. Placeholder: its helper fills in the channels. */
export const mentoringChannels = defineArea('mentoring', {});
