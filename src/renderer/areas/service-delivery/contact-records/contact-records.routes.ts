import { IconMapPin, IconNotebook } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { PLACES_TO_MEET_PATH, RECORD_OF_CONTACT_PATH } from './contact-paths';
import { MatchRecordPage } from './MatchRecordPage';
import { PlacesToMeetPage } from './PlacesToMeetPage';
import { RecordOfContactPage } from './RecordOfContactPage';

const m = contract.mentoring;

/** The record of contact for active matches, one match's sessions and check-ins, and the places to meet. */
export const contactRecordsRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: RECORD_OF_CONTACT_PATH,
      label: 'Record of contact',
      icon: IconNotebook,
      allowed: (roles) => mayCall(m.activeMatches, roles),
      Component: RecordOfContactPage,
    },
    {
      path: `${RECORD_OF_CONTACT_PATH}/:id`,
      label: 'Record of contact for a match',
      allowed: (roles) => mayCall(m.contacts, roles),
      Component: MatchRecordPage,
    },
    {
      path: PLACES_TO_MEET_PATH,
      label: 'Places to meet',
      icon: IconMapPin,
      allowed: (roles) => mayCall(m.savePlace, roles),
      Component: PlacesToMeetPage,
    },
  ],
};
