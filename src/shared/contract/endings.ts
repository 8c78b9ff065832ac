import { defineArea } from './define';

/** Planned and unplanned endings, exit interviews and the mentor returning to the pool. Placeholder: its helper fills in the channels. */
export const endingsChannels = defineArea('endings', {});
