import { contract } from '../../../../shared/contract';
import { ProgrammeListPage } from '../../../components/programme-list/ProgrammeListPage';

/**
 * The referral criteria shown as a checklist on every referral: the manual's examples to start with,
 * which a programme rewords, adds to or archives (a referral keeps the wording it was made with).
 */
export function ReferralCriteriaPage() {
  return (
    <ProgrammeListPage
      list={contract.mentees.referralCriteria}
      save={contract.mentees.saveReferralCriterion}
      field="text"
      words={{
        title: 'Referral criteria',
        description: 'The checklist offered on every referral.',
        noun: 'criterion',
        plural: 'criteria',
        column: 'Criterion',
        tableLabel: 'Referral criteria',
        archivedKeeps: 'kept on referrals that met it',
      }}
    />
  );
}
