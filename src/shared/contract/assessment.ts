import { defineArea } from './define';

/** Placeholder: the channels arrive with the area's helper. */
export const assessmentChannels = defineArea('assessment', {});
