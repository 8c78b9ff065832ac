import { defineArea } from './define';

/** Individual and group supervision of mentors, the year’s group sessions with attendance and apologies, and telephone support. Placeholder: its helper fills in the channels. */
export const supervisionChannels = defineArea('supervision', {});
