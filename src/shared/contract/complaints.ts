import { defineArea } from './define';

/** Complaints: from whom, about what, acknowledgement, investigation, outcome, response and lessons, within the programme’s timescales. Placeholder: its helper fills in the channels. */
export const complaintsChannels = defineArea('complaints', {});
