import { defineArea } from './define';

/** Placeholder: the channels arrive with the area's helper. */
export const contactsChannels = defineArea('contacts', {});
