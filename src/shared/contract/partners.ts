import { defineArea } from './define';

/** Partner agencies, link workers, protocols and service agreements, liaison contacts and referral counts. Placeholder: its helper fills in the channels. */
export const partnersChannels = defineArea('partners', {});
