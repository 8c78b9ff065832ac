import { IconMessageReport } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { COMPLAINTS_PATH } from './complaint-paths';
import { ComplaintPage } from './ComplaintPage';
import { ComplaintsListPage } from './ComplaintsListPage';

/** Complaints (standard 25): co-ordinators handle them; the safeguarding lead reads them. */
export const complaintsRoutes: AreaRoutes = {
  area: 'service-delivery',
  routes: [
    {
      path: COMPLAINTS_PATH,
      label: 'Complaints',
      icon: IconMessageReport,
      allowed: (roles) => mayCall(contract.complaints.list, roles),
      Component: ComplaintsListPage,
    },
    {
      path: `${COMPLAINTS_PATH}/:id`,
      label: 'Complaint',
      allowed: (roles) => mayCall(contract.complaints.get, roles),
      Component: ComplaintPage,
    },
  ],
};
