import { contract } from '../../../../shared/contract';
import { ProgrammeListPage } from '../../../components/programme-list/ProgrammeListPage';

/** The safe, public places offered on the record of contact: the manual's list to start with, edited by the programme. */
export function PlacesToMeetPage() {
  return (
    <ProgrammeListPage
      list={contract.mentoring.places}
      save={contract.mentoring.savePlace}
      field="name"
      words={{
        title: 'Places to meet',
        description:
          'Safe, public places mentors and mentees may meet. They are offered when a session is recorded; anyone recording can still type somewhere else.',
        noun: 'place',
        plural: 'places',
        column: 'Place',
        tableLabel: 'Places to meet',
        archivedKeeps: 'kept on the sessions that name it',
      }}
    />
  );
}
