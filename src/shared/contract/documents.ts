import { defineArea } from './define';

/** PDFs kept with a match: the agreement and ending letters, rendered in the core as jobs. Placeholder: its helper fills in the channels. */
export const documentsChannels = defineArea('documents', {});
