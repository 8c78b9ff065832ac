import { IconListSearch } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { AuditPage } from './AuditPage';

export const auditRoutes: AreaRoutes = {
  area: 'management',
  routes: [
    {
      path: '/management/audit',
      label: 'Audit log',
      icon: IconListSearch,
      allowed: (roles) => mayCall(contract.audit.list, roles),
      Component: AuditPage,
    },
  ],
};
