import { defineArea } from './define';

/** Everything due for the signed-in person, across mentors, mentees and matches. Placeholder: its helper fills in the channels. */
export const workqueueChannels = defineArea('workqueue', {});
