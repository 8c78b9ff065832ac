import { contract } from '../../../../shared/contract';
import { ProgrammeListPage } from '../../../components/programme-list/ProgrammeListPage';

/** The choices for "how they heard about us": the manual's list to start with, edited by the programme. */
export function RecruitmentSourcesPage() {
  return (
    <ProgrammeListPage
      list={contract.mentors.recruitmentSources}
      save={contract.mentors.saveRecruitmentSource}
      field="name"
      words={{
        title: 'How volunteers hear about us',
        description:
          'The choices offered when recording how a volunteer heard about the programme. Anyone recording an enquiry can still type something else.',
        noun: 'source',
        plural: 'sources',
        column: 'Source',
        tableLabel: 'Recruitment sources',
        archivedKeeps: 'kept on the mentors who gave it',
      }}
    />
  );
}
