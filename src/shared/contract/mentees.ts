import { defineArea } from './define';

export { menteeFields, referralFields } from './mentees.fields';
export type { MenteeFields, MenteeFieldsInput, ReferralFields, ReferralFieldsInput } from './mentees.fields';

/** Mentees: the channels arrive next; the fields are shared with the demo data now. */
export const menteesChannels = defineArea('mentees', {});
