import { defineArea } from './define';

/** The policies register with review dates and documents, handbooks and leaflets, and insurance. Placeholder: its helper fills in the channels. */
export const policiesChannels = defineArea('policies', {});
