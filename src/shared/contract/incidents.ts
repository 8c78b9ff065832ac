import { defineArea } from './define';

/** Incidents and difficult situations: severity, actions, follow-up and closure. Placeholder: its helper fills in the channels. */
export const incidentsChannels = defineArea('incidents', {});
