import { defineArea } from './define';

/** Suggestions for a ready mentee, explained criterion by criterion, and proposing a match. Placeholder: its helper fills in the channels. */
export const matchingChannels = defineArea('matching', {});
