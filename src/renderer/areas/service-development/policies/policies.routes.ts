import { IconFileCertificate, IconUmbrella } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { InsuranceDetailPage } from './InsuranceDetailPage';
import { InsurancePage } from './InsurancePage';
import { PoliciesPage } from './PoliciesPage';
import { PolicyDetailPage } from './PolicyDetailPage';
import { INSURANCE_PATH, POLICIES_PATH } from './policy-paths';

const c = contract.policies;

/** The policies register with handbooks and leaflets, and insurance (standards 1, 24 and 25). */
export const policiesRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: POLICIES_PATH,
      label: 'Policies',
      icon: IconFileCertificate,
      allowed: (roles) => mayCall(c.list, roles),
      Component: PoliciesPage,
    },
    {
      path: `${POLICIES_PATH}/:id`,
      label: 'Policy',
      allowed: (roles) => mayCall(c.get, roles),
      Component: PolicyDetailPage,
    },
    {
      path: INSURANCE_PATH,
      label: 'Insurance',
      icon: IconUmbrella,
      allowed: (roles) => mayCall(c.insurance, roles),
      Component: InsurancePage,
    },
    {
      path: `${INSURANCE_PATH}/:id`,
      label: 'Insurance policy',
      allowed: (roles) => mayCall(c.getInsurance, roles),
      Component: InsuranceDetailPage,
    },
  ],
};
