import { defineArea } from './define';

/** Feedback from mentees, mentors, carers and partners, “you said, we did” actions, and service-user involvement. Placeholder: its helper fills in the channels. */
export const feedbackChannels = defineArea('feedback', {});
