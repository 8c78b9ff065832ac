import { defineArea } from './define';

/** The match workflow: agreement of both sides, the match risk assessment, the three-way meeting and the agreement. Placeholder: its helper fills in the channels. */
export const matchesChannels = defineArea('matches', {});
