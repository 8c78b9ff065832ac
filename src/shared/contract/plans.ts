import { defineArea } from './define';

/** SMART action plans on the seven pathways, progress updates and three-monthly reviews. Placeholder: its helper fills in the channels. */
export const plansChannels = defineArea('plans', {});
