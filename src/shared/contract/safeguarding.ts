import { defineArea } from './define';

/** Safeguarding concerns and disclosures: in full only to the safeguarding lead; co-ordinators see that a concern exists and its status. Placeholder: its helper fills in the channels. */
export const safeguardingChannels = defineArea('safeguarding', {});
