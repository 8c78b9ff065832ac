import { defineArea } from './define';

/** Lead mentors’ six-weekly support groups per cluster: attendance, themes and the concerns passed to the regional manager. Placeholder: its helper fills in the channels. */
export const supportGroupsChannels = defineArea('supportGroups', {});
