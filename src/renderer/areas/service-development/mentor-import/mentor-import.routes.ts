import { IconFileImport } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { AreaRoutes } from '../../../app/routing/route-types';
import { mayCall } from '../../../session/permissions';
import { ImportMentorsPage } from './ImportMentorsPage';
import { IMPORT_MENTORS_PATH } from './mentor-import-paths';

/** Importing mentors from a spreadsheet: co-ordinators (who may commit an import). */
export const mentorImportRoutes: AreaRoutes = {
  area: 'service-development',
  routes: [
    {
      path: IMPORT_MENTORS_PATH,
      label: 'Import mentors',
      icon: IconFileImport,
      allowed: (roles) => mayCall(contract.imports.commit, roles) && mayCall(contract.imports.preview, roles),
      Component: ImportMentorsPage,
    },
  ],
};
